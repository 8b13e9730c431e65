/**
 * The PowerShell stand-in (source/simulator/stand-in/offline-im-stand-in.ps1) on a real
 * PowerShell, against its twin, the TypeScript simulator: the product's own command texts (from
 * source/plan/commands.ts, source/powershell/probes.ts and frame.ts) must give the same replies
 * and change the tenant file the same way on both. Differences that are PowerShell's own (a real
 * parameter binder, real proxies) are asserted as such, on the stand-in only.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {
	grantCommand,
	importModuleCommand,
	importOnlineConnectorCommand,
	importSessionCommand,
	newOnlineSessionCommand,
	newPolicyCommand,
	newPolicyIfMissingCommand,
	newPoolSessionCommand,
	readPerUserPoliciesCommand,
	readPolicyCommand,
	readPolicyHoldersCommand,
	readSitePoliciesCommand,
	readUserCommand,
	removePolicyCommand,
	setPolicyCommand,
} from '../../source/plan/commands.js';
import {quotePowerShellLiteral} from '../../source/plan/quote.js';
import {type CommandResult, credentialCommand} from '../../source/powershell/frame.js';
import {environmentProbes, poolAddressProbe} from '../../source/powershell/probes.js';
import {rehearsalCredentials} from '../../source/simulator/sample-tenant.js';
import {standInPath} from '../../source/simulator/stand-in.js';
import type {Tenant} from '../../source/simulator/tenant.js';
import {realPowerShell, realPowerShellMarker} from '../support/real-powershell.js';
import {
	type SimulatorProcess,
	type TenantOverrides,
	encryptPassword,
	ensureSimulatorBuilt,
	readTenant,
	startRealPowerShell,
	startSimulator,
	writeTenant,
} from '../support/simulator.js';

const real = realPowerShell();
const running: SimulatorProcess[] = [];

beforeAll(async () => {
	await ensureSimulatorBuilt();
}, 60_000);

afterEach(() => {
	for (const process of running.splice(0)) process.kill();
});

/** The TypeScript twin reports the engine the stand-in runs on (the NonInteractive texts name it). */
function asRealEngine(overrides?: TenantOverrides): (tenant: Tenant) => void {
	return tenant => {
		tenant.powershell.engineVersion = real?.version ?? '7.6.10';
		tenant.powershell.edition = 'Core';
		tenant.powershell.hostVersion = real?.version ?? '7.6.10';
		if (typeof overrides === 'function') overrides(tenant);
		else if (overrides) merge(tenant as unknown as Record<string, unknown>, overrides as Record<string, unknown>);
	};
}

function merge(target: Record<string, unknown>, source: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(source)) {
		const current = target[key];
		if (value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current)) {
			merge(current as Record<string, unknown>, value as Record<string, unknown>);
		} else {
			target[key] = value;
		}
	}
}

type Started = {process: SimulatorProcess; tenantFile: string};

async function standIn(overrides?: TenantOverrides, env: Record<string, string> = {}): Promise<Started> {
	if (!real) throw new Error('no real PowerShell');
	const tenantFile = writeTenant(overrides);
	const process = startRealPowerShell(real.file, {tenantFile, env});
	running.push(process);
	await process.handshake(30_000);
	const defined = await process.defineStandIn();
	expect(defined).toEqual({ok: true, output: []});
	return {process, tenantFile};
}

async function simulator(overrides?: TenantOverrides, env: Record<string, string> = {}): Promise<Started> {
	const tenantFile = writeTenant(overrides);
	const process = startSimulator({tenantFile, env});
	running.push(process);
	await process.handshake();
	return {process, tenantFile};
}

/** The tenant without what only one back end counts (requests are counted by the simulator alone). */
function comparable(tenantFile: string): unknown {
	const {stats, ...rest} = readTenant(tenantFile);
	return {...rest, processStarts: stats.processStarts};
}

/** Runs the same requests on both back ends; returns both replies and both tenant files. */
async function onBoth(overrides: TenantOverrides | undefined, requests: string[][], env: Record<string, string> = {}) {
	const ps = await standIn(asRealEngine(overrides), env);
	const ts = await simulator(asRealEngine(overrides), env);
	const replies: {ps: CommandResult[][]; ts: CommandResult[][]} = {ps: [], ts: []};
	for (const commands of requests) {
		replies.ps.push(await ps.process.request(commands, false, 30_000));
		replies.ts.push(await ts.process.request(commands));
	}

	return {replies, ps, ts};
}

