/**
 * The change steps, each with its inverse. The article's `Grant -CsClientPolicy ... - PolicyName`
 * typo is not reproduced: the cmdlet is `Grant-CsClientPolicy`, the parameter `-PolicyName`.
 */
import type {Choices, OnOff, PolicyMode} from './choices.js';
import {
	grantCommand,
	newPolicyCommand,
	newPolicyIfMissingCommand,
	placeholderCommand,
	type PolicyRef,
	policySubject,
	removePolicyCommand,
	removePolicyIfCreatedCommand,
	setPolicyCommand,
} from './commands.js';
import type {PolicyValue, TenantSnapshot, UserState} from './plan.js';
import type {StepDraft} from './step-draft.js';

export function archivingFor(state: OnOff): boolean {
	return state === 'on';
}

/** Placeholder variables of a rollback made without reading the tenant. */
export const previousValueVariable = 'previousValue';
export const policyCreatedVariable = 'policyCreatedByPlan';

/**
 * How the per-user policy is obtained:
 * - `create`: New-CsClientPolicy (chosen, or `auto` and the snapshot shows it missing);
 * - `reuse`: it exists (chosen, or `auto` and the snapshot shows it);
 * - `create-if-missing`: `auto` without a snapshot: a guarded create.
 */
export type PolicyResolution = 'create' | 'reuse' | 'create-if-missing';

export function resolvePolicyMode(mode: PolicyMode, known: PolicyValue | 'missing' | undefined): PolicyResolution {
	if (mode !== 'auto') return mode;
	if (known === undefined) return 'create-if-missing';
	return known === 'missing' ? 'create' : 'reuse';
}

/**
 * Set-CsClientPolicy on an existing policy. Rollback sets the value read before; when it was not
 * read, a placeholder the administrator fills in (default `$null`, "not set").
 */
export function setPolicyStep(ref: PolicyRef, state: OnOff, previous: PolicyValue | 'missing' | undefined): StepDraft {
	const subject = policySubject(ref);
	const to = archivingFor(state);
	const base = {phase: 'change', kind: 'set-policy', command: setPolicyCommand(ref, to), subject} as const;
	if (previous === 'missing') {
		// Created by this plan (and removed by its rollback), or absent so that the set fails
		// (a warning says so): either way there is no value to restore.
		return {...base, rollback: [], effect: {kind: 'policy-value', policy: subject, to}};
	}

	if (previous) {
		return {
			...base,
			rollback: [setPolicyCommand(ref, previous.enableIMAutoArchiving)],
			effect: {kind: 'policy-value', policy: subject, from: previous.enableIMAutoArchiving, to},
		};
	}

	return {
		...base,
		rollback: [placeholderCommand(previousValueVariable, null), setPolicyCommand(ref, {variable: previousValueVariable})],
		rollbackPlaceholders: [{variable: previousValueVariable, kind: 'previous-value', subject}],
		effect: {kind: 'policy-value', policy: subject, to},
	};
}

export function globalPolicyStep(state: OnOff, snapshot: TenantSnapshot = {}): StepDraft {
	return setPolicyStep({kind: 'global'}, state, snapshot.global);
}

export function sitePolicyStep(site: string, state: OnOff, snapshot: TenantSnapshot = {}): StepDraft {
	return setPolicyStep({kind: 'site', site}, state, snapshot.site);
}

/** Creates the per-user policy; rollback removes it (after the users are ungranted). */
export function newPolicyStep(name: string, resolution: 'create' | 'create-if-missing'): StepDraft {
	const subject = policySubject({kind: 'tag', name});
	if (resolution === 'create') {
		return {
			phase: 'change',
			kind: 'new-policy',
			command: newPolicyCommand(name),
			subject,
			rollback: [removePolicyCommand(name)],
			effect: {kind: 'policy-created', policy: subject, conditional: false},
		};
	}

	// Removing a policy that existed before would take it from everyone holding it, so the
	// default is to keep it.
	return {
		phase: 'change',
		kind: 'new-policy',
		command: newPolicyIfMissingCommand(name),
		subject,
		rollback: [placeholderCommand(policyCreatedVariable, false), removePolicyIfCreatedCommand(name, policyCreatedVariable)],
		rollbackPlaceholders: [{variable: policyCreatedVariable, kind: 'policy-created', subject}],
		effect: {kind: 'policy-created', policy: subject, conditional: true},
	};
}

/**
 * Grants the per-user policy. Rollback re-grants the user's previous per-user policy, or removes
 * it (`-PolicyName $null`) when there was none or it is unknown.
 */
export function grantStep(identity: string, policy: string, previous: UserState | undefined): StepDraft {
	const from = previous?.found ? previous.clientPolicy : undefined;
	return {
		phase: 'change',
		kind: 'grant',
		command: grantCommand(identity, policy),
		subject: identity,
		rollback: [grantCommand(identity, from ?? null)],
		effect: {kind: 'user-policy', user: identity, ...(from === undefined ? {} : {from}), to: policy},
	};
}

export type ChangeSteps = {
	steps: StepDraft[];
	createsPolicy: boolean | 'if-missing';
	resolution?: PolicyResolution;
	/** Users the plan grants: those the snapshot did not report as not found. */
	grantedUsers: string[];
};

export function changeSteps(choices: Choices, snapshot: TenantSnapshot): ChangeSteps {
	const {scope, state} = choices;
	switch (scope.kind) {
		case 'global':
			return {steps: [globalPolicyStep(state, snapshot)], createsPolicy: false, grantedUsers: []};
		case 'site':
			return {steps: [sitePolicyStep(scope.site, state, snapshot)], createsPolicy: false, grantedUsers: []};
		case 'users': {
			const resolution = resolvePolicyMode(scope.policyMode, snapshot.policy);
			const states = new Map<string, UserState>();
			for (const user of snapshot.users ?? []) states.set(user.identity.toLowerCase(), user);
			const grants: StepDraft[] = [];
			const grantedUsers: string[] = [];
			for (const user of scope.users) {
				const known = states.get(user.toLowerCase());
				if (known && !known.found) continue;
				grantedUsers.push(user);
				grants.push(grantStep(user, scope.policy, known));
			}

			// The policy is set only for the users this run gives it to: when none of them was
			// found, setting a policy that others may already hold would change it for them alone.
			if (grantedUsers.length === 0) return {steps: [], createsPolicy: false, resolution, grantedUsers};

			const steps: StepDraft[] = [];
			if (resolution !== 'reuse') steps.push(newPolicyStep(scope.policy, resolution));
			// A policy this plan creates is removed by the rollback: it has no value to restore.
			steps.push(setPolicyStep({kind: 'tag', name: scope.policy}, state, resolution === 'create' ? 'missing' : snapshot.policy));
			steps.push(...grants);

			return {
				steps,
				createsPolicy: resolution === 'create' ? true : resolution === 'create-if-missing' ? 'if-missing' : false,
				resolution,
				grantedUsers,
			};
		}
	}
}
