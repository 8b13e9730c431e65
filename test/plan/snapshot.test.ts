import {describe, expect, it} from 'vitest';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices} from '../../source/plan/choices.js';
import type {Step} from '../../source/plan/plan.js';
import type {StepOutcome} from '../../source/plan/read-output.js';
import {snapshotFromReads, userStateFrom} from '../../source/plan/snapshot.js';
import {checkVerification} from '../../source/plan/verification.js';
import {plan as planEn} from '../../source/i18n/en/plan.js';
import {plan as planIt} from '../../source/i18n/it/plan.js';

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
				{identity: 'Ghost', found: false, unresolved: 'not-found', clientPolicy: null, error: "Management object not found for identity 'Ghost'."},
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

describe('userStateFrom', () => {
	const tony = {SipAddress: 'sip:tony@contoso.com', DisplayName: 'Tony Smith', ClientPolicy: ''};

	it('finds the user of one record', () => {
		expect(userStateFrom('Tony Smith', ok(tony))).toEqual({
			identity: 'Tony Smith',
			found: true,
			sipAddress: 'sip:tony@contoso.com',
			displayName: 'Tony Smith',
			clientPolicy: null,
		});
	});

	it('calls an identity with several records ambiguous, with how many users it matched', () => {
		const other = {SipAddress: 'sip:tony2@contoso.com', DisplayName: 'Tony Smith', ClientPolicy: 'Tag:Sales'};
		expect(userStateFrom('Tony Smith', ok(tony, other))).toEqual({identity: 'Tony Smith', found: false, unresolved: 'ambiguous', matches: 2, clientPolicy: null});
	});

	it('tells "not found" from a read that failed for another reason, keeping PowerShell’s message', () => {
		const notFound = 'Management object not found for identity "Ghost".';
		expect(userStateFrom('Ghost', {ok: false, error: notFound, errorId: 'Identity,Microsoft.Rtc.Management.AD.Cmdlets.GetOcsUserCmdlet'})).toEqual({
			identity: 'Ghost',
			found: false,
			unresolved: 'not-found',
			clientPolicy: null,
			error: notFound,
		});
		expect(userStateFrom('Ghost', ok())).toMatchObject({found: false, unresolved: 'not-found'});
		expect(userStateFrom('Ghost', {ok: false, error: 'No such user.', errorId: 'ObjectNotFound,Some.Cmdlet'})).toMatchObject({unresolved: 'not-found'});

		for (const failure of [
			{ok: false, error: 'Access is denied.', errorId: 'System.UnauthorizedAccessException'},
			{ok: false, error: 'The operation has timed out.'},
			{ok: false, error: "The term 'Get-CsUser' is not recognized as the name of a cmdlet.", errorId: 'CommandNotFoundException'},
			{ok: false, error: 'The specified module was not loaded.', errorId: 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand'},
		] as const) {
			expect(userStateFrom('Ann', failure)).toEqual({identity: 'Ann', found: false, unresolved: 'read-failed', clientPolicy: null, error: failure.error});
		}
	});

	it('reads the simulator’s "Multiple objects found" as ambiguous, count unknown', () => {
		expect(userStateFrom('Tony Smith', {ok: false, error: 'Multiple objects found for identity "Tony Smith".'})).toMatchObject({
			found: false,
			unresolved: 'ambiguous',
		});
	});

	it('does not take a record it cannot read for "not found"', () => {
		expect(userStateFrom('Ann', ok({SipAddress: 'sip:ann@contoso.com', ClientPolicy: {Name: 'Sales'}}))).toEqual({
			identity: 'Ann',
			found: false,
			unresolved: 'read-failed',
			clientPolicy: null,
		});
		expect(userStateFrom('Ann', ok('sip:ann@contoso.com'))).toMatchObject({unresolved: 'read-failed'});
	});
});

describe('users left out, by reason', () => {
	const snapshot = snapshotFromReads(
		buildPlan({...usersChoices, scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'auto', users: ['Tony Smith', 'Ghost', 'Ann', 'Bob']}})
			.steps.filter(step => step.kind === 'read-user')
			.map((step, index) => ({
				step,
				outcome: [
					ok({SipAddress: 'sip:tony@contoso.com', DisplayName: 'Tony Smith'}, {SipAddress: 'sip:tony2@contoso.com', DisplayName: 'Tony Smith'}),
					{ok: false, error: 'Management object not found for identity "Ghost".'},
					{ok: false, error: 'Access is denied.\r\nAt line:1 char:1'},
					ok({SipAddress: 'sip:bob@contoso.com', DisplayName: 'Bob', ClientPolicy: ''}),
				][index] as StepOutcome,
			})),
	);
	const value = buildPlan({...usersChoices, scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'auto', users: ['Tony Smith', 'Ghost', 'Ann', 'Bob']}}, snapshot);

	it('grants only the user found, and gives each reason its own warning', () => {
		expect(byKind(value.steps, 'grant').map(step => step.subject)).toEqual(['Bob']);
		expect(value.warnings.filter(warning => warning.kind.startsWith('users-'))).toEqual([
			{kind: 'users-not-found', users: ['Ghost']},
			{kind: 'users-ambiguous', users: [{identity: 'Tony Smith', matches: 2}]},
			{kind: 'users-unreadable', users: [{identity: 'Ann', error: 'Access is denied.\r\nAt line:1 char:1'}]},
		]);
	});

	it('says which is which, in both languages', () => {
		const text = (language: typeof planEn) => value.warnings.filter(warning => warning.kind.startsWith('users-')).map(warning => language.warning(warning));
		expect(text(planEn)).toEqual([
			'1 user was not found and is left out: Ghost.',
			'1 name matches several users and is left out: Tony Smith (2 users). Give each user by SIP address or user principal name, which names one user only.',
			'1 user could not be read and is left out (whether this user exists is unknown): Ann (Access is denied.). Check your permissions and the connection, then plan again.',
		]);
		expect(text(planIt)).toEqual([
			'Un utente non è stato trovato ed è escluso: Ghost.',
			'Un nome corrisponde a più utenti ed è escluso: Tony Smith (2 utenti). Indica ogni utente con l’indirizzo SIP o il nome dell’entità utente (UPN), che identificano un solo utente.',
			'Un utente non è stato letto, quindi non si sa se esiste, ed è escluso: Ann (Access is denied.). Controlla le tue autorizzazioni e la connessione, poi prepara di nuovo il piano.',
		]);
	});

	it('reads a snapshot of an older version (found: false alone) as not found', () => {
		const old = buildPlan(usersChoices, {users: [{identity: 'Ghost', found: false, clientPolicy: null}]});
		expect(old.warnings).toContainEqual({kind: 'users-not-found', users: ['Ghost']});
	});
});

