import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {onlineConnectorPath} from '../../source/powershell/probes.js';
import {type SimulatorProcess, ensureSimulatorBuilt, readTenant, startSimulator, standardArgs, writeTenant} from '../support/simulator.js';
import type {TenantOverrides} from '../support/simulator.js';

beforeAll(async () => {
	await ensureSimulatorBuilt();
}, 60_000);

const running: SimulatorProcess[] = [];

afterEach(() => {
	for (const process of running.splice(0)) process.kill();
});

async function connected(overrides?: TenantOverrides, args?: string[]): Promise<{simulator: SimulatorProcess; tenantFile: string}> {
	const tenantFile = writeTenant(overrides);
	const simulator = startSimulator({tenantFile, ...(args ? {args} : {})});
	running.push(simulator);
	await simulator.handshake();
	return {simulator, tenantFile};
}

const restricted = 'Restricted' as const;
const policyMessage =
	"File C:\\Program Files\\Common Files\\Skype for Business Online\\Modules\\SkypeOnlineConnector\\SkypeOnlineConnector.psm1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.";
const importSessionPolicyMessage = 'Files cannot be loaded because running scripts is disabled on this system. Provide a valid certificate with which to sign the files.';
const remoteSession = [
	"$session = New-PSSession -ConnectionUri 'https://pool01.contoso.com/OcsPowershell'",
	'Import-PSSession $session -AllowClobber | Out-Null',
];

describe('execution policy', () => {
	it('under Restricted, Import-Module of the connector and Import-PSSession fail with PowerShell\'s texts', async () => {
		const {simulator} = await connected({executionPolicies: {LocalMachine: restricted}});
		const [module, session, imported] = await simulator.request([`Import-Module '${onlineConnectorPath}'`, ...remoteSession]);
		expect(module).toEqual({ok: false, error: policyMessage, errorId: 'UnauthorizedAccess,Microsoft.PowerShell.Commands.ImportModuleCommand'});
		expect(session?.ok).toBe(true);
		expect(imported).toMatchObject({ok: false, error: importSessionPolicyMessage});
	});

	it('under AllSigned, the signed connector loads but Import-PSSession\'s unsigned module does not', async () => {
		const {simulator} = await connected({executionPolicies: {LocalMachine: 'AllSigned'}});
		const [module, , imported] = await simulator.request([`Import-Module '${onlineConnectorPath}'`, ...remoteSession]);
		expect(module).toEqual({ok: true, output: []});
		expect(imported).toMatchObject({ok: false, error: importSessionPolicyMessage});
	});

	it('-ExecutionPolicy Bypass sets the Process scope, which wins over LocalMachine', async () => {
		const {simulator} = await connected({executionPolicies: {LocalMachine: restricted}}, [
			'-NoLogo',
			'-NoProfile',
			'-NonInteractive',
			'-ExecutionPolicy',
			'Bypass',
			'-Command',
			'-',
		]);
		const results = await simulator.request([
			"Get-ExecutionPolicy -List | ForEach-Object { [string]$_.Scope + '=' + [string]$_.ExecutionPolicy }",
			'[string](Get-ExecutionPolicy)',
			`Import-Module '${onlineConnectorPath}'`,
			...remoteSession,
		]);
		expect(results[0]).toEqual({
			ok: true,
			output: ['MachinePolicy=Undefined', 'UserPolicy=Undefined', 'Process=Bypass', 'CurrentUser=Undefined', 'LocalMachine=Restricted'],
		});
		expect(results[1]).toEqual({ok: true, output: ['Bypass']});
		expect(results.slice(2).every(result => result.ok)).toBe(true);
	});

	it('a Group Policy scope still wins over -ExecutionPolicy Bypass', async () => {
		const {simulator} = await connected({executionPolicies: {MachinePolicy: restricted}}, ['-ExecutionPolicy', 'Bypass', '-NonInteractive', '-Command', '-']);
		expect(await simulator.run('[string](Get-ExecutionPolicy)')).toEqual({ok: true, output: ['Restricted']});
	});
});

