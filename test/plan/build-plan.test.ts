import {describe, expect, it} from 'vitest';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices, Scope, Target} from '../../source/plan/choices.js';
import type {Plan, TenantSnapshot} from '../../source/plan/plan.js';
import {rollbackNeedsInput, rollbackOf} from '../../source/plan/rollback.js';
import {warningSeverity} from '../../source/plan/warnings.js';

const local: Target = {kind: 'server', signIn: {kind: 'integrated'}};
const now = new Date('2025-03-01T10:00:00Z');

function plan(scope: Scope, options: {target?: Target; state?: 'on' | 'off'; snapshot?: TenantSnapshot} = {}): Plan {
	const choices: Choices = {target: options.target ?? local, state: options.state ?? 'off', scope};
	return buildPlan(choices, options.snapshot, now);
}

const rollbackCommands = (value: Plan) => rollbackOf(value).flatMap(entry => entry.commands);
const commands = (value: Plan, phase?: string) => value.steps.filter(step => !phase || step.phase === phase).map(step => step.command);
const users = (list: string[], policyMode: 'auto' | 'create' | 'reuse' = 'auto'): Scope => ({kind: 'users', policy: 'OfflineIM', policyMode, users: list});
const selectUser = " | Select-Object SipAddress, DisplayName, @{Name='ClientPolicy'; Expression={[string]$_.ClientPolicy}}";
const selectPolicy = " | Select-Object @{Name='Identity'; Expression={[string]$_.Identity}}, EnableIMAutoArchiving";

describe('connection preamble', () => {
	it('imports the module on a local Server (Lync when that is the module found)', () => {
		expect(commands(plan({kind: 'global'}), 'connect')).toEqual(['Import-Module SkypeForBusiness']);
		expect(commands(plan({kind: 'global'}, {target: {kind: 'server', module: 'Lync', signIn: {kind: 'integrated'}}}), 'connect')).toEqual([
			'Import-Module Lync',
		]);
	});

	it('opens a remote session to a pool, with a credential when signing in with a user name', () => {
		const pool = 'pool01.contoso.com';
		expect(commands(plan({kind: 'global'}, {target: {kind: 'server', pool, signIn: {kind: 'integrated'}}}), 'connect')).toEqual([
			"$session = New-PSSession -ConnectionUri 'https://pool01.contoso.com/OcsPowershell'",
			'Import-PSSession $session -AllowClobber | Out-Null',
		]);
		const withCredential = plan({kind: 'global'}, {target: {kind: 'server', pool, signIn: {kind: 'credential', userName: 'CONTOSO\\admin'}}});
		expect(commands(withCredential, 'connect')).toEqual([
			'$credential = Get-Credential',
			"$session = New-PSSession -ConnectionUri 'https://pool01.contoso.com/OcsPowershell' -Credential $credential",
			'Import-PSSession $session -AllowClobber | Out-Null',
		]);
		expect(withCredential.steps[0]).toMatchObject({id: 'credential-1', kind: 'credential', subject: 'CONTOSO\\admin'});
	});

	it('follows the article for Online, typo fixed, with MFA sign-in unless a credential is asked for', () => {
		const connector = "Import-Module 'C:\\Program Files\\Common Files\\Skype for Business Online\\Modules\\SkypeOnlineConnector\\SkypeOnlineConnector.psd1'";
		expect(commands(plan({kind: 'global'}, {target: {kind: 'online', signIn: {kind: 'integrated'}}}), 'connect')).toEqual([
			connector,
			'$session = New-CsOnlineSession',
			'Import-PSSession $session -AllowClobber | Out-Null',
		]);
		const target: Target = {kind: 'online', adminDomain: 'contoso.onmicrosoft.com', signIn: {kind: 'credential', userName: 'admin@contoso.com'}};
		expect(commands(plan({kind: 'global'}, {target}), 'connect')).toEqual([
			connector,
			'$credential = Get-Credential',
			"$session = New-CsOnlineSession -Credential $credential -OverrideAdminDomain 'contoso.onmicrosoft.com'",
			'Import-PSSession $session -AllowClobber | Out-Null',
		]);
	});
});

