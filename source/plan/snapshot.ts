/**
 * Turning the read steps' outputs into a `TenantSnapshot`, which `buildPlan` uses for rollback
 * values and warnings. A read that failed leaves its part of the snapshot unknown, except for
 * a user, whom a failed `Get-CsUser -Identity` reports as not found (with PowerShell's message).
 */
import type {Step, TenantSnapshot, UserState} from './plan.js';
import {policyValuesFrom, samePolicy, type StepOutcome, userRecordsFrom} from './read-output.js';

export type ReadResult = {step: Step; outcome: StepOutcome};

export function snapshotFromReads(results: Iterable<ReadResult>): TenantSnapshot {
	const snapshot: TenantSnapshot = {};
	const users: UserState[] = [];
	for (const {step, outcome} of results) {
		if (step.phase !== 'read') continue;
		if (step.kind === 'read-user' && step.subject !== undefined) {
			users.push(userStateFrom(step.subject, outcome));
			continue;
		}

		if (!outcome.ok) continue;
		switch (step.kind) {
			case 'read-policy': {
				const subject = step.subject ?? '';
				const found = policyValuesFrom(outcome.output).find(value => samePolicy(value.identity, subject));
				if (subject === 'Global') {
					if (found) snapshot.global = found;
				} else if (subject.toLowerCase().startsWith('site:')) {
					snapshot.site = found ?? 'missing';
				} else {
					snapshot.policy = found ?? 'missing';
				}

				break;
			}

			case 'read-per-user-policies':
				snapshot.perUserPolicies = policyValuesFrom(outcome.output);
				break;
			case 'read-policy-holders':
				snapshot.perUserPolicyHolders = userRecordsFrom(outcome.output).flatMap(user =>
					user.clientPolicy === null ? [] : [{identity: user.sipAddress ?? user.displayName ?? '', clientPolicy: user.clientPolicy}],
				);
				break;
			default:
				break;
		}
	}

	if (users.length > 0) snapshot.users = users;
	return snapshot;
}

export function userStateFrom(identity: string, outcome: StepOutcome): UserState {
	if (!outcome.ok) return {identity, found: false, clientPolicy: null, error: outcome.error};
	const [user] = userRecordsFrom(outcome.output);
	if (!user) return {identity, found: false, clientPolicy: null};
	return {identity, found: true, ...user};
}
