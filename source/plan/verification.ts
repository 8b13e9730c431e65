/**
 * The read-back after the change, and the check of its output against what the change meant
 * to do. The read-back uses the same commands as the reads before the change.
 */
import type {Choices} from './choices.js';
import {type PolicyRef, policySubject, printedIdentity, readPolicyCommand, readUserCommand, type UserReader, userReaderFor} from './commands.js';
import {archivingFor} from './changes.js';
import type {Expectation, ImArchiving, Step} from './plan.js';
import {scopePolicy} from './reads.js';
import {imConfigurationRowsFrom, policyRowsFrom, samePolicy, type StepOutcome, userRowsFrom} from './read-output.js';
import type {StepDraft} from './step-draft.js';

export function verifyPolicyStep(ref: PolicyRef, value: ImArchiving): StepDraft {
	const identity = printedIdentity(ref);
	return {
		phase: 'verify',
		kind: 'verify-policy',
		command: readPolicyCommand(ref),
		subject: policySubject(ref),
		rollback: [],
		expect: {kind: 'policy-value', identity, enableIMAutoArchiving: value},
	};
}

export function verifyUserStep(identity: string, policy: string, reader: UserReader = 'Get-CsUser'): StepDraft {
	return {
		phase: 'verify',
		kind: 'verify-user',
		command: readUserCommand(identity, reader),
		subject: identity,
		rollback: [],
		expect: {kind: 'user-policy', user: identity, clientPolicy: policy},
	};
}

/** `grantedUsers`: the users the change steps grant (see `changeSteps`). */
export function verifySteps(choices: Choices, grantedUsers: readonly string[]): StepDraft[] {
	const {scope} = choices;
	// A per-user plan that gives the policy to nobody changes nothing, so there is nothing to read back.
	if (scope.kind === 'users' && grantedUsers.length === 0) return [];
	const steps = [verifyPolicyStep(scopePolicy(scope), archivingFor(choices.state))];
	if (scope.kind === 'users') {
		const reader = userReaderFor(choices.target);
		for (const user of grantedUsers) steps.push(verifyUserStep(user, scope.policy, reader));
	}

	return steps;
}

/** What a read-back found. */
export type Found =
	| {kind: 'policy-value'; identity: string; enableIMAutoArchiving: ImArchiving}
	| {kind: 'policy-missing'}
	| {kind: 'user-policy'; clientPolicy: string | null}
	| {kind: 'user-missing'}
	| {kind: 'im-configuration'; identity: string; enableOfflineIm: boolean}
	/** No IM configuration of that identity (a site without its own). */
	| {kind: 'im-configuration-missing'}
	/** The identity matched several users (the read-back returned `matches` records). */
	| {kind: 'user-ambiguous'; matches: number}
	/** The read-back returned rows of another shape than expected: nothing could be checked. */
	| {kind: 'unreadable'; rows: number}
	/** The read-back itself failed: PowerShell's message. */
	| {kind: 'error'; message: string};

export type Verification = {ok: boolean; expected: Expectation; found: Found};

/**
 * Whether a verify step's output shows the change done. A step without an expectation (not a
 * verify step) is a programming error and throws.
 */
export function checkVerification(step: Step, outcome: StepOutcome): Verification {
	const expected = step.expect;
	if (!expected) throw new Error(`Step ${step.id} has no expectation to check.`);
	if (!outcome.ok) return {ok: false, expected, found: {kind: 'error', message: outcome.error}};

	if (expected.kind === 'policy-value') {
		const {rows, unreadable} = policyRowsFrom(outcome.output);
		const value = rows.find(candidate => samePolicy(candidate.identity, expected.identity));
		if (!value) return {ok: false, expected, found: unreadable > 0 ? {kind: 'unreadable', rows: unreadable} : {kind: 'policy-missing'}};
		return {
			ok: value.enableIMAutoArchiving === expected.enableIMAutoArchiving,
			expected,
			found: {kind: 'policy-value', identity: value.identity, enableIMAutoArchiving: value.enableIMAutoArchiving},
		};
	}

	if (expected.kind === 'im-configuration') {
		const {rows, unreadable} = imConfigurationRowsFrom(outcome.output);
		const value = rows.find(candidate => candidate.identity.toLowerCase() === expected.identity.toLowerCase());
		if (!value) return {ok: false, expected, found: unreadable > 0 ? {kind: 'unreadable', rows: unreadable} : {kind: 'im-configuration-missing'}};
		return {
			ok: value.enableOfflineIm === expected.enableOfflineIm,
			expected,
			found: {kind: 'im-configuration', identity: value.identity, enableOfflineIm: value.enableOfflineIm},
		};
	}

	if (outcome.output.length > 1) return {ok: false, expected, found: {kind: 'user-ambiguous', matches: outcome.output.length}};
	const {rows, unreadable} = userRowsFrom(outcome.output);
	const [user] = rows;
	if (!user) return {ok: false, expected, found: unreadable > 0 ? {kind: 'unreadable', rows: unreadable} : {kind: 'user-missing'}};
	return {
		ok: user.clientPolicy !== null && user.clientPolicy.toLowerCase() === expected.clientPolicy.toLowerCase(),
		expected,
		found: {kind: 'user-policy', clientPolicy: user.clientPolicy},
	};
}
