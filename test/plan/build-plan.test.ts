import {describe, expect, it} from 'vitest';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices, Scope, Target} from '../../source/plan/choices.js';
import type {Plan, TenantSnapshot} from '../../source/plan/plan.js';
import {rollbackNeedsInput, rollbackOf} from '../../source/plan/rollback.js';
import {warningSeverity} from '../../source/plan/warnings.js';

const local: Target = {kind: 'server', signIn: {kind: 'integrated'}};
const now = new Date('2025-03-01T10:00:00Z');

type PlanOptions = {target?: Target; state?: 'on' | 'off'; snapshot?: TenantSnapshot; serverSwitch?: 'use' | 'leave'};

function plan(scope: Scope, options: PlanOptions = {}): Plan {
	const choices: Choices = {target: options.target ?? local, state: options.state ?? 'off', scope, ...(options.serverSwitch ? {serverSwitch: options.serverSwitch} : {})};
	return buildPlan(choices, options.snapshot, now);
}

const rollbackCommands = (value: Plan) => rollbackOf(value).flatMap(entry => entry.commands);
const commands = (value: Plan, phase?: string) => value.steps.filter(step => !phase || step.phase === phase).map(step => step.command);
const users = (list: string[], policyMode: 'auto' | 'create' | 'reuse' = 'auto'): Scope => ({kind: 'users', policy: 'OfflineIM', policyMode, users: list});
const selectUser =
	" | Select-Object SipAddress, DisplayName, @{Name='ClientPolicy'; Expression={[string]$_.ClientPolicy}}, @{Name='RegistrarPool'; Expression={[string]$_.RegistrarPool}}";
