/**
 * The differential test (issue 9): every text the product emits for every target x scope x state
 * (connection, reads, changes, verification, rollback), plus the probes, is sent in frames to the
 * simulator and to real PowerShell with the stand-in, each against a fresh copy of the same
 * tenant; the replies and the tenants afterwards must be the same. Facts about the environment
 * (engine version, edition, host, OS, execution policies) are left out: they are the engine's.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices, Scope, Target} from '../../source/plan/choices.js';
import {importModuleCommand, importOnlineConnectorCommand, importSessionCommand, newOnlineSessionCommand, newPoolSessionCommand} from '../../source/plan/commands.js';
import {quotePowerShellLiteral} from '../../source/plan/quote.js';
import {readSteps} from '../../source/plan/reads.js';
import {rollbackOf} from '../../source/plan/rollback.js';
import {type CommandResult, credentialCommand} from '../../source/powershell/frame.js';
import {environmentProbes, poolAddressProbe} from '../../source/powershell/probes.js';
import {rehearsalCredentials} from '../../source/simulator/sample-tenant.js';
import type {Tenant} from '../../source/simulator/tenant.js';
import {allBackends, startBackend} from '../support/backends.js';
import {encryptPassword, readTenant, writeTenant} from '../support/simulator.js';

const targets: Array<[string, Target]> = [
	['local module', {kind: 'server', signIn: {kind: 'integrated'}}],
	['pool, Windows sign-in', {kind: 'server', pool: 'pool01.contoso.com', signIn: {kind: 'integrated'}}],
	['pool, typed password', {kind: 'server', pool: 'pool01.contoso.com', signIn: {kind: 'credential', userName: rehearsalCredentials.userName}}],
	['Online', {kind: 'online', signIn: {kind: 'integrated'}}],
	['Online, typed password, admin domain', {kind: 'online', adminDomain: 'contoso.onmicrosoft.com', signIn: {kind: 'credential', userName: rehearsalCredentials.userName}}],
];
const scopes: Array<[string, Scope]> = [
	['global', {kind: 'global'}],
	['site', {kind: 'site', site: 'Redmond'}],
	['users (new policy)', {kind: 'users', policy: 'OfflineIM', policyMode: 'auto', users: ['tony@contoso.com', "Kevin O'Brien", 'nobody@contoso.com']}],
	['users (existing policy)', {kind: 'users', policy: 'SalesPolicy', policyMode: 'auto', users: ['sip:pilar@contoso.com', 'CONTOSO\\anatrujillo']}],
];
const states = ['on', 'off'] as const;

/** What a run sends: the probes, the connection, the reads, the plan's steps, then its rollback. */
function corpus(target: Target, scope: Scope, state: 'on' | 'off'): Array<{label: string; command: string; credential?: boolean}> {
	const choices: Choices = {target, state, scope};
	const plan = buildPlan(choices, undefined, new Date('2026-12-01T00:00:00Z'));
	const texts: Array<{label: string; command: string; credential?: boolean}> = [
		...Object.entries(environmentProbes)
			.filter(([name]) => ['os64', 'process64', 'modules', 'onlineConnectorInstalled'].includes(name))
			.map(([name, command]) => ({label: `probe ${name}`, command})),
	];
	if (target.kind === 'server' && target.pool) texts.push({label: 'pool probe', command: poolAddressProbe(`'${target.pool}'`)});
	for (const step of plan.steps) texts.push({label: `${step.phase} ${step.kind}`, command: step.command, ...(step.kind === 'credential' ? {credential: true} : {})});
	for (const draft of readSteps(choices)) texts.push({label: `read ${draft.kind}`, command: draft.command});
	for (const entry of rollbackOf(plan)) for (const command of entry.commands) texts.push({label: 'rollback', command});
	return texts;
}

const powershell = allBackends().find(backend => backend.kind === 'powershell');
const [simulator] = allBackends();

