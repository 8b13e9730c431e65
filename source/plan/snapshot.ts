/**
 * Turning the read steps' outputs into a `TenantSnapshot`, which `buildPlan` uses for rollback
 * values and warnings. A policy read that failed leaves its part of the snapshot unknown, and so
 * does one whose output could not be understood (recorded in `unreadable`, never taken as
 * "missing"). A user read always gives a `UserState`: found, not found, ambiguous or unreadable.
 */
import type {Step, TenantSnapshot, UnreadableRead, UserState} from './plan.js';
import {imConfigurationRowsFrom, policyRowsFrom, poolRowsFrom, samePolicy, type StepOutcome, userRowsFrom} from './read-output.js';

export type ReadResult = {step: Step; outcome: StepOutcome};

export function snapshotFromReads(results: Iterable<ReadResult>): TenantSnapshot {
	const snapshot: TenantSnapshot = {};
	const users: UserState[] = [];
	const unreadable: UnreadableRead[] = [];
	for (const {step, outcome} of results) {
		if (step.phase !== 'read') continue;
		if (step.kind === 'read-user' && step.subject !== undefined) {
			users.push(userStateFrom(step.subject, outcome));
			continue;
		}

		if (step.kind === 'read-im-configurations') {
			readImConfigurations(snapshot, outcome, unreadable);
			continue;
		}

		if (!outcome.ok) continue;
		switch (step.kind) {
			case 'read-policy': {
				const subject = step.subject ?? '';
				const {rows, unreadable: rowsUnreadable} = policyRowsFrom(outcome.output);
				const found = rows.find(value => samePolicy(value.identity, subject));
				if (!found && rowsUnreadable > 0) {
					unreadable.push({kind: 'read-policy', subject, rows: rowsUnreadable});
					break;
				}

				if (subject === 'Global') {
					if (found) snapshot.global = found;
				} else if (subject.toLowerCase().startsWith('site:')) {
					snapshot.site = found ?? 'missing';
				} else {
					snapshot.policy = found ?? 'missing';
				}

				break;
			}

			case 'read-per-user-policies': {
				const {rows, unreadable: rowsUnreadable} = policyRowsFrom(outcome.output);
				snapshot.perUserPolicies = rows;
				if (rowsUnreadable > 0) unreadable.push({kind: 'read-per-user-policies', rows: rowsUnreadable});
				break;
			}

			case 'read-policy-holders': {
				const {rows, unreadable: rowsUnreadable} = userRowsFrom(outcome.output);
				snapshot.perUserPolicyHolders = rows.flatMap(user =>
					user.clientPolicy === null ? [] : [{identity: user.sipAddress ?? user.displayName ?? '', clientPolicy: user.clientPolicy}],
				);
				if (rowsUnreadable > 0) unreadable.push({kind: 'read-policy-holders', rows: rowsUnreadable});
				break;
			}

			case 'read-site-policies': {
				const {rows, unreadable: rowsUnreadable} = policyRowsFrom(outcome.output);
				snapshot.sitePolicies = rows;
				if (rowsUnreadable > 0) unreadable.push({kind: 'read-site-policies', rows: rowsUnreadable});
				break;
			}

			case 'read-pools': {
				const {rows, unreadable: rowsUnreadable} = poolRowsFrom(outcome.output);
				snapshot.pools = rows;
				if (rowsUnreadable > 0) unreadable.push({kind: 'read-pools', rows: rowsUnreadable});
				break;
			}

			default:
				break;
		}
	}

	if (users.length > 0) snapshot.users = users;
	if (unreadable.length > 0) snapshot.unreadable = unreadable;
	return snapshot;
}

/**
 * The server switch. A server without Get-CsImConfiguration (before the Skype for Business Server
 * 2015 June 2016 update, or Lync Server) answers with CommandNotFoundException: the switch does
 * not exist there, which is not the same as a read that failed.
 */
function readImConfigurations(snapshot: TenantSnapshot, outcome: StepOutcome, unreadable: UnreadableRead[]): void {
	if (!outcome.ok) {
		const missing = /^CommandNotFoundException/i.test(outcome.errorId ?? '') || /Get-CsImConfiguration' is not recognized/i.test(outcome.error);
		snapshot.imConfigurationsUnread = missing ? 'no-cmdlet' : 'failed';
		if (!missing) snapshot.imConfigurationsError = outcome.error;
		return;
	}

	const {rows, unreadable: rowsUnreadable} = imConfigurationRowsFrom(outcome.output);
	if (rowsUnreadable > 0) {
		// A row we cannot read may be the one that governs: the whole read stays unknown.
		unreadable.push({kind: 'read-im-configurations', rows: rowsUnreadable});
		snapshot.imConfigurationsUnread = 'failed';
		return;
	}

	snapshot.imConfigurations = rows;
}

/** The real text of a missing user (Get-CsUser, Grant-CsClientPolicy). */
const notFoundMessage = /management object not found for identity/i;
/** The simulator's text for an identity several users match (not verified against a real server). */
const ambiguousMessage = /multiple objects found for identity/i;

/**
 * A FullyQualifiedErrorId whose short id (before the first comma) says "not found", such as
 * `ObjectNotFound`. A missing cmdlet, module or path also ends in NotFound: that is a failed
 * read, not a missing user.
 */
function notFoundErrorId(errorId: string | undefined): boolean {
	const id = errorId?.split(',')[0] ?? '';
	return /NotFound$/i.test(id) && !/command|module|path|property/i.test(id);
}

/**
 * What one `Get-CsUser -Identity` read says about the user. Several records mean the identity
 * is ambiguous (display names are not unique, and Get-CsUser returns every match); an empty
 * result or "Management object not found" means not found; any other failure ("Access is
 * denied", a timeout) or a record that cannot be read leaves it unknown (`read-failed`).
 */
export function userStateFrom(identity: string, outcome: StepOutcome): UserState {
	const left = (unresolved: UserState['unresolved'], extra: Partial<UserState> = {}): UserState => ({
		identity,
		found: false,
		unresolved,
		clientPolicy: null,
		...extra,
	});
	if (!outcome.ok) {
		const error = {error: outcome.error};
		if (ambiguousMessage.test(outcome.error)) return left('ambiguous', error);
		if (notFoundMessage.test(outcome.error) || notFoundErrorId(outcome.errorId)) return left('not-found', error);
		return left('read-failed', error);
	}

	if (outcome.output.length === 0) return left('not-found');
	if (outcome.output.length > 1) return left('ambiguous', {matches: outcome.output.length});
	const [user] = userRowsFrom(outcome.output).rows;
	if (!user) return left('read-failed');
	return {identity, found: true, ...user};
}
