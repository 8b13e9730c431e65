/**
 * What is read before anything changes: the values the rollback restores and the facts the
 * warnings need (who holds a per-user policy, which users exist, whether the policy exists).
 */
import type {Choices, Scope} from './choices.js';
import {
	type PolicyRef,
	policySubject,
	readPerUserPoliciesCommand,
	readPolicyCommand,
	readPolicyHoldersCommand,
	readUserCommand,
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

export function readUserStep(identity: string): StepDraft {
	return {phase: 'read', kind: 'read-user', command: readUserCommand(identity), subject: identity, rollback: []};
}

export function readSteps(choices: Choices): StepDraft[] {
	const {scope} = choices;
	const policy = readPolicyStep(scopePolicy(scope));
	if (scope.kind !== 'users') {
		return [policy, {phase: 'read', kind: 'read-policy-holders', command: readPolicyHoldersCommand, rollback: []}];
	}

	const steps: StepDraft[] = [policy, {phase: 'read', kind: 'read-per-user-policies', command: readPerUserPoliciesCommand, rollback: []}];
	for (const user of scope.users) steps.push(readUserStep(user));
	return steps;
}