describe.skipIf(!powershell || powershell.kind !== 'powershell' || !powershell.powershell)(`the simulator and ${powershell?.title ?? 'real PowerShell'} answer every text alike`, () => {
	for (const [targetName, target] of targets) {
		it(`${targetName}: every scope and state`, async () => {
			let compared = 0;
			for (const [scopeName, scope] of scopes) {
				if (target.kind === 'online' && scope.kind === 'site') continue;
				for (const state of states) {
					const texts = corpus(target, scope, state);
					const password = encryptPassword(rehearsalCredentials.password);
					const replies: Array<{results: unknown[]; tenant: unknown}> = [];
					for (const backend of [simulator!, powershell!]) {
						const tenantFile = writeTenant(tenant => {
							// The TypeScript simulator then speaks as PowerShell 7 does where texts differ by edition.
							tenant.powershell.edition = 'Core';
						});
						const process = await startBackend(backend, {tenantFile, env: password.env});
						const results: unknown[] = [];
						try {
							for (const text of texts) {
								const command = text.credential
									? credentialCommand({variable: 'credential', userNameLiteral: `'${rehearsalCredentials.userName}'`, cipherBase64: password.cipherBase64, padOffset: 0})
									: text.command;
								results.push({label: text.label, command: text.command, reply: (await process.request([command]))[0]});
							}
						} finally {
							await process.close();
						}

						const tenant = readTenant(tenantFile);
						replies.push({results, tenant: {policies: tenant.policies, users: tenant.users}});
					}

					const [onSimulator, onPowerShell] = replies;
					expect(onPowerShell, `${targetName}, ${scopeName}, ${state}: the simulator's replies, then real PowerShell's`).toEqual(onSimulator);
					compared += texts.length;
				}
			}

			console.log(`differential, ${targetName}: ${compared} texts, the same replies and tenants on both back ends`);
		}, 240_000);
	}
});

/*
 * The server switch, the pools, the users' registrar pools and the Online reader (issue 10): the
 * very texts the plan sends (design.md section 1), each behaviour on both back ends against
 * fresh copies of the same tenant. Replies and tenants must be the same; where a text is
 * PowerShell's own binder's (the stand-in's cmdlets are functions, so their error ids name the
 * function, not the .NET class), only the messages are compared.
 */
const selectIm = " | Select-Object @{Name='Identity'; Expression={[string]$_.Identity}}, EnableOfflineIm";
const selectUser =
	" | Select-Object SipAddress, DisplayName, @{Name='ClientPolicy'; Expression={[string]$_.ClientPolicy}}, @{Name='RegistrarPool'; Expression={[string]$_.RegistrarPool}}";
const readPools = "Get-CsPool | Select-Object Fqdn, @{Name='Site'; Expression={[string]$_.Site}}";
const connectModule = importModuleCommand('SkypeForBusiness');
const connectPool = [newPoolSessionCommand('pool01.contoso.com', false), importSessionCommand];
const connectOnline = [importOnlineConnectorCommand, newOnlineSessionCommand(false, undefined), importSessionCommand];
/** Ken, homed on pool02 (Dublin): the user of issue 10's "done when". */
const withKen = (tenant: Tenant): void => {
	tenant.users.push({
		sipAddress: 'sip:ken@contoso.com',
		userPrincipalName: 'ken@contoso.com',
		samAccountName: 'ken',
		displayName: 'Ken Sánchez',
		clientPolicy: null,
		registrarPool: 'pool02.contoso.com',
	});
};

type Compared = {ts: CommandResult[][]; ps: CommandResult[][]; tenant: Tenant; file: {ts: string; ps: string}};

