/**
 * What is read before anything changes: the values the rollback restores and the facts the
 * warnings need (who holds a per-user policy, which users exist, whether the policy exists) and,
 * on a Server, both switches that decide whether a user can send offline messages: the client
 * policy and the IM configuration that governs the user's site (design.md section 1).
 */
import type {Choices, Scope} from './choices.js';
import {
	type PolicyRef,
	policySubject,
	readImConfigurationsCommand,
	readPerUserPoliciesCommand,
	readPolicyCommand,
	readPolicyHoldersCommandFor,
	readPoolsCommand,
	readSitePoliciesCommand,
	readUserCommand,
	type UserReader,
	userReaderFor,
} from './commands.js';
import type {StepDraft} from './step-draft.js';

/** The policy a scope changes. */
export function scopePolicy(scope: Scope): PolicyRef {
	switch (scope.kind) {
		case 'global':
			return {kind: 'global'};
		case 'site':
			return {kind: 'site', site: scope.site};
		case 'users':
			return {kind: 'tag', name: scope.policy};
	}
}

export function readPolicyStep(ref: PolicyRef): StepDraft {
	return {phase: 'read', kind: 'read-policy', command: readPolicyCommand(ref), subject: policySubject(ref), rollback: []};
}

export function readUserStep(identity: string, reader: UserReader = 'Get-CsUser'): StepDraft {
	return {phase: 'read', kind: 'read-user', command: readUserCommand(identity, reader), subject: identity, rollback: []};
}

function readStep(kind: StepDraft['kind'], command: string): StepDraft {
	return {phase: 'read', kind, command, rollback: []};
}

export function readSteps(choices: Choices): StepDraft[] {
	const {scope, target} = choices;
	const reader = userReaderFor(target);
	const server = target.kind === 'server';
	const policy = readPolicyStep(scopePolicy(scope));
	// Both switches are read on a Server whatever the plan does with them: the review, the journal
	// and `explain` show why a user can or cannot send offline messages.
	const imConfigurations: StepDraft[] = server
		? [readStep('read-im-configurations', readImConfigurationsCommand)]
		: [];
	if (scope.kind !== 'users') {
		return [
			policy,
			readStep('read-policy-holders', readPolicyHoldersCommandFor(reader)),
			// The Global policy does not reach the users of a site that has its own client policy.
			...(server && scope.kind === 'global' ? [readStep('read-site-policies', readSitePoliciesCommand)] : []),
			...imConfigurations,
		];
	}

	const steps: StepDraft[] = [policy, readStep('read-per-user-policies', readPerUserPoliciesCommand)];
	for (const user of scope.users) steps.push(readUserStep(user, reader));
	// A user's home site is their registrar pool's: it tells which IM configuration governs them.
	steps.push(...imConfigurations, ...(server ? [readStep('read-pools', readPoolsCommand)] : []));
	return steps;
}