describe('scope global', () => {
	it('reads, changes and reads back the Global policy with the exact commands', () => {
		const value = plan({kind: 'global'});
		expect(commands(value, 'read')).toEqual([
			`Get-CsClientPolicy -Identity Global${selectPolicy}`,
			`Get-CsUser -Filter {ClientPolicy -ne $null}${selectUser}`,
		]);
		expect(commands(value, 'change')).toEqual(['Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $false']);
		expect(value.steps.filter(step => step.phase === 'verify')).toEqual([
			{
				id: 'verify-policy-1',
				phase: 'verify',
				kind: 'verify-policy',
				command: `Get-CsClientPolicy -Identity Global${selectPolicy}`,
				subject: 'Global',
				rollback: [],
				expect: {kind: 'policy-value', identity: 'Global', enableIMAutoArchiving: false},
			},
		]);
		expect(value.createdAt).toBe('2025-03-01T10:00:00.000Z');
		expect(value.createsPolicy).toBe(false);
	});

	it('turns on with $true', () => {
		expect(commands(plan({kind: 'global'}, {state: 'on'}), 'change')).toEqual(['Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $true']);
	});

	it('without a snapshot, leaves a placeholder for the value to restore and says so', () => {
		const value = plan({kind: 'global'});
		const [change] = value.steps.filter(step => step.phase === 'change');
		expect(change?.rollback).toEqual(['$previousValue = $null', 'Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $previousValue']);
		expect(change?.rollbackPlaceholders).toEqual([{variable: 'previousValue', kind: 'previous-value', subject: 'Global'}]);
		expect(rollbackNeedsInput(value)).toBe(true);
		expect(value.warnings.map(warning => warning.kind)).toEqual([
			'global-skips-per-user-holders',
			'off-stops-outlook-history',
			'rollback-value-unknown',
		]);
	});

	it('with a snapshot, restores the value read before and lists the per-user policy holders', () => {
		const holders = [{identity: 'sip:ann@contoso.com', clientPolicy: 'Sales'}];
		const value = plan({kind: 'global'}, {state: 'on', snapshot: {global: {identity: 'Global', enableIMAutoArchiving: null}, perUserPolicyHolders: holders}});
		expect(rollbackCommands(value)).toEqual(['Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $null']);
		expect(rollbackNeedsInput(value)).toBe(false);
		expect(value.steps.find(step => step.kind === 'set-policy')?.effect).toEqual({kind: 'policy-value', policy: 'Global', from: null, to: true});
		expect(value.warnings).toEqual([{kind: 'global-skips-per-user-holders', holders}, {kind: 'click-to-run-only'}]);

		const wasOff = plan({kind: 'global'}, {state: 'on', snapshot: {global: {identity: 'Global', enableIMAutoArchiving: false}}});
		expect(rollbackCommands(wasOff)).toEqual(['Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $false']);
	});

	it('warns that Online is retired', () => {
		expect(plan({kind: 'global'}, {target: {kind: 'online', signIn: {kind: 'integrated'}}}).warnings[0]).toEqual({kind: 'online-retired'});
	});
});

describe('scope site', () => {
	it('reads the site policy with a filter and sets it by its quoted identity', () => {
		const value = plan({kind: 'site', site: 'Redmond'}, {state: 'on'});
		expect(commands(value, 'read')[0]).toBe(`Get-CsClientPolicy -Filter 'site:Redmond'${selectPolicy}`);
		expect(commands(value, 'change')).toEqual(["Set-CsClientPolicy -Identity 'site:Redmond' -EnableIMAutoArchiving $true"]);
		expect(value.steps.at(-1)?.expect).toEqual({kind: 'policy-value', identity: 'Site:Redmond', enableIMAutoArchiving: true});
		expect(value.warnings[0]).toEqual({kind: 'global-skips-per-user-holders', site: 'Redmond'});
	});

	it('warns, as blocking, when the site has no policy of its own', () => {
		const value = plan({kind: 'site', site: 'Redmond'}, {snapshot: {site: 'missing'}});
		const warning = value.warnings.find(candidate => candidate.kind === 'site-policy-missing');
		expect(warning).toEqual({kind: 'site-policy-missing', site: 'Redmond'});
		expect(warningSeverity(warning!)).toBe('blocking');
		expect(rollbackCommands(value)).toEqual([]);
	});
});