/** Runs the requests on both back ends (a fresh tenant each); expects the same replies and tenants; returns the simulator's. */
async function sameOnBoth(overrides: ((tenant: Tenant) => void) | undefined, requests: string[][]): Promise<Compared> {
	const runs: Array<{replies: CommandResult[][]; tenantFile: string}> = [];
	for (const backend of [simulator!, powershell!]) {
		const tenantFile = writeTenant(tenant => {
			tenant.powershell.edition = 'Core';
			overrides?.(tenant);
		});
		const process = await startBackend(backend, {tenantFile});
		const replies: CommandResult[][] = [];
		try {
			for (const commands of requests) replies.push(await process.request(commands, false, 30_000));
		} finally {
			await process.close();
		}

		runs.push({replies, tenantFile});
	}

	const [ts, ps] = runs as [(typeof runs)[number], (typeof runs)[number]];
	expect(ps.replies, "real PowerShell's replies, then the simulator's").toEqual(ts.replies);
	const comparable = (file: string) => {
		const {stats: _stats, ...rest} = readTenant(file);
		return rest;
	};

	expect(comparable(ps.tenantFile), "the tenant after real PowerShell, then after the simulator").toEqual(comparable(ts.tenantFile));
	return {ts: ts.replies, ps: ps.replies, tenant: readTenant(ts.tenantFile), file: {ts: ts.tenantFile, ps: ps.tenantFile}};
}

/** A failure's message alone (the binder's error ids name the stand-in's function). */
function messageOf(result: CommandResult | undefined): unknown {
	return result?.ok === false ? {ok: false, error: result.error} : result;
}

const notRecognized = (name: string) =>
	`The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`;