const connect = importModuleCommand('SkypeForBusiness');
const tag = (name: string) => ({kind: 'tag', name}) as const;
const site = (name: string) => ({kind: 'site', site: name}) as const;
const global = {kind: 'global'} as const;

describe.skipIf(!real)(`the stand-in's definition ${realPowerShellMarker}`, () => {
	it('outputs nothing, counts one process start, and leaves a tenant file the schema still reads', async () => {
		const {process, tenantFile} = await standIn();
		expect(readTenant(tenantFile).stats.processStarts).toBe(1);
		// Nothing but the proxies and the Skype cmdlets' modules is visible to the product's texts.
		const [commands] = await process.request(["Get-Command -CommandType Function | Where-Object { $_.Name -notlike '__*' -and $_.Source -eq '' } | ForEach-Object { $_.Name } | Sort-Object"]);
		expect(commands).toMatchObject({ok: true});
		expect((commands as {output: string[]}).output).toEqual(expect.arrayContaining(['Import-Module', 'Get-Module', 'Test-Path', 'New-PSSession', 'Import-PSSession']));
		expect(await process.run('[bool](Get-Command Get-CsClientPolicy -ErrorAction SilentlyContinue)')).toEqual({ok: true, output: [false]});
	});

	it('fails with a clear message when the tenant variable is empty or the file is unreadable', async () => {
		const empty = startRealPowerShell(real!.file, {tenantFile: ''});
		running.push(empty);
		await empty.handshake(30_000);
		expect(await empty.defineStandIn()).toMatchObject({ok: false, error: expect.stringContaining('set OFFLINE_IM_SIMULATOR_TENANT')});

		const missing = path.join(path.dirname(writeTenant()), 'no-such-tenant.json');
		const unreadable = startRealPowerShell(real!.file, {tenantFile: missing});
		running.push(unreadable);
		await unreadable.handshake(30_000);
		expect(await unreadable.defineStandIn()).toMatchObject({ok: false, error: expect.stringContaining(`cannot read the tenant file ${missing}`)});
	});

	it('ships beside the bundle (the build copies it)', () => {
		expect(existsSync(standInPath())).toBe(true);
		expect(readFileSync(standInPath(), 'utf8')).toContain('__oimSimCore');
	});
});