const selectIm = " | Select-Object @{Name='Identity'; Expression={[string]$_.Identity}}, EnableOfflineIm";
/** The article's client-policy flow, without the server switch. */
const leave = {serverSwitch: 'leave'} as const;
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
		const value = plan({kind: 'global'}, leave);
		expect(commands(value, 'read')).toEqual([
			`Get-CsClientPolicy -Identity Global${selectPolicy}`,
			`Get-CsUser -Filter {ClientPolicy -ne $null}${selectUser}`,
			`Get-CsClientPolicy -Filter 'site:*'${selectPolicy}`,
			`Get-CsImConfiguration${selectIm}`,
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
		const value = plan({kind: 'global'}, leave);
		const [change] = value.steps.filter(step => step.phase === 'change');
		expect(change?.rollback).toEqual(['$previousValue = $null', 'Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $previousValue']);
		expect(change?.rollbackPlaceholders).toEqual([{variable: 'previousValue', kind: 'previous-value', subject: 'Global'}]);
		expect(rollbackNeedsInput(value)).toBe(true);
		expect(value.warnings.map(warning => warning.kind)).toEqual([
			'global-skips-site-policies',
			'global-skips-per-user-holders',
			'off-stops-outlook-history',
			'rollback-value-unknown',
		]);
	});

	it('with a snapshot, restores the value read before and lists the per-user policy holders', () => {
		const holders = [{identity: 'sip:ann@contoso.com', clientPolicy: 'Sales'}];
		const value = plan(
			{kind: 'global'},
			{state: 'on', snapshot: {global: {identity: 'Global', enableIMAutoArchiving: null}, perUserPolicyHolders: holders, sitePolicies: [], imConfigurations: [{identity: 'Global', enableOfflineIm: true}]}},
		);
		expect(rollbackCommands(value)).toEqual(['Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $null']);
		expect(rollbackNeedsInput(value)).toBe(false);
		expect(value.steps.find(step => step.kind === 'set-policy')?.effect).toEqual({kind: 'policy-value', policy: 'Global', from: null, to: true});
		expect(value.warnings).toEqual([{kind: 'global-skips-site-policies', sites: []}, {kind: 'global-skips-per-user-holders', holders}, {kind: 'click-to-run-only'}]);

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
		expect(value.steps.filter(step => step.phase === 'verify').at(-1)?.expect).toEqual({kind: 'policy-value', identity: 'Site:Redmond', enableIMAutoArchiving: true});
		expect(value.warnings[0]).toEqual({kind: 'global-skips-per-user-holders', site: 'Redmond'});
	});

	it('warns, as blocking, when the site has no policy of its own', () => {
		const value = plan({kind: 'site', site: 'Redmond'}, {snapshot: {site: 'missing'}, ...leave});
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
			`Get-CsImConfiguration${selectIm}`,
			"Get-CsPool | Select-Object Fqdn, @{Name='Site'; Expression={[string]$_.Site}}",
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
			{kind: 'server-switch-unknown', reason: 'not-read'},
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

describe('the server switch (Skype for Business Server: Set-CsImConfiguration -EnableOfflineIm)', () => {
	const globalOff = {identity: 'Global', enableOfflineIm: false};
	const globalOn = {identity: 'Global', enableOfflineIm: true};
	const ken = {identity: 'ken@contoso.com', found: true, clientPolicy: null, registrarPool: 'pool02.contoso.com'};
	const pools = [
		{fqdn: 'pool01.contoso.com', site: 'Redmond'},
		{fqdn: 'pool02.contoso.com', site: 'Dublin'},
	];
	const usersSnapshot = (imConfigurations: Array<{identity: string; enableOfflineIm: boolean}>): TenantSnapshot => ({
		policy: {identity: 'Tag:OfflineIM', enableIMAutoArchiving: false},
		users: [ken],
		pools,
		imConfigurations,
	});

	it('"on" for users governed by an IM configuration that is off turns it on too, after the grants, with its rollback and read-back', () => {
		const value = plan(users(['ken@contoso.com']), {state: 'on', snapshot: usersSnapshot([globalOff])});
		expect(commands(value, 'change')).toEqual([
			"Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $true",
			"Grant-CsClientPolicy -Identity 'ken@contoso.com' -PolicyName 'OfflineIM'",
			'Set-CsImConfiguration -Identity Global -EnableOfflineIm $true',
		]);
		expect(rollbackCommands(value)[0]).toBe('Set-CsImConfiguration -Identity Global -EnableOfflineIm $false');
		expect(commands(value, 'verify')).toContain(`Get-CsImConfiguration -Identity Global${selectIm}`);
		expect(value.steps.find(step => step.kind === 'verify-im-configuration')?.expect).toEqual({kind: 'im-configuration', identity: 'Global', enableOfflineIm: true});
		const warning = value.warnings.find(candidate => candidate.kind === 'server-switch-turned-on');
		expect(warning).toEqual({kind: 'server-switch-turned-on', configurations: ['Global']});
		expect(warningSeverity(warning!)).toBe('caution');
	});

	it('a user homed in a site with its own IM configuration is governed by it, not by Global', () => {
		const value = plan(users(['ken@contoso.com']), {state: 'on', snapshot: usersSnapshot([globalOn, {identity: 'Site:Dublin', enableOfflineIm: false}])});
		expect(commands(value, 'change').at(-1)).toBe("Set-CsImConfiguration -Identity 'site:Dublin' -EnableOfflineIm $true");
		expect(commands(value, 'verify')).toContain(`Get-CsImConfiguration -Filter 'site:Dublin'${selectIm}`);
		expect(commands(value, 'verify')).not.toContain(`Get-CsImConfiguration -Identity Global${selectIm}`);
	});

	it('told to leave the switch, changes only the client policy and warns that the users still cannot send', () => {
		const value = plan(users(['ken@contoso.com']), {state: 'on', snapshot: usersSnapshot([globalOff]), ...leave});
		expect(commands(value, 'change').some(command => command.includes('CsImConfiguration'))).toBe(false);
		expect(value.warnings).toContainEqual({kind: 'server-switch-left-off', configurations: ['Global']});
	});

	it('a switch already on adds no change, and is still read back', () => {
		const value = plan(users(['ken@contoso.com']), {state: 'on', snapshot: usersSnapshot([globalOn])});
		expect(commands(value, 'change').some(command => command.includes('CsImConfiguration'))).toBe(false);
		expect(commands(value, 'verify')).toContain(`Get-CsImConfiguration -Identity Global${selectIm}`);
		expect(value.warnings.map(warning => warning.kind)).not.toContain('server-switch-turned-on');
	});

	it('"on" for a site that follows a Global switch that is off gives the site its own IM configuration, not Global', () => {
		const value = plan({kind: 'site', site: 'Dublin'}, {state: 'on', snapshot: {site: {identity: 'Site:Dublin', enableIMAutoArchiving: false}, imConfigurations: [globalOff]}});
		expect(commands(value, 'change')).toEqual([
			"Set-CsClientPolicy -Identity 'site:Dublin' -EnableIMAutoArchiving $true",
			"New-CsImConfiguration -Identity 'site:Dublin' -EnableOfflineIm $true",
		]);
		expect(rollbackCommands(value)[0]).toBe("Remove-CsImConfiguration -Identity 'site:Dublin'");
	});

	it('"off" for the organization uses the server switch (Global and every site that has its own), not the client policy', () => {
		const value = plan({kind: 'global'}, {snapshot: {imConfigurations: [globalOn, {identity: 'Site:Dublin', enableOfflineIm: true}, {identity: 'Site:Oslo', enableOfflineIm: false}]}});
		expect(commands(value, 'change')).toEqual([
			'Set-CsImConfiguration -Identity Global -EnableOfflineIm $false',
			"Set-CsImConfiguration -Identity 'site:Dublin' -EnableOfflineIm $false",
		]);
		expect(value.steps.filter(step => step.phase === 'verify').map(step => step.expect)).toEqual([
			{kind: 'im-configuration', identity: 'Global', enableOfflineIm: false},
			{kind: 'im-configuration', identity: 'site:Dublin', enableOfflineIm: false},
		]);
		const kinds = value.warnings.map(warning => warning.kind);
		expect(kinds).toContain('off-by-server-switch');
		// The client policy is not changed, so its cautions do not apply.
		expect(kinds).not.toContain('off-stops-outlook-history');
		expect(kinds).not.toContain('global-skips-per-user-holders');
	});

	it('"off" for a site without an IM configuration of its own creates one (off); made offline, sets or creates it with placeholders', () => {
		const read = plan({kind: 'site', site: 'Dublin'}, {snapshot: {site: 'missing', imConfigurations: [globalOn]}});
		expect(commands(read, 'change')).toEqual(["New-CsImConfiguration -Identity 'site:Dublin' -EnableOfflineIm $false"]);
		// The site has no client policy, but the plan does not need one: no blocking warning.
		expect(read.warnings.some(warning => warningSeverity(warning) === 'blocking')).toBe(false);

		const offline = plan({kind: 'site', site: 'Dublin'});
		expect(commands(offline, 'change')).toEqual([
			"if (Get-CsImConfiguration -Filter 'site:Dublin') { Set-CsImConfiguration -Identity 'site:Dublin' -EnableOfflineIm $false } else { New-CsImConfiguration -Identity 'site:Dublin' -EnableOfflineIm $false }",
		]);
		expect(rollbackNeedsInput(offline)).toBe(true);
		expect(rollbackCommands(offline).at(-1)).toBe(
			"if ($imConfigurationCreatedByPlan) { Remove-CsImConfiguration -Identity 'site:Dublin' } else { Set-CsImConfiguration -Identity 'site:Dublin' -EnableOfflineIm $previousOfflineIm }",
		);
	});

	it('on a server without Get-CsImConfiguration, "off" falls back to the client policy and says why', () => {
		const value = plan({kind: 'global'}, {snapshot: {global: {identity: 'Global', enableIMAutoArchiving: null}, imConfigurationsUnread: 'no-cmdlet'}});
		expect(commands(value, 'change')).toEqual(['Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $false']);
		expect(value.warnings).toContainEqual({kind: 'server-switch-unknown', reason: 'no-cmdlet', fallback: true});
	});

	it('"off" for chosen users stays with their client policy (the server switch would reach everyone)', () => {
		const value = plan(users(['ken@contoso.com']), {snapshot: usersSnapshot([globalOn])});
		expect(commands(value, 'change').some(command => command.includes('CsImConfiguration'))).toBe(false);
	});

	it('Online has no server switch and reads users with Get-CsOnlineUser, never Get-CsUser', () => {
		const online: Target = {kind: 'online', signIn: {kind: 'integrated'}};
		for (const scope of [{kind: 'global'} as const, users(['ken@contoso.com'])]) {
			for (const state of ['on', 'off'] as const) {
				const text = commands(plan(scope, {target: online, state})).join('\n');
				expect(text).not.toContain('Get-CsUser');
				expect(text).not.toContain('CsImConfiguration');
				expect(text).not.toContain('Get-CsPool');
			}
		}

		expect(commands(plan(users(['ken@contoso.com']), {target: online, state: 'on'}), 'read')).toContain(`Get-CsOnlineUser -Identity 'ken@contoso.com'${selectUser}`);
	});
});