describe('output that cannot be read', () => {
	const reads = buildPlan(usersChoices).steps.filter(step => step.phase === 'read');
	// What ConvertTo-Json makes of an XdsIdentity when the select does not turn it into a string.
	const xdsRow = {Identity: {ScopeClass: 'Tag', InstanceId: '0f0e6b4c-0000-0000-0000-000000000000'}, EnableIMAutoArchiving: false};

	it('is never taken as "missing": the value stays unknown and a warning names the read', () => {
		const snapshot = snapshotFromReads([
			{step: reads[0]!, outcome: ok(xdsRow)},
			{step: reads[1]!, outcome: ok({Identity: 'Tag:Sales', EnableIMAutoArchiving: null}, xdsRow)},
		]);
		expect(snapshot).toEqual({
			perUserPolicies: [{identity: 'Tag:Sales', enableIMAutoArchiving: null}],
			unreadable: [
				{kind: 'read-policy', subject: 'tag:OfflineIM', rows: 1},
				{kind: 'read-per-user-policies', rows: 1},
			],
		});
		const value = buildPlan(usersChoices, snapshot);
		// Unknown, so the guarded create of a plan made offline, not a plain New-CsClientPolicy.
		expect(value.createsPolicy).toBe('if-missing');
		const warning = value.warnings.find(candidate => candidate.kind === 'output-unreadable')!;
		expect(planEn.warning(warning)).toBe(
			'PowerShell’s output could not be read for the per-user policy OfflineIM, the list of per-user client policies: those values are treated as unknown, not as absent.',
		);
		expect(planIt.warning(warning)).toContain('quei valori sono considerati sconosciuti, non assenti');
	});

	it('still reads a site as missing when there is no row at all', () => {
		const site = buildPlan({...usersChoices, scope: {kind: 'site', site: 'Redmond'}}).steps.filter(step => step.phase === 'read');
		expect(snapshotFromReads([{step: site[0]!, outcome: ok()}])).toEqual({site: 'missing'});
		expect(snapshotFromReads([{step: site[0]!, outcome: ok({Identity: {ScopeClass: 'Site'}, EnableIMAutoArchiving: true})}])).toEqual({
			unreadable: [{kind: 'read-policy', subject: 'site:Redmond', rows: 1}],
		});
	});

	it('counts policy holders it cannot read instead of dropping them', () => {
		const global = buildPlan({...usersChoices, scope: {kind: 'global'}}).steps.filter(step => step.phase === 'read');
		expect(snapshotFromReads([{step: global[1]!, outcome: ok({SipAddress: 'sip:a@contoso.com', ClientPolicy: {Name: 'Sales'}})}])).toEqual({
			perUserPolicyHolders: [],
			unreadable: [{kind: 'read-policy-holders', rows: 1}],
		});
	});

	it('fails a read-back it cannot read, saying so rather than "missing"', () => {
		const [policy, tony] = buildPlan(usersChoices).steps.filter(step => step.phase === 'verify');
		const found = checkVerification(policy!, ok(xdsRow)).found;
		expect(found).toEqual({kind: 'unreadable', rows: 1});
		expect(planEn.found(found)).toBe('PowerShell’s output could not be read');
		expect(checkVerification(tony!, ok({DisplayName: 'Tony Smith', ClientPolicy: {Name: 'OfflineIM'}}))).toMatchObject({ok: false, found: {kind: 'unreadable', rows: 1}});
		const twice = checkVerification(tony!, ok({DisplayName: 'Tony Smith', ClientPolicy: 'OfflineIM'}, {DisplayName: 'Tony Smith', ClientPolicy: 'OfflineIM'}));
		expect(twice).toMatchObject({ok: false, found: {kind: 'user-ambiguous', matches: 2}});
		expect(planIt.found(twice.found)).toBe('il nome corrisponde a 2 utenti');
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