describe.skipIf(!real)(`the stand-in and the simulator, same texts, same replies ${realPowerShellMarker}`, () => {
	it('reads: Global, site and per-user policies, policy holders, users in every identity form', async () => {
		const {replies} = await onBoth(undefined, [
			[connect],
			[
				readPolicyCommand(global),
				readPolicyCommand(site('Redmond')),
				readPolicyCommand(site('redmond')),
				readPolicyCommand(tag('SalesPolicy')),
				readPolicyCommand(tag('NoSuchPolicy')),
				readPerUserPoliciesCommand,
				readSitePoliciesCommand,
				readPolicyHoldersCommand,
				readUserCommand('Tony Smith'),
				readUserCommand('sip:kenmyer@contoso.com'),
				readUserCommand('kenmyer@contoso.com'),
				readUserCommand('CONTOSO\\kobrien'),
				readUserCommand('ZMULLER@contoso.com'),
				readUserCommand("Kevin O'Brien"),
				readUserCommand('CN=Pilar Ackerman,CN=Users,DC=contoso,DC=com'),
				readUserCommand('Nobody Here'),
			],
		]);
		expect(replies.ps).toEqual(replies.ts);
		expect(replies.ps[1]![0]).toEqual({ok: true, output: [{Identity: 'Global', EnableIMAutoArchiving: null}]});
		expect(replies.ps[1]![7]).toEqual({
			ok: true,
			output: [
				{SipAddress: 'sip:kenmyer@contoso.com', DisplayName: 'Ken Myer', ClientPolicy: 'SalesPolicy', RegistrarPool: 'pool01.contoso.com'},
				{SipAddress: 'sip:kobrien@contoso.com', DisplayName: "Kevin O'Brien", ClientPolicy: 'NoSavedIM', RegistrarPool: 'pool01.contoso.com'},
				{SipAddress: 'sip:zmuller@contoso.com', DisplayName: 'Zoë Müller', ClientPolicy: 'SalesPolicy', RegistrarPool: 'pool02.contoso.com'},
			],
		});
		expect(replies.ps[1]![15]).toEqual({
			ok: false,
			error: 'Management object not found for identity "Nobody Here".',
			errorId: 'Identity,Microsoft.Rtc.Management.AD.Cmdlets.GetOcsUserCmdlet',
		});
	});

	it('changes: create, set, grant and ungrant, remove; the tenant files end up the same', async () => {
		const {replies, ps, ts} = await onBoth(undefined, [
			[connect],
			[
				newPolicyCommand('OfflineIM'),
				newPolicyIfMissingCommand('OfflineIM'),
				newPolicyIfMissingCommand('Second'),
				setPolicyCommand(tag('OfflineIM'), false),
				setPolicyCommand(global, false),
				setPolicyCommand(site('Redmond'), true),
				setPolicyCommand(tag('SalesPolicy'), null),
				grantCommand('Tony Smith', 'OfflineIM'),
				grantCommand('sip:pilar@contoso.com', 'OfflineIM'),
				grantCommand('aidan@contoso.com', 'OfflineIM'),
				grantCommand('CONTOSO\\anatrujillo', 'OfflineIM'),
				grantCommand('Ken Myer', null),
				grantCommand('Pilar Ackerman', null),
				removePolicyCommand('Second'),
				'Remove-CsClientPolicy -Identity Global',
				`Remove-CsUser -Identity ${quotePowerShellLiteral('Björn Rettig')}`,
			],
		]);
		expect(replies.ps).toEqual(replies.ts);
		expect(replies.ps[1]!.every(result => result.ok)).toBe(true);
		expect(comparable(ps.tenantFile)).toEqual(comparable(ts.tenantFile));
		const tenant = readTenant(ps.tenantFile);
		expect(tenant.policies).toEqual([
			{identity: 'Global', enableIMAutoArchiving: null},
			{identity: 'Site:Redmond', enableIMAutoArchiving: true},
			{identity: 'Tag:SalesPolicy', enableIMAutoArchiving: null},
			{identity: 'Tag:NoSavedIM', enableIMAutoArchiving: false},
			{identity: 'Tag:OfflineIM', enableIMAutoArchiving: false},
		]);
		expect(tenant.users.filter(user => user.clientPolicy === 'OfflineIM').map(user => user.displayName)).toEqual(['Tony Smith', 'Aidan Delaney', 'Ana Trujillo']);
		expect(tenant.users.some(user => user.displayName === 'Björn Rettig')).toBe(false);
	});

	it('failures: the same messages and error ids', async () => {
		const {replies, ps, ts} = await onBoth(undefined, [
			[connect],
			[
				newPolicyCommand('SalesPolicy'),
				newPolicyCommand('Global'),
				"New-CsClientPolicy -Identity 'site:Paris'",
				setPolicyCommand(tag('NoSuchPolicy'), false),
				setPolicyCommand(site('Paris'), false),
				grantCommand('Nobody Here', 'SalesPolicy'),
				grantCommand('Tony Smith', 'NoSuchPolicy'),
				grantCommand('Tony Smith', 'Global'),
				removePolicyCommand('NoSuchPolicy'),
				// In use, without -Force: the cmdlet asks, and -NonInteractive cannot answer.
				removePolicyCommand('SalesPolicy'),
				"Get-CsClientPolicy -Identity 'foo:bar'",
				'Get-CsUser -Filter {ClientPolicy -gt 3}',
			],
		]);
		expect(replies.ps).toEqual(replies.ts);
		const [exists, global, unknownSite, missing, , missingUser, notUserPolicy, , , inUse, invalid, filter] = replies.ps[1]!;
		expect(exists).toEqual({ok: false, error: 'Cannot create "ClientPolicy" "Tag:SalesPolicy" because it already exists.', errorId: 'ItemAlreadyExists,Microsoft.Rtc.Management.Internal.NewClientPolicyCmdlet'});
		expect(global).toMatchObject({ok: false, error: 'Cannot create "ClientPolicy" "Global" because it already exists.'});
		expect(unknownSite).toMatchObject({ok: false, errorId: 'SiteNotFound,Microsoft.Rtc.Management.Internal.NewClientPolicyCmdlet'});
		expect(missing).toEqual({ok: false, error: 'Cannot find "ClientPolicy" "Tag:NoSuchPolicy" because it does not exist.', errorId: 'ItemNotFound,Microsoft.Rtc.Management.Internal.SetClientPolicyCmdlet'});
		expect(missingUser).toMatchObject({ok: false, errorId: 'Identity,Microsoft.Rtc.Management.AD.Cmdlets.GrantClientPolicyCmdlet'});
		expect(notUserPolicy).toEqual({
			ok: false,
			error: 'Policy "NoSuchPolicy" is not a user policy. You can assign only a user policy to a specific user.',
			errorId: 'InvalidPolicy,Microsoft.Rtc.Management.AD.Cmdlets.GrantClientPolicyCmdlet',
		});
		expect(inUse).toEqual({
			ok: false,
			error: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
			errorId: 'HostException,Microsoft.Rtc.Management.Internal.RemoveClientPolicyCmdlet',
		});
		expect(invalid).toMatchObject({ok: false, errorId: 'CannotConvertArgumentNoMessage,Microsoft.Rtc.Management.Internal.GetClientPolicyCmdlet'});
		expect(filter).toMatchObject({ok: false, errorId: 'ParameterBindingFailed,Microsoft.Rtc.Management.AD.Cmdlets.GetOcsUserCmdlet'});
		expect(comparable(ps.tenantFile)).toEqual(comparable(ts.tenantFile));
		expect(readTenant(ps.tenantFile).policies.map(policy => policy.identity)).toEqual(['Global', 'Site:Redmond', 'Tag:SalesPolicy', 'Tag:NoSavedIM']);
	});

	it('the Skype cmdlets exist only after Import-Module (or Import-PSSession), as on a real machine', async () => {
		const {replies} = await onBoth(undefined, [[readPolicyCommand(global), importModuleCommand('Lync'), 'Import-Module NoSuchModule']]);
		const [read, lync, unknown] = replies.ps[0]!;
		expect(read).toMatchObject({ok: false, errorId: 'CommandNotFoundException', error: expect.stringContaining("The term 'Get-CsClientPolicy' is not recognized")});
		expect(replies.ts[0]![0]).toMatchObject({ok: false, errorId: 'CommandNotFoundException'});
		expect(lync).toEqual(replies.ts[0]![1]);
		expect(lync).toEqual({
			ok: false,
			error: "The specified module 'Lync' was not loaded because no valid module file was found in any module directory.",
			errorId: 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand',
		});
		expect(unknown).toEqual(replies.ts[0]![2]);
	});

	it('Lync when the tenant lists it', async () => {
		const {replies} = await onBoth({modules: [{name: 'Lync', version: '5.0.0.0'}]}, [[importModuleCommand('Lync'), readPolicyCommand(global)]]);
		expect(replies.ps).toEqual(replies.ts);
		expect(replies.ps[0]![1]).toEqual({ok: true, output: [{Identity: 'Global', EnableIMAutoArchiving: null}]});
	});

	it('a remote pool: integrated sign-in, a typed password, wrong ones, an unknown pool, connection errors', async () => {
		const password = 'S3cret-Üñí-pässwörd';
		const good = encryptPassword(password, 0);
		const bad = encryptPassword('not-the-password', 64);
		const env = {OFFLINE_IM_CREDENTIAL_PAD: good.pad};
		const user = quotePowerShellLiteral(rehearsalCredentials.userName);
		const credential = credentialCommand({variable: 'credential', userNameLiteral: user, cipherBase64: good.cipherBase64, padOffset: 0});
		const overrides = (tenant: Tenant) => {
			tenant.signIn.credentials = [{userName: rehearsalCredentials.userName, password}];
		};
		const {replies} = await onBoth(overrides, [
			[newPoolSessionCommand('pool01.contoso.com', false), importSessionCommand, readPolicyCommand(global)],
			[credential, '$credential.UserName', newPoolSessionCommand('pool01.contoso.com', true)],
			[newPoolSessionCommand('pool99.contoso.com', true)],
		], env);
		expect(replies.ps).toEqual(replies.ts);
		expect(replies.ps[0]).toEqual([
			{ok: true, output: []},
			{ok: true, output: []},
			{ok: true, output: [{Identity: 'Global', EnableIMAutoArchiving: null}]},
		]);
		expect(replies.ps[1]).toEqual([{ok: true, output: []}, {ok: true, output: [rehearsalCredentials.userName]}, {ok: true, output: []}]);
		expect(replies.ps[2]![0]).toMatchObject({ok: false, errorId: 'ComputerNotFound,PSSessionOpenFailed'});

		// A wrong password (the pad's second slice), integrated sign-in refused, the connection errors.
		const wrong = credentialCommand({variable: 'credential', userNameLiteral: user, cipherBase64: bad.cipherBase64, padOffset: 64});
		const refused = await onBoth(tenant => {
			overrides(tenant);
			tenant.signIn.integratedAllowed = false;
		}, [[wrong, newPoolSessionCommand('pool01.contoso.com', true), newPoolSessionCommand('pool01.contoso.com', false)]], {OFFLINE_IM_CREDENTIAL_PAD: bad.pad});
		expect(refused.replies.ps).toEqual(refused.replies.ts);
		const denied = {
			ok: false,
			error: 'Connecting to remote server pool01.contoso.com failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.',
			errorId: 'AccessDenied,PSSessionOpenFailed',
		};
		expect(refused.replies.ps[0]!.slice(1)).toEqual([denied, denied]);

		for (const connectionError of ['unreachable', 'access-denied'] as const) {
			const failed = await onBoth({signIn: {connectionError}}, [[newPoolSessionCommand('pool01.contoso.com', false)]]);
			expect(failed.replies.ps).toEqual(failed.replies.ts);
			expect(failed.replies.ps[0]![0]!.ok).toBe(false);
		}
	});

	it('the Online flow: the connector, New-CsOnlineSession, Import-PSSession; and its failures', async () => {
		const {replies} = await onBoth(undefined, [
			[importOnlineConnectorCommand, newOnlineSessionCommand(false, 'contoso.onmicrosoft.com'), importSessionCommand, readPolicyCommand(global), grantCommand('Tony Smith', 'SalesPolicy')],
		]);
		expect(replies.ps).toEqual(replies.ts);
		expect(replies.ps[0]!.every(result => result.ok)).toBe(true);

		for (const overrides of [{signIn: {integratedAllowed: false}}, {signIn: {connectionError: 'unreachable' as const}}, {signIn: {connectionError: 'access-denied' as const}}]) {
			const failed = await onBoth(overrides, [[importOnlineConnectorCommand, newOnlineSessionCommand(false, undefined)]]);
			expect(failed.replies.ps).toEqual(failed.replies.ts);
			expect(failed.replies.ps[0]![1]!.ok).toBe(false);
		}

		const missing = await onBoth({onlineConnectorInstalled: false}, [[importOnlineConnectorCommand, environmentProbes.onlineConnectorInstalled]]);
		expect(missing.replies.ps[0]![0]).toMatchObject({ok: false, errorId: 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand'});
		expect(missing.replies.ps[0]![1]).toEqual({ok: true, output: [false]});
		expect(missing.replies.ts[0]![1]).toEqual({ok: true, output: [false]});
	});

	it('the prerequisite probes: the tenant\'s modules, the connector, the pool\'s address', async () => {
		const {replies} = await onBoth(undefined, [
			[environmentProbes.modules, environmentProbes.onlineConnectorInstalled, poolAddressProbe(quotePowerShellLiteral('pool01.contoso.com')), poolAddressProbe(quotePowerShellLiteral('pool99.contoso.invalid'))],
		]);
		expect(replies.ps).toEqual(replies.ts);
		expect(replies.ps[0]).toEqual([
			{ok: true, output: ['SkypeForBusiness=7.0.0.0', 'SkypeOnlineConnector=7.0.0.0']},
			{ok: true, output: [true]},
			{ok: true, output: ['10.0.0.21']},
			{ok: false, error: 'Exception calling "GetHostAddresses" with "1" argument(s): "No such host is known"', errorId: 'SocketException'},
		]);
	});
});

describe.skipIf(!real)(`the stand-in on a real engine ${realPowerShellMarker}`, () => {
	it('lets real parameter binding judge the arguments', async () => {
		const {process} = await standIn();
		await process.run(connect);
		const [nullValue, notBoolean, nullPolicy, noPolicyName, scriptFilter, stringFilter] = await process.request([
			'Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $null',
			"Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving 'yes'",
			"Grant-CsClientPolicy -Identity 'Ken Myer' -PolicyName $null",
			"Grant-CsClientPolicy -Identity 'Ken Myer'",
			"Get-CsUser -Filter {DisplayName -like 'K*'} | ForEach-Object { $_.DisplayName }",
			"Get-CsUser -Filter 'ClientPolicy -eq ''NoSavedIM''' | ForEach-Object { $_.DisplayName }",
		]);
		expect(nullValue).toEqual({ok: true, output: []});
		expect(notBoolean).toMatchObject({ok: false, errorId: 'ParameterArgumentTransformationError,Set-CsClientPolicy'});
		expect(nullPolicy).toEqual({ok: true, output: []});
		// -NonInteractive: a missing mandatory parameter cannot be prompted for.
		expect(noPolicyName).toMatchObject({ok: false, errorId: 'MissingMandatoryParameter,Grant-CsClientPolicy'});
		expect(scriptFilter).toEqual({ok: true, output: ['Ken Myer', "Kevin O'Brien"]});
		expect(stringFilter).toEqual({ok: true, output: ["Kevin O'Brien"]});

		const [parameters] = await process.request([
			"(Get-Command Grant-CsClientPolicy).Parameters['PolicyName'].Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -or $_ -is [System.Management.Automation.AllowNullAttribute] } | ForEach-Object { $_.GetType().Name + ':' + $_.Mandatory + ':' + $_.Position }",
		]);
		expect(parameters).toEqual({ok: true, output: expect.arrayContaining(['ParameterAttribute:True:1', 'AllowNullAttribute::'])});
	});

	it('returns objects, not strings, for Identity and ClientPolicy: the product\'s [string] makes them text', async () => {
		const {process} = await standIn();
		await process.run(connect);
		const [policy, user] = await process.request([
			"Get-CsClientPolicy -Identity 'SalesPolicy' | ForEach-Object { $_.Identity.GetType().Name + '|' + [string]$_.Identity }",
			"Get-CsUser -Identity 'Ken Myer' | ForEach-Object { [string]$_.ClientPolicy + '|' + ($null -eq (Get-CsUser -Identity 'Tony Smith').ClientPolicy) }",
		]);
		expect(policy).toEqual({ok: true, output: ['PSCustomObject|Tag:SalesPolicy']});
		expect(user).toEqual({ok: true, output: ['SalesPolicy|True']});
	});

	it('forwards every other use of a proxied command to the real one', async () => {
		const {process} = await standIn();
		const [utility, unknown, testPath, listed, dns] = await process.request([
			'Import-Module Microsoft.PowerShell.Utility',
			'Import-Module NoSuchModule',
			`Test-Path -LiteralPath ${quotePowerShellLiteral(path.parse(globalThis.process.cwd()).root)}`,
			"Get-Module -ListAvailable -Name Microsoft.PowerShell.Management | ForEach-Object { $_.Name }",
			"[System.Net.Dns]::GetHostAddresses('127.0.0.1') | ForEach-Object { $_.IPAddressToString }",
		]);
		expect(utility).toEqual({ok: true, output: []});
		expect(unknown).toEqual({
			ok: false,
			error: "The specified module 'NoSuchModule' was not loaded because no valid module file was found in any module directory.",
			errorId: 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand',
		});
		expect(testPath).toEqual({ok: true, output: [true]});
		expect(listed).toEqual({ok: true, output: ['Microsoft.PowerShell.Management']});
		expect(dns).toEqual({ok: true, output: ['127.0.0.1']});
	});

	it('Import-PSSession refuses to shadow the module\'s cmdlets without -AllowClobber', async () => {
		const {process} = await standIn();
		const [, , imported] = await process.request([connect, newPoolSessionCommand('pool01.contoso.com', false), 'Import-PSSession $session']);
		expect(imported).toMatchObject({ok: false, errorId: 'ErrorNoCommandsImportedBecauseOfSkipping,Microsoft.PowerShell.Commands.ImportPSSessionCommand'});
		const [online] = await process.request([`${importOnlineConnectorCommand}; ${newOnlineSessionCommand(false, undefined)}; ${importSessionCommand}; Get-CsOnlineUser -Identity 'Tony Smith' | ForEach-Object { $_.SipAddress }`]);
		expect(online).toEqual({ok: true, output: ['sip:tony@contoso.com']});
	});

	it('the saved script\'s form: reads piped to Format-List, $ErrorActionPreference = \'Stop\'', async () => {
		const {process} = await standIn();
		const [, , listed] = await process.request(["$ErrorActionPreference = 'Stop'", connect, `${readPolicyCommand(tag('SalesPolicy'))} | Format-List | Out-String`]);
		expect(listed).toMatchObject({ok: true, output: [expect.stringMatching(/Identity\s+: Tag:SalesPolicy[\s\S]*EnableIMAutoArchiving\s+: True/)]});
	});
});

describe.skipIf(!real)(`faults, on both back ends ${realPowerShellMarker}`, () => {
	const backends = [
		{name: 'the stand-in', start: (overrides?: TenantOverrides) => standIn(overrides)},
		{name: 'the simulator', start: (overrides?: TenantOverrides) => simulator(overrides)},
	];

	for (const backend of backends) {
		it(`exitOnGrant: the process exits with the code at that user's grant, nothing changed (${backend.name})`, async () => {
			const {process, tenantFile} = await backend.start({faults: {exitOnGrant: {user: 'sip:tony@contoso.com', exitCode: 7}}});
			await process.request([connect, grantCommand('Ken Myer', 'NoSavedIM')], false, 30_000);
			const nonce = process.sendRequest([grantCommand('Pilar Ackerman', 'NoSavedIM'), grantCommand('Tony Smith', 'NoSavedIM'), grantCommand('Aidan Delaney', 'NoSavedIM')]);
			expect(await process.exited).toMatchObject({exitCode: 7});
			await expect(process.reply(nonce, 200)).rejects.toThrow();
			const users = readTenant(tenantFile).users;
			expect(users.find(user => user.displayName === 'Ken Myer')?.clientPolicy).toBe('NoSavedIM');
			expect(users.find(user => user.displayName === 'Pilar Ackerman')?.clientPolicy).toBe('NoSavedIM');
			expect(users.find(user => user.displayName === 'Tony Smith')?.clientPolicy).toBeNull();
			expect(users.find(user => user.displayName === 'Aidan Delaney')?.clientPolicy).toBeNull();
		});

		it(`hangOnGrant: that grant never returns, the process stays alive (${backend.name})`, async () => {
			const {process} = await backend.start({faults: {hangOnGrant: 'Tony Smith'}});
			await process.request([connect], false, 30_000);
			const nonce = process.sendRequest([grantCommand('Ken Myer', 'NoSavedIM'), grantCommand('tony@contoso.com', 'NoSavedIM')]);
			// The first grant's tick arrives; the reply never does.
			await process.waitForLine(line => line.includes(`${nonce} tick`), 30_000);
			await expect(process.reply(nonce, 1500)).rejects.toThrow(/timed out/);
			expect(process.child.exitCode).toBeNull();
		});

		it(`failingGrants and commandDelayMs (${backend.name})`, async () => {
			const {process, tenantFile} = await backend.start({
				faults: {commandDelayMs: 300, failingGrants: [{user: 'CONTOSO\\pilar', message: 'Active Directory operation failed on "dc01.contoso.com".'}]},
			});
			const started = Date.now();
			const [, tony, pilar] = await process.request([connect, grantCommand('Tony Smith', 'NoSavedIM'), grantCommand('pilar@contoso.com', 'NoSavedIM')], false, 30_000);
			expect(Date.now() - started).toBeGreaterThanOrEqual(590);
			expect(tony).toEqual({ok: true, output: []});
			expect(pilar).toEqual({ok: false, error: 'Active Directory operation failed on "dc01.contoso.com".', errorId: 'GrantFailed,Microsoft.Rtc.Management.AD.Cmdlets.GrantClientPolicyCmdlet'});
			expect(readTenant(tenantFile).users.find(user => user.displayName === 'Pilar Ackerman')?.clientPolicy).toBeNull();
		});
	}
});
