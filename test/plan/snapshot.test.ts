import {describe, expect, it} from 'vitest';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices} from '../../source/plan/choices.js';
import type {Step} from '../../source/plan/plan.js';
import type {StepOutcome} from '../../source/plan/read-output.js';
import {snapshotFromReads} from '../../source/plan/snapshot.js';
import {checkVerification} from '../../source/plan/verification.js';

const usersChoices: Choices = {
	target: {kind: 'server', signIn: {kind: 'integrated'}},
	state: 'off',
	scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'auto', users: ['Tony Smith', 'Ghost', 'Ann']},
};

const ok = (...output: unknown[]): StepOutcome => ({ok: true, output});
const byKind = (steps: Step[], kind: Step['kind']) => steps.filter(step => step.kind === kind);

describe('snapshotFromReads', () => {
	it('turns the read outputs of a users plan into a snapshot (Tag: stripped, "" is none)', () => {
		const reads = buildPlan(usersChoices).steps.filter(step => step.phase === 'read');
		const [policy, perUser, tony, ghost, ann] = reads;
		const snapshot = snapshotFromReads([
			{step: policy!, outcome: ok({Identity: 'Tag:OfflineIM', EnableIMAutoArchiving: true})},
			{step: perUser!, outcome: ok({Identity: 'Tag:OfflineIM', EnableIMAutoArchiving: true}, {Identity: 'Tag:Sales', EnableIMAutoArchiving: null})},
			{step: tony!, outcome: ok({SipAddress: 'sip:tony@contoso.com', DisplayName: 'Tony Smith', ClientPolicy: 'Tag:Sales'})},
			{step: ghost!, outcome: {ok: false, error: "Management object not found for identity 'Ghost'."}},
			{step: ann!, outcome: ok({SipAddress: 'sip:ann@contoso.com', DisplayName: 'Ann', ClientPolicy: ''})},
		]);
		expect(snapshot).toEqual({
			policy: {identity: 'Tag:OfflineIM', enableIMAutoArchiving: true},
			perUserPolicies: [
				{identity: 'Tag:OfflineIM', enableIMAutoArchiving: true},
				{identity: 'Tag:Sales', enableIMAutoArchiving: null},
			],
			users: [
				{identity: 'Tony Smith', found: true, sipAddress: 'sip:tony@contoso.com', displayName: 'Tony Smith', clientPolicy: 'Sales'},
				{identity: 'Ghost', found: false, clientPolicy: null, error: "Management object not found for identity 'Ghost'."},
				{identity: 'Ann', found: true, sipAddress: 'sip:ann@contoso.com', displayName: 'Ann', clientPolicy: null},
			],
		});

		// Rebuilt from the snapshot: reuse, Ghost left out, previous policies restored.
		const rebuilt = buildPlan(usersChoices, snapshot);
		expect(byKind(rebuilt.steps, 'new-policy')).toHaveLength(0);
		expect(byKind(rebuilt.steps, 'grant').map(step => step.rollback[0])).toEqual([
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'Sales'",
			"Grant-CsClientPolicy -Identity 'Ann' -PolicyName $null",
		]);
	});

	it('marks an absent per-user policy as missing and leaves a failed read unknown', () => {
		const reads = buildPlan(usersChoices).steps.filter(step => step.phase === 'read');
		expect(snapshotFromReads([{step: reads[0]!, outcome: ok()}])).toEqual({policy: 'missing'});
		expect(snapshotFromReads([{step: reads[0]!, outcome: {ok: false, error: 'The term is not recognized'}}])).toEqual({});
	});

	it('reads Global, the site policy and the per-user policy holders', () => {
		const global = buildPlan({...usersChoices, scope: {kind: 'global'}}).steps.filter(step => step.phase === 'read');
		expect(
			snapshotFromReads([
				{step: global[0]!, outcome: ok({Identity: 'Global', EnableIMAutoArchiving: null})},
				{
					step: global[1]!,
					outcome: ok(
						{SipAddress: 'sip:a@contoso.com', DisplayName: 'A', ClientPolicy: 'Tag:Sales'},
						{SipAddress: 'sip:b@contoso.com', DisplayName: 'B', ClientPolicy: ''},
					),
				},
			]),
		).toEqual({global: {identity: 'Global', enableIMAutoArchiving: null}, perUserPolicyHolders: [{identity: 'sip:a@contoso.com', clientPolicy: 'Sales'}]});

		const site = buildPlan({...usersChoices, scope: {kind: 'site', site: 'Redmond'}}).steps.filter(step => step.phase === 'read');
		expect(snapshotFromReads([{step: site[0]!, outcome: ok({Identity: 'Site:Redmond', EnableIMAutoArchiving: 'False'})}])).toEqual({
			site: {identity: 'Site:Redmond', enableIMAutoArchiving: false},
		});
		expect(snapshotFromReads([{step: site[0]!, outcome: ok()}])).toEqual({site: 'missing'});
	});
});

describe('checkVerification', () => {
	const verify = buildPlan(usersChoices).steps.filter(step => step.phase === 'verify');
	const [policy, tony] = verify;

	it('passes when the policy shows the value set, and says what it found', () => {
		expect(checkVerification(policy!, ok({Identity: 'Tag:OfflineIM', EnableIMAutoArchiving: false}))).toEqual({
			ok: true,
			expected: {kind: 'policy-value', identity: 'Tag:OfflineIM', enableIMAutoArchiving: false},
			found: {kind: 'policy-value', identity: 'Tag:OfflineIM', enableIMAutoArchiving: false},
		});
	});

	it('fails on another value, a missing policy or a failed read-back', () => {
		expect(checkVerification(policy!, ok({Identity: 'Tag:OfflineIM', EnableIMAutoArchiving: null}))).toMatchObject({
			ok: false,
			found: {kind: 'policy-value', enableIMAutoArchiving: null},
		});
		expect(checkVerification(policy!, ok())).toMatchObject({ok: false, found: {kind: 'policy-missing'}});
		expect(checkVerification(policy!, {ok: false, error: 'boom'})).toMatchObject({ok: false, found: {kind: 'error', message: 'boom'}});
	});

	it('checks a user’s policy, with or without Tag: and in any case', () => {
		expect(checkVerification(tony!, ok({SipAddress: 'sip:tony@contoso.com', DisplayName: 'Tony Smith', ClientPolicy: 'Tag:offlineim'}))).toMatchObject({
			ok: true,
			found: {kind: 'user-policy', clientPolicy: 'offlineim'},
		});
		expect(checkVerification(tony!, ok({SipAddress: 'sip:tony@contoso.com', ClientPolicy: ''}))).toMatchObject({
			ok: false,
			found: {kind: 'user-policy', clientPolicy: null},
		});
		expect(checkVerification(tony!, ok())).toMatchObject({ok: false, found: {kind: 'user-missing'}});
	});

	it('refuses a step that is not a read-back', () => {
		const change = buildPlan(usersChoices).steps.find(step => step.phase === 'change')!;
		expect(() => checkVerification(change, ok())).toThrow(/no expectation/);
	});
});