describe('scope users', () => {
	it('offline: a guarded create, the set, one grant per user, and a read-back per user', () => {
		const value = plan(users(['Tony Smith', "O'Brien"]));
		expect(commands(value, 'read')).toEqual([
			`Get-CsClientPolicy -Filter 'tag:OfflineIM'${selectPolicy}`,
			`Get-CsClientPolicy -Filter 'tag:*'${selectPolicy}`,
			`Get-CsUser -Identity 'Tony Smith'${selectUser}`,
			`Get-CsUser -Identity 'O''Brien'${selectUser}`,
		]);
		expect(commands(value, 'change')).toEqual([
			"if (-not (Get-CsClientPolicy -Filter 'tag:OfflineIM')) { New-CsClientPolicy -Identity 'OfflineIM' }",
			"Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $false",
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'OfflineIM'",
			"Grant-CsClientPolicy -Identity 'O''Brien' -PolicyName 'OfflineIM'",
		]);
		expect(value.steps.filter(step => step.phase === 'verify').map(step => step.expect)).toEqual([
			{kind: 'policy-value', identity: 'Tag:OfflineIM', enableIMAutoArchiving: false},
			{kind: 'user-policy', user: 'Tony Smith', clientPolicy: 'OfflineIM'},
			{kind: 'user-policy', user: "O'Brien", clientPolicy: 'OfflineIM'},
		]);
		expect(value.createsPolicy).toBe('if-missing');
		expect(commands(value).join('\n')).not.toContain('Grant -CsClientPolicy');
		expect(commands(value).join('\n')).not.toContain('- PolicyName');
	});

	it('offline rollback: ungrant in reverse order, restore the value, remove the policy only if filled in', () => {
		const value = plan(users(['Tony Smith', "O'Brien"]));
		expect(rollbackCommands(value)).toEqual([
			"Grant-CsClientPolicy -Identity 'O''Brien' -PolicyName $null",
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName $null",
			'$previousValue = $null',
			"Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $previousValue",
			'$policyCreatedByPlan = $false',
			"if ($policyCreatedByPlan) { Remove-CsClientPolicy -Identity 'OfflineIM' }",
		]);
		expect(rollbackOf(value).map(entry => entry.step.id)).toEqual(['grant-2', 'grant-1', 'set-policy-1', 'new-policy-1']);
		expect(value.warnings.map(warning => warning.kind)).toEqual(['grant-replaces-policy', 'off-stops-outlook-history', 'rollback-value-unknown']);
	});

	it('creates a missing policy, and its rollback removes it after ungranting', () => {
		const value = plan(users(['Tony Smith']), {
			snapshot: {policy: 'missing', users: [{identity: 'Tony Smith', found: true, clientPolicy: null}]},
		});
		expect(commands(value, 'change')).toEqual([
			"New-CsClientPolicy -Identity 'OfflineIM'",
			"Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $false",
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'OfflineIM'",
		]);
		expect(rollbackCommands(value)).toEqual([
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName $null",
			"Remove-CsClientPolicy -Identity 'OfflineIM'",
		]);
		expect(value.createsPolicy).toBe(true);
		expect(value.warnings).toEqual([{kind: 'grant-replaces-policy', users: []}, {kind: 'off-stops-outlook-history'}]);
	});

	it('reuses an existing policy, restores its value and each user’s previous policy, and leaves out users not found', () => {
		const value = plan(users(['Tony Smith', 'Ghost', 'ann@contoso.com']), {
			state: 'on',
			snapshot: {
				policy: {identity: 'Tag:OfflineIM', enableIMAutoArchiving: false},
				users: [
					{identity: 'Tony Smith', found: true, clientPolicy: 'Sales'},
					{identity: 'Ghost', found: false, clientPolicy: null, error: "Management object not found for identity 'Ghost'."},
					{identity: 'ANN@contoso.com', found: true, clientPolicy: 'offlineim'},
				],
			},
		});
		expect(commands(value, 'change')).toEqual([
			"Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $true",
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'OfflineIM'",
			"Grant-CsClientPolicy -Identity 'ann@contoso.com' -PolicyName 'OfflineIM'",
		]);
		expect(rollbackCommands(value)).toEqual([
			"Grant-CsClientPolicy -Identity 'ann@contoso.com' -PolicyName 'offlineim'",
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'Sales'",
			"Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $false",
		]);
		expect(value.steps.filter(step => step.kind === 'verify-user').map(step => step.subject)).toEqual(['Tony Smith', 'ann@contoso.com']);
		expect(value.steps.filter(step => step.kind === 'read-user')).toHaveLength(3);
		expect(value.createsPolicy).toBe(false);
		expect(value.warnings).toEqual([
			{kind: 'policy-exists', policy: 'OfflineIM', reused: true},
			{kind: 'users-not-found', users: ['Ghost']},
			{kind: 'grant-replaces-policy', users: [{identity: 'Tony Smith', clientPolicy: 'Sales'}]},
			{kind: 'click-to-run-only'},
		]);
		expect(rollbackNeedsInput(value)).toBe(false);
	});

	it('changes nothing, not even a shared policy, when none of the users is found, and says so as a blocking warning', () => {
		const value = plan(users(['Ghost', 'Nobody'], 'reuse'), {
			state: 'on',
			snapshot: {
				policy: {identity: 'Tag:OfflineIM', enableIMAutoArchiving: false},
				users: [
					{identity: 'Ghost', found: false, clientPolicy: null},
					{identity: 'Nobody', found: false, clientPolicy: null},
				],
			},
		});
		expect(commands(value, 'change')).toEqual([]);
		expect(commands(value, 'verify')).toEqual([]);
		expect(rollbackCommands(value)).toEqual([]);
		expect(value.createsPolicy).toBe(false);
		const blocking = value.warnings.filter(warning => warningSeverity(warning) === 'blocking');
		expect(blocking).toEqual([{kind: 'no-users-left', policy: 'OfflineIM'}]);
		expect(value.warnings).toContainEqual({kind: 'users-not-found', users: ['Ghost', 'Nobody']});
	});

	it('without a snapshot still plans the policy and every grant (nothing is known to be missing)', () => {
		const value = plan(users(['Ghost'], 'reuse'), {state: 'on'});
		expect(commands(value, 'change')).toEqual([
			"Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $true",
			"Grant-CsClientPolicy -Identity 'Ghost' -PolicyName 'OfflineIM'",
		]);
		expect(value.warnings.some(warning => warning.kind === 'no-users-left')).toBe(false);
	});

	it('warns, as blocking, when told to create a policy that exists or reuse one that does not', () => {
		const create = plan(users(['a'], 'create'), {snapshot: {policy: {identity: 'Tag:OfflineIM', enableIMAutoArchiving: null}}});
		const exists = create.warnings.find(warning => warning.kind === 'policy-exists');
		expect(exists).toEqual({kind: 'policy-exists', policy: 'OfflineIM', reused: false});
		expect(warningSeverity(exists!)).toBe('blocking');
		expect(commands(create, 'change')[0]).toBe("New-CsClientPolicy -Identity 'OfflineIM'");

		const reuse = plan(users(['a'], 'reuse'), {snapshot: {policy: 'missing'}});
		expect(reuse.warnings).toContainEqual({kind: 'policy-missing', policy: 'OfflineIM'});
		expect(commands(reuse, 'change')[0]).toBe("Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $false");
	});

	it('numbers steps by kind, so one user’s read, grant and read-back share a number', () => {
		const value = plan(users(['a', 'b', 'c']));
		expect(value.steps.filter(step => step.subject === 'b').map(step => step.id)).toEqual(['read-user-2', 'grant-2', 'verify-user-2']);
		expect(new Set(value.steps.map(step => step.id)).size).toBe(value.steps.length);
	});

	// How fast is the benchmark's figure (npm run bench: 10,000 users), not a timed unit test.
	it('builds a plan for 100,000 users, every grant and read-back numbered', () => {
		const many = Array.from({length: 100_000}, (_, index) => `user${index}@contoso.com`);
		const value = plan(users(many));
		expect(value.steps.filter(step => step.kind === 'grant')).toHaveLength(100_000);
		expect(value.steps.at(-1)?.id).toBe('verify-user-100000');
	});
});