describe('modules and bitness', () => {
	it('a 32-bit process cannot load the Skype module even though it is installed', async () => {
		const {simulator} = await connected({powershell: {process64: false}});
		expect(await simulator.run('Import-Module SkypeForBusiness')).toEqual({
			ok: false,
			error: "The specified module 'SkypeForBusiness' was not loaded because no valid module file was found in any module directory.",
			errorId: 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand',
		});
	});

	it('a missing module, or a missing connector file, is not found', async () => {
		const {simulator} = await connected({modules: [{name: 'MicrosoftTeams', version: '5.5.0'}], onlineConnectorInstalled: false});
		const [server, connector, teams, cmdlet] = await simulator.request([
			'Import-Module SkypeForBusiness',
			`Import-Module '${onlineConnectorPath}'`,
			'Import-Module MicrosoftTeams',
			'Get-CsClientPolicy -Identity Global',
		]);
		expect(server).toMatchObject({ok: false, errorId: 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand'});
		expect(connector).toMatchObject({ok: false, error: `The specified module '${onlineConnectorPath}' was not loaded because no valid module file was found in any module directory.`});
		expect(teams).toEqual({ok: true, output: []});
		expect(cmdlet).toMatchObject({ok: false, errorId: 'CommandNotFoundException'});
	});

	it('Import-PSSession without -AllowClobber refuses to shadow the local module\'s cmdlets', async () => {
		const {simulator} = await connected();
		const results = await simulator.request(['Import-Module SkypeForBusiness', remoteSession[0] as string, 'Import-PSSession $session | Out-Null']);
		expect(results[2]).toMatchObject({
			ok: false,
			error:
				'No command proxies have been created, because all of the requested remote commands would shadow existing local commands. Use the AllowClobber parameter if you want to shadow existing local commands.',
		});
	});
});

describe('Skype for Business cmdlet failures', () => {
	async function withModule(overrides?: TenantOverrides): Promise<{simulator: SimulatorProcess; tenantFile: string}> {
		const result = await connected(overrides);
		expect((await result.simulator.run('Import-Module SkypeForBusiness')).ok).toBe(true);
		return result;
	}

	it("the article's typo fails as 'Grant' not recognized", async () => {
		const {simulator} = await withModule();
		const result = await simulator.run('Grant -CsClientPolicy -Identity "Tony Smith" - PolicyName OfflineIM');
		expect(result).toEqual({
			ok: false,
			error:
				"The term 'Grant' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
			errorId: 'CommandNotFoundException',
		});
	});

	it('a misspelt parameter is not found; a stray dash is a positional argument', async () => {
		const {simulator} = await withModule();
		const [misspelt, stray] = await simulator.request([
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyNme 'SalesPolicy'",
			"Grant-CsClientPolicy -Identity 'Tony Smith' - PolicyName 'SalesPolicy'",
		]);
		expect(misspelt).toMatchObject({ok: false, error: "A parameter cannot be found that matches parameter name 'PolicyNme'."});
		expect(misspelt?.ok === false && misspelt.errorId).toMatch(/^NamedParameterNotFound,/);
		expect(stray).toMatchObject({ok: false, error: "A positional parameter cannot be found that accepts argument 'PolicyName'."});
	});

	it('New-CsClientPolicy fails on an existing policy and on Global', async () => {
		const {simulator} = await withModule();
		const [existing, global] = await simulator.request(["New-CsClientPolicy -Identity 'SalesPolicy'", 'New-CsClientPolicy -Identity Global']);
		expect(existing).toMatchObject({ok: false, error: 'Cannot create "ClientPolicy" "Tag:SalesPolicy" because it already exists.'});
		expect(global).toMatchObject({ok: false, error: 'Cannot create "ClientPolicy" "Global" because it already exists.'});
	});

	it('Get and Set with an identity that does not exist fail; the filter form returns nothing', async () => {
		const {simulator} = await withModule();
		const [get, set, filter] = await simulator.request([
			"Get-CsClientPolicy -Identity 'OfflineIM'",
			"Set-CsClientPolicy -Identity 'site:Paris' -EnableIMAutoArchiving $false",
			"Get-CsClientPolicy -Filter 'tag:OfflineIM'",
		]);
		expect(get).toMatchObject({ok: false, error: 'Cannot get "ClientPolicy" "Tag:OfflineIM" because it does not exist.'});
		expect(set).toMatchObject({ok: false, error: 'Cannot find "ClientPolicy" "Site:Paris" because it does not exist.'});
		expect(filter).toEqual({ok: true, output: []});
	});

	it('Grant to an unknown user, or of a policy that is not a per-user one, fails like the cmdlet', async () => {
		const {simulator, tenantFile} = await withModule();
		const [user, policy, global] = await simulator.request([
			"Grant-CsClientPolicy -Identity 'Nobody Here' -PolicyName 'SalesPolicy'",
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'OfflineIM'",
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'Global'",
		]);
		expect(user).toMatchObject({ok: false, error: 'Management object not found for identity "Nobody Here".'});
		expect(policy).toMatchObject({ok: false, error: 'Policy "OfflineIM" is not a user policy. You can assign only a user policy to a specific user.'});
		expect(global).toMatchObject({ok: false, error: 'Policy "Global" is not a user policy. You can assign only a user policy to a specific user.'});
		expect(readTenant(tenantFile).users.find(candidate => candidate.displayName === 'Tony Smith')?.clientPolicy).toBeNull();
	});

	it('a Boolean parameter refuses a string, as PowerShell\'s binder does', async () => {
		const {simulator} = await withModule();
		expect(await simulator.run("Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving 'false'")).toMatchObject({
			ok: false,
			error:
				'Cannot process argument transformation on parameter \'EnableIMAutoArchiving\'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
		});
	});

	it('Remove-CsClientPolicy resets Global instead of deleting it, and needs -Force for a policy in use', async () => {
		const {simulator, tenantFile} = await withModule();
		const results = await simulator.request([
			'Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $false',
			'Remove-CsClientPolicy -Identity Global',
			"Remove-CsClientPolicy -Identity 'SalesPolicy'",
			"Remove-CsClientPolicy -Identity 'SalesPolicy' -Force",
		]);
		expect(results.map(result => result.ok)).toEqual([true, true, false, true]);
		expect(results[2]).toMatchObject({error: 'Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.'});
		const tenant = readTenant(tenantFile);
		expect(tenant.policies.find(policy => policy.identity === 'Global')).toEqual({identity: 'Global', enableIMAutoArchiving: null});
		expect(tenant.policies.some(policy => policy.identity === 'Tag:SalesPolicy')).toBe(false);
	});
});

describe('injection through the quoting rules', () => {
	it('a value whose typographic quote was not doubled breaks out and runs Remove-CsUser', async () => {
		const {simulator, tenantFile} = await connected();
		await simulator.run('Import-Module SkypeForBusiness');
		// With -ErrorAction Stop a failing first half would stop the script block, so the
		// injected value names a real user: the grant succeeds, then the injected command runs.
		const injected =
			"Grant-CsClientPolicy -Identity 'Pilar Ackerman\u2019 -PolicyName 'SalesPolicy'; Remove-CsUser 'sip:tony@contoso.com' #' -PolicyName 'NoSavedIM'";
		expect(await simulator.run(injected)).toEqual({ok: true, output: []});
		const tenant = readTenant(tenantFile);
		expect(tenant.users.some(user => user.sipAddress === 'sip:tony@contoso.com')).toBe(false);
		expect(tenant.users.find(user => user.displayName === 'Pilar Ackerman')?.clientPolicy).toBe('SalesPolicy');
	});

	it('the same value with the quote doubled stays one string, and nobody is removed', async () => {
		const {simulator, tenantFile} = await connected();
		await simulator.run('Import-Module SkypeForBusiness');
		const quoted =
			"Grant-CsClientPolicy -Identity 'Pilar Ackerman\u2019\u2019 -PolicyName ''SalesPolicy''; Remove-CsUser ''sip:tony@contoso.com'' #' -PolicyName 'NoSavedIM'";
		const result = await simulator.run(quoted);
		expect(result).toMatchObject({
			ok: false,
			error: 'Management object not found for identity "Pilar Ackerman\u2019 -PolicyName \'SalesPolicy\'; Remove-CsUser \'sip:tony@contoso.com\' #".',
		});
		expect(readTenant(tenantFile).users.some(user => user.sipAddress === 'sip:tony@contoso.com')).toBe(true);
	});

	it('an en dash in a spliced name still works as a parameter dash', async () => {
		const {simulator} = await connected();
		await simulator.run('Import-Module SkypeForBusiness');
		expect(await simulator.run("Get-CsUser \u2013Identity 'Tony Smith' | Select-Object DisplayName")).toEqual({ok: true, output: [{DisplayName: 'Tony Smith'}]});
	});
});

describe('PowerShell 2.0', () => {
	it('answers the handshake with 2.0, runs requests, but sends no reply: ConvertTo-Json does not exist', async () => {
		const {simulator, tenantFile} = await connected({powershell: {engineVersion: '2.0', edition: null, hostVersion: '2.0'}});
		const nonce = simulator.sendRequest(['Import-Module SkypeForBusiness', 'Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $false']);
		await expect(simulator.reply(nonce, 1000)).rejects.toThrow(/timed out/);
		expect(simulator.stderr).toContain(
			"ConvertTo-Json : The term 'ConvertTo-Json' is not recognized as the name of a cmdlet, function, script file, or operable program.",
		);
		expect(readTenant(tenantFile).policies[0]).toEqual({identity: 'Global', enableIMAutoArchiving: false});
	});

	it('has no 64-bit properties on its .NET 2.0 runtime', async () => {
		const tenantFile = writeTenant({powershell: {engineVersion: '2.0', edition: null, hostVersion: '2.0'}});
		const simulator = startSimulator({tenantFile, args: standardArgs});
		running.push(simulator);
		simulator.send("[Console]::Out.WriteLine('64=' + [Environment]::Is64BitProcess + ';')");
		expect(await simulator.waitForLine(line => line.startsWith('64='))).toBe('64=;');
	});
});