describe.skipIf(!powershell || powershell.kind !== 'powershell' || !powershell.powershell)(
	`the server switch, pools and Online users: the simulator and ${powershell?.title ?? 'real PowerShell'} alike`,
	() => {
		it('reads the IM configurations: all, Global, a site by -Filter (none, then one), site:*', async () => {
			const {ts} = await sameOnBoth(undefined, [
				[connectModule],
				[`Get-CsImConfiguration${selectIm}`, `Get-CsImConfiguration -Identity Global${selectIm}`, `Get-CsImConfiguration -Filter 'site:Redmond'${selectIm}`],
				["New-CsImConfiguration -Identity 'site:Redmond' -EnableOfflineIm $true", `Get-CsImConfiguration -Filter 'site:Redmond'${selectIm}`, `Get-CsImConfiguration -Filter 'site:*'${selectIm}`],
				[`Get-CsImConfiguration -Identity 'SITE:redmond'${selectIm}`, `Get-CsImConfiguration 'global'${selectIm}`],
			]);
			expect(ts[1]).toEqual([
				{ok: true, output: [{Identity: 'Global', EnableOfflineIm: true}]},
				{ok: true, output: [{Identity: 'Global', EnableOfflineIm: true}]},
				{ok: true, output: []},
			]);
			expect(ts[2]).toEqual([{ok: true, output: []}, {ok: true, output: [{Identity: 'Site:Redmond', EnableOfflineIm: true}]}, {ok: true, output: [{Identity: 'Site:Redmond', EnableOfflineIm: true}]}]);
			expect(ts[3]).toEqual([{ok: true, output: [{Identity: 'Site:Redmond', EnableOfflineIm: true}]}, {ok: true, output: [{Identity: 'Global', EnableOfflineIm: true}]}]);
		}, 120_000);

		it('changes the IM configurations: Set Global, New/Set/Remove a site, Remove Global resets it; the file is written', async () => {
			const {ts, tenant} = await sameOnBoth(undefined, [
				[connectModule],
				[
					'Set-CsImConfiguration -Identity Global -EnableOfflineIm $false',
					"New-CsImConfiguration -Identity 'site:Redmond' -EnableOfflineIm $true",
					"Set-CsImConfiguration -Identity 'site:Redmond' -EnableOfflineIm $false",
					"New-CsImConfiguration -Identity 'site:Dublin'",
					`Get-CsImConfiguration${selectIm}`,
				],
				["Remove-CsImConfiguration -Identity 'site:Redmond'", 'Remove-CsImConfiguration -Identity Global', 'Set-CsImConfiguration -Identity Global -EnableOfflineIm $true', `Get-CsImConfiguration${selectIm}`],
				// -WhatIf changes nothing; a pipeline of objects sets each one; -InMemory creates nothing.
				[
					"Set-CsImConfiguration -Identity 'site:Dublin' -EnableOfflineIm $false -WhatIf",
					'Get-CsImConfiguration | Set-CsImConfiguration -EnableOfflineIm $false',
					`New-CsImConfiguration -Identity 'site:Redmond' -EnableOfflineIm $false -InMemory${selectIm}`,
					`Get-CsImConfiguration${selectIm}`,
				],
			]);
			expect(ts[1]!.slice(0, 4).every(result => result.ok)).toBe(true);
			expect(ts[1]![4]).toEqual({
				ok: true,
				output: [
					{Identity: 'Global', EnableOfflineIm: false},
					{Identity: 'Site:Redmond', EnableOfflineIm: false},
					{Identity: 'Site:Dublin', EnableOfflineIm: true},
				],
			});
			expect(ts[2]![3]).toEqual({
				ok: true,
				output: [
					{Identity: 'Global', EnableOfflineIm: true},
					{Identity: 'Site:Dublin', EnableOfflineIm: true},
				],
			});
			expect(ts[3]![2]).toEqual({ok: true, output: [{Identity: 'Site:Redmond', EnableOfflineIm: false}]});
			expect(ts[3]![3]).toEqual({
				ok: true,
				output: [
					{Identity: 'Global', EnableOfflineIm: false},
					{Identity: 'Site:Dublin', EnableOfflineIm: false},
				],
			});
			expect(tenant.imConfigurations).toEqual([
				{identity: 'Global', enableOfflineIm: false},
				{identity: 'Site:Dublin', enableOfflineIm: false},
			]);
		}, 120_000);

		it("a site's IM configuration set where it exists, else created (a plan made offline), and that change undone", async () => {
			const setOrNew = (value: string) =>
				`if (Get-CsImConfiguration -Filter 'site:Redmond') { Set-CsImConfiguration -Identity 'site:Redmond' -EnableOfflineIm ${value} } else { New-CsImConfiguration -Identity 'site:Redmond' -EnableOfflineIm ${value} }`;
			const undo =
				"if ($imConfigurationCreatedByPlan) { Remove-CsImConfiguration -Identity 'site:Redmond' } else { Set-CsImConfiguration -Identity 'site:Redmond' -EnableOfflineIm $previousOfflineIm }";
			const {ts, tenant} = await sameOnBoth(undefined, [
				[connectModule],
				[setOrNew('$false'), `Get-CsImConfiguration -Filter 'site:*'${selectIm}`, setOrNew('$true'), `Get-CsImConfiguration -Filter 'site:*'${selectIm}`],
				['$imConfigurationCreatedByPlan = $false; $previousOfflineIm = $false', undo, `Get-CsImConfiguration -Filter 'site:*'${selectIm}`],
				['$imConfigurationCreatedByPlan = $true', undo, `Get-CsImConfiguration -Filter 'site:*'${selectIm}`],
			]);
			expect(ts[1]).toEqual([
				{ok: true, output: []},
				{ok: true, output: [{Identity: 'Site:Redmond', EnableOfflineIm: false}]},
				{ok: true, output: []},
				{ok: true, output: [{Identity: 'Site:Redmond', EnableOfflineIm: true}]},
			]);
			expect(ts[2]![2]).toEqual({ok: true, output: [{Identity: 'Site:Redmond', EnableOfflineIm: false}]});
			expect(ts[3]![2]).toEqual({ok: true, output: []});
			expect(tenant.imConfigurations).toEqual([{identity: 'Global', enableOfflineIm: true}]);
		}, 120_000);

		it('IM configuration failures: the same messages and error ids', async () => {
			const {ts, ps} = await sameOnBoth(undefined, [
				[connectModule],
				[
					`Get-CsImConfiguration -Identity 'site:Paris'${selectIm}`,
					`Get-CsImConfiguration -Identity 'tag:OfflineIM'${selectIm}`,
					`Get-CsImConfiguration -Identity 'Redmond'${selectIm}`,
					"Set-CsImConfiguration -Identity 'site:Redmond' -EnableOfflineIm $false",
					"New-CsImConfiguration -Identity Global -EnableOfflineIm $true",
					"New-CsImConfiguration -Identity 'site:Paris' -EnableOfflineIm $true",
					"New-CsImConfiguration -Identity 'tag:OfflineIM'",
					"Remove-CsImConfiguration -Identity 'site:Redmond'",
				],
				["New-CsImConfiguration -Identity 'site:Redmond' -EnableOfflineIm $true", "New-CsImConfiguration -Identity 'site:redmond' -EnableOfflineIm $false"],
			]);
			const xds = 'Microsoft.Rtc.Management.Internal';
			const invalid = (text: string) => ({
				ok: false,
				error: `Cannot bind parameter 'Identity'. Cannot convert value "${text}" to type "Microsoft.Rtc.Management.Xds.XdsIdentity". Error: "Invalid identity: "${text}"."`,
				errorId: `CannotConvertArgumentNoMessage,${xds}.GetImConfigurationCmdlet`,
			});
			expect(ts[1]).toEqual([
				{ok: false, error: 'Cannot get "ImConfiguration" "Site:Paris" because it does not exist.', errorId: `ItemNotFound,${xds}.GetImConfigurationCmdlet`},
				invalid('tag:OfflineIM'),
				invalid('Redmond'),
				{ok: false, error: 'Cannot find "ImConfiguration" "Site:Redmond" because it does not exist.', errorId: `ItemNotFound,${xds}.SetImConfigurationCmdlet`},
				{ok: false, error: 'Cannot create "ImConfiguration" "Global" because it already exists.', errorId: `ItemAlreadyExists,${xds}.NewImConfigurationCmdlet`},
				{ok: false, error: 'Cannot create "ImConfiguration" "Site:Paris" because the site "Paris" does not exist.', errorId: `SiteNotFound,${xds}.NewImConfigurationCmdlet`},
				{...invalid('tag:OfflineIM'), errorId: `CannotConvertArgumentNoMessage,${xds}.NewImConfigurationCmdlet`},
				{ok: false, error: 'Cannot find "ImConfiguration" "Site:Redmond" because it does not exist.', errorId: `ItemNotFound,${xds}.RemoveImConfigurationCmdlet`},
			]);
			expect(ps[2]![1]).toEqual({ok: false, error: 'Cannot create "ImConfiguration" "Site:Redmond" because it already exists.', errorId: `ItemAlreadyExists,${xds}.NewImConfigurationCmdlet`});
		}, 120_000);

		it("binding failures are PowerShell's own: -Identity with -Filter, $null or a string for a Boolean", async () => {
			const requests = [
				[connectModule],
				[
					"Get-CsImConfiguration -Identity Global -Filter 'site:*'",
					'Set-CsImConfiguration -Identity Global -EnableOfflineIm $null',
					"Set-CsImConfiguration -Identity Global -EnableOfflineIm 'no'",
					"Get-CsPool -Identity 'pool01.contoso.com' -Filter '*'",
					'Remove-CsImConfiguration',
				],
			];
			const replies: CommandResult[][][] = [];
			for (const backend of [simulator!, powershell!]) {
				const process = await startBackend(backend, {tenantFile: writeTenant(tenant => (tenant.powershell.edition = 'Core'))});
				try {
					const results: CommandResult[][] = [];
					for (const commands of requests) results.push(await process.request(commands, false, 30_000));
					replies.push(results);
				} finally {
					await process.close();
				}
			}

			const [ts, ps] = replies.map(results => results[1]!.map(messageOf));
			expect(ps).toEqual(ts);
			expect(ts![0]).toEqual({
				ok: false,
				error: 'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
			});
			expect(ts![1]).toEqual({
				ok: false,
				error: 'Cannot process argument transformation on parameter \'EnableOfflineIm\'. Cannot convert value "" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
			});
			expect(ts![2]).toMatchObject({ok: false, error: expect.stringContaining('Cannot convert value "System.String" to type "System.Boolean"')});
			expect(ts![4]).toMatchObject({ok: false});
		}, 120_000);

		it('a tenant file without imConfigurations, pool sites or registrar pools gets the same defaults, and arrays stay arrays', async () => {
			const bare = (tenant: Tenant): void => {
				const record = tenant as unknown as Record<string, unknown>;
				delete record['imConfigurations'];
				tenant.pools = tenant.pools.map(({site: _site, ...pool}) => pool);
				tenant.users = tenant.users.map(({registrarPool: _pool, ...user}) => user);
			};

			const {ts, file} = await sameOnBoth(bare, [
				[connectModule],
				[`Get-CsImConfiguration${selectIm}`, readPools, `Get-CsUser -Identity 'Aidan Delaney'${selectUser}`],
				['Set-CsImConfiguration -Identity Global -EnableOfflineIm $false'],
			]);
			expect(ts[1]).toEqual([
				{ok: true, output: [{Identity: 'Global', EnableOfflineIm: true}]},
				{
					ok: true,
					output: [
						{Fqdn: 'pool01.contoso.com', Site: 'Site:Redmond'},
						{Fqdn: 'pool02.contoso.com', Site: 'Site:Redmond'},
					],
				},
				{ok: true, output: [{SipAddress: 'sip:aidan@contoso.com', DisplayName: 'Aidan Delaney', ClientPolicy: '', RegistrarPool: 'pool01.contoso.com'}]},
			]);
			// Written by each back end: a one-element array is still an array in the file.
			for (const written of [file.ts, file.ps]) {
				expect(JSON.parse(readFileSync(written, 'utf8')).imConfigurations).toEqual([{identity: 'Global', enableOfflineIm: false}]);
			}
		}, 120_000);

		it('Get-CsPool: every pool with its site, by identity, by site, by filter; an unknown pool', async () => {
			const {ts} = await sameOnBoth(undefined, [
				[connectModule],
				[
					readPools,
					"Get-CsPool -Identity 'POOL02.contoso.com' | Select-Object Identity, Fqdn, @{Name='Site'; Expression={[string]$_.Site}}, Services, Computers",
					"Get-CsPool -Site 'Dublin' | ForEach-Object { $_.Fqdn }",
					"Get-CsPool -Site 'site:Dublin' | ForEach-Object { $_.Fqdn }",
					"Get-CsPool -Filter '*01*' | ForEach-Object { $_.Fqdn }",
					"Get-CsPool -Identity 'pool99.contoso.com' | ForEach-Object { $_.Fqdn }",
					"@(Get-CsPool -Identity 'pool99.contoso.com' -ErrorAction SilentlyContinue).Count",
				],
			]);
			expect(ts[1]).toEqual([
				{
					ok: true,
					output: [
						{Fqdn: 'pool01.contoso.com', Site: 'Site:Redmond'},
						{Fqdn: 'pool02.contoso.com', Site: 'Site:Dublin'},
					],
				},
				{
					ok: true,
					output: [
						{
							Identity: 'pool02.contoso.com',
							Fqdn: 'pool02.contoso.com',
							Site: 'Site:Dublin',
							Services: ['Registrar:pool02.contoso.com', 'UserServer:pool02.contoso.com', 'WebServer:pool02.contoso.com'],
							Computers: ['pool02.contoso.com'],
						},
					],
				},
				{ok: true, output: ['pool02.contoso.com']},
				{ok: true, output: []},
				{ok: true, output: ['pool01.contoso.com']},
				{ok: false, error: 'Cannot get "Pool" "pool99.contoso.com" because it does not exist.', errorId: 'ItemNotFound,Microsoft.Rtc.Management.Deploy.Cmdlets.GetPoolCmdlet'},
				{ok: true, output: [0]},
			]);
		}, 120_000);

		it("Get-CsUser gives each user's own registrar pool, on the module and through a pool's session", async () => {
			const reads = [
				`Get-CsUser -Identity 'ken@contoso.com'${selectUser}`,
				`Get-CsUser -Identity 'Tony Smith'${selectUser}`,
				`Get-CsUser -Filter {ClientPolicy -ne $null}${selectUser}`,
				`Get-CsImConfiguration -Identity Global${selectIm}`,
				readPools,
			];
			const {ts} = await sameOnBoth(withKen, [[connectModule], reads, [...connectPool], reads]);
			const expected = [
				{ok: true, output: [{SipAddress: 'sip:ken@contoso.com', DisplayName: 'Ken Sánchez', ClientPolicy: '', RegistrarPool: 'pool02.contoso.com'}]},
				{ok: true, output: [{SipAddress: 'sip:tony@contoso.com', DisplayName: 'Tony Smith', ClientPolicy: '', RegistrarPool: 'pool01.contoso.com'}]},
				{
					ok: true,
					output: [
						{SipAddress: 'sip:kenmyer@contoso.com', DisplayName: 'Ken Myer', ClientPolicy: 'SalesPolicy', RegistrarPool: 'pool01.contoso.com'},
						{SipAddress: 'sip:kobrien@contoso.com', DisplayName: "Kevin O'Brien", ClientPolicy: 'NoSavedIM', RegistrarPool: 'pool01.contoso.com'},
						{SipAddress: 'sip:zmuller@contoso.com', DisplayName: 'Zoë Müller', ClientPolicy: 'SalesPolicy', RegistrarPool: 'pool02.contoso.com'},
					],
				},
				{ok: true, output: [{Identity: 'Global', EnableOfflineIm: true}]},
				{ok: true, output: [{Fqdn: 'pool01.contoso.com', Site: 'Site:Redmond'}, {Fqdn: 'pool02.contoso.com', Site: 'Site:Dublin'}]},
			];
			expect(ts[1]).toEqual(expected);
			expect(ts[3]).toEqual(expected);
		}, 120_000);

		it('the Lync module has Get-CsPool and Get-CsUser but no IM configuration cmdlets', async () => {
			const {ts} = await sameOnBoth(tenant => (tenant.modules = [{name: 'Lync', version: '5.0.0.0'}]), [
				[importModuleCommand('Lync')],
				[`Get-CsImConfiguration${selectIm}`, 'Set-CsImConfiguration -Identity Global -EnableOfflineIm $true', readPools, `Get-CsUser -Identity 'Aidan Delaney'${selectUser}`],
			]);
			expect(ts[1]![0]).toEqual({ok: false, error: notRecognized('Get-CsImConfiguration'), errorId: 'CommandNotFoundException'});
			expect(ts[1]![1]).toEqual({ok: false, error: notRecognized('Set-CsImConfiguration'), errorId: 'CommandNotFoundException'});
			expect(ts[1]![2]).toMatchObject({ok: true, output: [{Fqdn: 'pool01.contoso.com'}, {Fqdn: 'pool02.contoso.com'}]});
			expect(ts[1]![3]).toMatchObject({ok: true, output: [{RegistrarPool: 'pool02.contoso.com'}]});
		}, 120_000);

		it('an Online session reads users with Get-CsOnlineUser; Get-CsUser, pools and IM configurations do not exist there', async () => {
			const {ts} = await sameOnBoth(withKen, [
				connectOnline,
				[
					`Get-CsOnlineUser -Identity 'ken@contoso.com'${selectUser}`,
					`Get-CsOnlineUser -Filter {ClientPolicy -ne $null}${selectUser}`,
					`Get-CsOnlineUser -Identity 'nobody@contoso.com' -SkipUserPolicies${selectUser}`,
					`Get-CsUser -Identity 'ken@contoso.com'${selectUser}`,
					`Get-CsImConfiguration${selectIm}`,
					readPools,
					"Grant-CsClientPolicy -Identity 'ken@contoso.com' -PolicyName 'SalesPolicy'",
					`Get-CsOnlineUser -Identity 'ken@contoso.com'${selectUser}`,
				],
			]);
			expect(ts[0]!.every(result => result.ok)).toBe(true);
			expect(ts[1]).toEqual([
				{ok: true, output: [{SipAddress: 'sip:ken@contoso.com', DisplayName: 'Ken Sánchez', ClientPolicy: '', RegistrarPool: 'pool02.contoso.com'}]},
				{
					ok: true,
					output: [
						{SipAddress: 'sip:kenmyer@contoso.com', DisplayName: 'Ken Myer', ClientPolicy: 'SalesPolicy', RegistrarPool: 'pool01.contoso.com'},
						{SipAddress: 'sip:kobrien@contoso.com', DisplayName: "Kevin O'Brien", ClientPolicy: 'NoSavedIM', RegistrarPool: 'pool01.contoso.com'},
						{SipAddress: 'sip:zmuller@contoso.com', DisplayName: 'Zoë Müller', ClientPolicy: 'SalesPolicy', RegistrarPool: 'pool02.contoso.com'},
					],
				},
				{ok: false, error: 'Management object not found for identity "nobody@contoso.com".', errorId: 'Identity,Microsoft.Rtc.Management.Hosted.Online.GetCsOnlineUserCmdlet'},
				{ok: false, error: notRecognized('Get-CsUser'), errorId: 'CommandNotFoundException'},
				{ok: false, error: notRecognized('Get-CsImConfiguration'), errorId: 'CommandNotFoundException'},
				{ok: false, error: notRecognized('Get-CsPool'), errorId: 'CommandNotFoundException'},
				{ok: true, output: []},
				{ok: true, output: [{SipAddress: 'sip:ken@contoso.com', DisplayName: 'Ken Sánchez', ClientPolicy: 'SalesPolicy', RegistrarPool: 'pool02.contoso.com'}]},
			]);
		}, 120_000);

		it("Get-CsAdminRoleAssignment: every account a CsAdministrator by default; the tenant's roles; an unknown account", async () => {
			const roles = (identity: string) => `Get-CsAdminRoleAssignment -Identity ${quotePowerShellLiteral(identity)} | ForEach-Object { [string]$_.Identity + '|' + [string]$_ }`;
			const byDefault = await sameOnBoth(undefined, [[connectModule], [roles('CONTOSO\\admin'), roles('anyone')]]);
			expect(byDefault.ts[1]).toEqual([{ok: true, output: ['CsAdministrator|CsAdministrator']}, {ok: true, output: ['CsAdministrator|CsAdministrator']}]);

			const listed = await sameOnBoth(
				tenant => {
					tenant.adminRoles = [
						{account: 'CONTOSO\\helpdesk', roles: ['CsUserAdministrator', 'CsViewOnlyAdministrator']},
						{account: 'admin@contoso.com', roles: ['CsAdministrator']},
						{account: 'CONTOSO\\intern', roles: []},
					];
				},
				[[connectModule], [roles('CONTOSO\\helpdesk'), roles('helpdesk'), roles('ADMIN@contoso.com'), roles('CONTOSO\\intern'), roles('CONTOSO\\nobody')]],
			);
			expect(listed.ts[1]).toEqual([
				{ok: true, output: ['CsUserAdministrator|CsUserAdministrator', 'CsViewOnlyAdministrator|CsViewOnlyAdministrator']},
				{ok: true, output: ['CsUserAdministrator|CsUserAdministrator', 'CsViewOnlyAdministrator|CsViewOnlyAdministrator']},
				{ok: true, output: ['CsAdministrator|CsAdministrator']},
				{ok: true, output: []},
				{ok: false, error: 'Management object not found for identity "CONTOSO\\nobody".', errorId: 'Identity,Microsoft.Rtc.Management.Authorization.GetAdminRoleAssignmentCmdlet'},
			]);
			expect(listed.tenant.adminRoles?.[2]).toEqual({account: 'CONTOSO\\intern', roles: []});
		}, 120_000);
	},
);
