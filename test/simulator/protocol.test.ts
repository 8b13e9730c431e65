import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {credentialCommand, toBase64} from '../../source/powershell/frame.js';
import {environmentProbes, onlineConnectorPath, poolAddressProbe} from '../../source/powershell/probes.js';
import {rehearsalCredentials} from '../../source/simulator/sample-tenant.js';
import {
	type SimulatorProcess,
	encryptPassword,
	ensureSimulatorBuilt,
	readTenant,
	runSimulator,
	startSimulator,
	writeTenant,
} from '../support/simulator.js';

beforeAll(async () => {
	await ensureSimulatorBuilt();
}, 60_000);

const running: SimulatorProcess[] = [];

function start(...args: Parameters<typeof startSimulator>): SimulatorProcess {
	const process = startSimulator(...args);
	running.push(process);
	return process;
}

afterEach(() => {
	for (const process of running.splice(0)) process.kill();
});

describe('handshake and probes', () => {
	it('answers the handshake with the engine version and counts the process start', async () => {
		const tenantFile = writeTenant();
		const simulator = start({tenantFile});
		expect(await simulator.handshake()).toBe('5.1.19041.4648');
		expect(readTenant(tenantFile).stats.processStarts).toBe(1);
	});

	it('answers every prerequisite probe from the tenant', async () => {
		const simulator = start({tenantFile: writeTenant()});
		await simulator.handshake();
		const names = Object.keys(environmentProbes) as Array<keyof typeof environmentProbes>;
		const results = await simulator.request(names.map(name => environmentProbes[name]));
		const byName = Object.fromEntries(names.map((name, index) => [name, results[index]]));
		expect(byName).toEqual({
			engineVersion: {ok: true, output: ['5.1.19041.4648']},
			edition: {ok: true, output: ['Desktop']},
			hostName: {ok: true, output: ['ConsoleHost']},
			hostVersion: {ok: true, output: ['5.1.19041.4648']},
			os64: {ok: true, output: [true]},
			process64: {ok: true, output: [true]},
			platform: {ok: true, output: ['Win32NT']},
			osVersion: {ok: true, output: ['Microsoft Windows NT 10.0.19045.0']},
			executionPolicies: {
				ok: true,
				output: ['MachinePolicy=Undefined', 'UserPolicy=Undefined', 'Process=Undefined', 'CurrentUser=Undefined', 'LocalMachine=RemoteSigned'],
			},
			effectiveExecutionPolicy: {ok: true, output: ['RemoteSigned']},
			modules: {ok: true, output: ['SkypeForBusiness=7.0.0.0', 'SkypeOnlineConnector=7.0.0.0']},
			onlineConnectorInstalled: {ok: true, output: [true]},
		});
	});

	it('reports what a different machine would: 32-bit process, host over engine, no edition, Teams only', async () => {
		const simulator = start({
			tenantFile: writeTenant({
				powershell: {engineVersion: '4.0', edition: null, hostName: 'Windows PowerShell ISE Host', hostVersion: '1.0', process64: false},
				modules: [{name: 'MicrosoftTeams', version: '5.5.0'}],
				onlineConnectorInstalled: false,
			}),
		});
		await simulator.handshake();
		const results = await simulator.request([
			environmentProbes.edition,
			environmentProbes.hostVersion,
			environmentProbes.process64,
			environmentProbes.modules,
			environmentProbes.onlineConnectorInstalled,
		]);
		expect(results.map(result => (result.ok ? result.output : result.error))).toEqual([[''], ['1.0'], [false], ['MicrosoftTeams=5.5.0'], [false]]);
	});

	it("resolves a pool's name, and fails an unknown one with .NET's message", async () => {
		const simulator = start({tenantFile: writeTenant()});
		await simulator.handshake();
		const [known, unknown] = await simulator.request([poolAddressProbe("'pool01.contoso.com'"), poolAddressProbe("'pool99.contoso.com'")]);
		expect(known).toEqual({ok: true, output: ['10.0.0.21']});
		expect(unknown).toEqual({
			ok: false,
			error: 'Exception calling "GetHostAddresses" with "1" argument(s): "No such host is known"',
			errorId: 'SocketException',
		});
	});

	it('removes the credential pad from the environment at the handshake', async () => {
		const {env} = encryptPassword('x');
		const simulator = start({tenantFile: writeTenant(), env});
		await simulator.handshake();
		expect(await simulator.run(`Test-Path -LiteralPath 'Env:OFFLINE_IM_CREDENTIAL_PAD'`)).toEqual({ok: true, output: [false]});
	});
});

describe('requests', () => {
	it('runs each command in its own try/catch, and stops at the first failure with stopOnError', async () => {
		const simulator = start({tenantFile: writeTenant()});
		await simulator.handshake();
		const all = await simulator.request(["'one'", 'Get-CsUser', "'three'"], false);
		expect(all.map(result => result.ok)).toEqual([true, false, true]);
		expect(all[1]).toMatchObject({errorId: 'CommandNotFoundException'});
		const stopped = await simulator.request(["'one'", 'Get-CsUser', "'three'"], true);
		expect(stopped.map(result => result.ok)).toEqual([true, false]);
	});

	it('reports a parse error like [ScriptBlock]::Create does', async () => {
		const simulator = start({tenantFile: writeTenant()});
		await simulator.handshake();
		const result = await simulator.run("Get-CsUser -Identity 'Tony");
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error).toMatch(/^Exception calling "Create" with "1" argument\(s\): "At line:1 char:22/);
			expect(result.error).toContain("The string is missing the terminator: '.");
			expect(result.errorId).toBe('ParseException');
		}
	});

	it('runs the read, change and verify commands of a plan and writes the tenant once per request', async () => {
		const tenantFile = writeTenant();
		const simulator = start({tenantFile});
		await simulator.handshake();
		expect((await simulator.run('Import-Module SkypeForBusiness')).ok).toBe(true);
		const reads = await simulator.request([
			'Get-CsClientPolicy -Identity Global | Select-Object Identity, EnableIMAutoArchiving',
			"Get-CsClientPolicy -Filter 'site:Redmond' | Select-Object Identity, EnableIMAutoArchiving",
			"Get-CsClientPolicy -Filter 'tag:OfflineIM' | Select-Object Identity, EnableIMAutoArchiving",
			"Get-CsClientPolicy -Filter 'tag:*' | Select-Object Identity, EnableIMAutoArchiving",
			"Get-CsUser -Filter {ClientPolicy -ne $null} | Select-Object SipAddress, DisplayName, @{Name='ClientPolicy'; Expression={[string]$_.ClientPolicy}}",
			"Get-CsUser -Identity 'Tony Smith' | Select-Object SipAddress, DisplayName, @{Name='ClientPolicy'; Expression={[string]$_.ClientPolicy}}",
		]);
		expect(reads).toEqual([
			{ok: true, output: [{Identity: 'Global', EnableIMAutoArchiving: null}]},
			{ok: true, output: [{Identity: 'Site:Redmond', EnableIMAutoArchiving: null}]},
			{ok: true, output: []},
			{
				ok: true,
				output: [
					{Identity: 'Tag:SalesPolicy', EnableIMAutoArchiving: true},
					{Identity: 'Tag:NoSavedIM', EnableIMAutoArchiving: false},
				],
			},
			{
				ok: true,
				output: [
					{SipAddress: 'sip:kenmyer@contoso.com', DisplayName: 'Ken Myer', ClientPolicy: 'SalesPolicy'},
					{SipAddress: 'sip:kobrien@contoso.com', DisplayName: "Kevin O'Brien", ClientPolicy: 'NoSavedIM'},
					{SipAddress: 'sip:zmuller@contoso.com', DisplayName: 'Zoë Müller', ClientPolicy: 'SalesPolicy'},
				],
			},
			{ok: true, output: [{SipAddress: 'sip:tony@contoso.com', DisplayName: 'Tony Smith', ClientPolicy: ''}]},
		]);

		const changes = await simulator.request(
			[
				'Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $false',
				"Set-CsClientPolicy -Identity 'site:Redmond' -EnableIMAutoArchiving $true",
				"New-CsClientPolicy -Identity 'OfflineIM'",
				"Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $false",
				"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'OfflineIM'",
				"Grant-CsClientPolicy -Identity 'sip:pilar@contoso.com' -PolicyName 'OfflineIM'",
				"Grant-CsClientPolicy -Identity 'aidan@contoso.com' -PolicyName 'tag:OfflineIM'",
				"Grant-CsClientPolicy -Identity 'CONTOSO\\anatrujillo' -PolicyName 'OfflineIM'",
				"Grant-CsClientPolicy -Identity 'Zoë Müller' -PolicyName $null",
			],
			true,
		);
		expect(changes.every(result => result.ok)).toBe(true);
		const tenant = readTenant(tenantFile);
		expect(tenant.policies).toEqual([
			{identity: 'Global', enableIMAutoArchiving: false},
			{identity: 'Site:Redmond', enableIMAutoArchiving: true},
			{identity: 'Tag:SalesPolicy', enableIMAutoArchiving: true},
			{identity: 'Tag:NoSavedIM', enableIMAutoArchiving: false},
			{identity: 'Tag:OfflineIM', enableIMAutoArchiving: false},
		]);
		const policyOf = (name: string): string | null | undefined => tenant.users.find(user => user.displayName === name)?.clientPolicy;
		expect(['Tony Smith', 'Pilar Ackerman', 'Aidan Delaney', 'Ana Trujillo', 'Zoë Müller', 'Ken Myer'].map(policyOf)).toEqual([
			'OfflineIM',
			'OfflineIM',
			'OfflineIM',
			'OfflineIM',
			null,
			'SalesPolicy',
		]);
		expect(tenant.stats.requests).toBe(3);

		const rollback = await simulator.request([
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName $null",
			"Remove-CsClientPolicy -Identity 'OfflineIM' -Force",
			'Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $null',
		]);
		expect(rollback.every(result => result.ok)).toBe(true);
		const after = readTenant(tenantFile);
		expect(after.policies.map(policy => policy.identity)).not.toContain('Tag:OfflineIM');
		expect(after.policies[0]).toEqual({identity: 'Global', enableIMAutoArchiving: null});
	});

	it('sends non-ASCII names intact both ways', async () => {
		const simulator = start({tenantFile: writeTenant()});
		await simulator.handshake();
		await simulator.run('Import-Module SkypeForBusiness');
		expect(await simulator.run("(Get-CsUser -Identity 'Zoë Müller').DisplayName")).toEqual({ok: true, output: ['Zoë Müller']});
	});
});

describe('connection', () => {
	const pool = "'https://pool01.contoso.com/OcsPowershell'";

	async function connectWithCredential(simulator: SimulatorProcess, cipherBase64: string): Promise<Array<{ok: boolean}>> {
		return simulator.request(
			[
				credentialCommand({variable: 'credential', userNameLiteral: `'${rehearsalCredentials.userName}'`, cipherBase64, padOffset: 0}),
				`$session = New-PSSession -ConnectionUri ${pool} -Credential $credential`,
				'Import-PSSession $session -AllowClobber | Out-Null',
				"Get-CsUser -Identity 'Tony Smith' | Select-Object SipAddress",
			],
			true,
		);
	}

	it('opens a remote session with a credential built from the pad, never seeing the password on stdin', async () => {
		const recorded = `${writeTenant()}.stdin.log`;
		const tenantFile = writeTenant({recordStdinTo: recorded});
		const {env, cipherBase64} = encryptPassword(rehearsalCredentials.password);
		const simulator = start({tenantFile, env});
		await simulator.handshake();
		const results = await connectWithCredential(simulator, cipherBase64);
		expect(results.map(result => result.ok)).toEqual([true, true, true, true]);
		await simulator.close();
		const {readFileSync} = await import('node:fs');
		const stdin = readFileSync(recorded, 'utf8');
		expect(stdin).toContain('##offline-im');
		expect(stdin).not.toContain(rehearsalCredentials.password);
		expect(stdin).not.toContain(toBase64(rehearsalCredentials.password));
	});

	it('denies a wrong password when the session opens, with WinRM\'s text', async () => {
		const {env, cipherBase64} = encryptPassword('not-the-password');
		const simulator = start({tenantFile: writeTenant(), env});
		await simulator.handshake();
		const [credential, session] = await connectWithCredential(simulator, cipherBase64);
		expect(credential).toEqual({ok: true, output: []});
		expect(session).toEqual({
			ok: false,
			error: 'Connecting to remote server pool01.contoso.com failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.',
			errorId: 'AccessDenied,PSSessionOpenFailed',
		});
	});

	it('fails an unknown pool, an unreachable one, and Import-PSSession of a session that never opened', async () => {
		const simulator = start({tenantFile: writeTenant({signIn: {connectionError: 'unreachable'}})});
		await simulator.handshake();
		const [unknown, unreachable, imported] = await simulator.request([
			"$session = New-PSSession -ConnectionUri 'https://pool99.contoso.com/OcsPowershell'",
			`$session = New-PSSession -ConnectionUri ${pool}`,
			'Import-PSSession $session -AllowClobber | Out-Null',
		]);
		expect(unknown).toMatchObject({ok: false, errorId: 'ComputerNotFound,PSSessionOpenFailed'});
		expect(unknown?.ok === false && unknown.error).toContain('the server name cannot be resolved');
		expect(unreachable).toMatchObject({ok: false, errorId: 'WinRMOperationTimeout,PSSessionOpenFailed'});
		expect(imported).toEqual({
			ok: false,
			error: "Cannot validate argument on parameter 'Session'. The argument is null. Provide a valid value for the argument, and then try the command again.",
			errorId: 'ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.ImportPSSessionCommand',
		});
	});

	it('refuses Get-Credential in -NonInteractive, as the saved script would meet it', async () => {
		const simulator = start({tenantFile: writeTenant()});
		await simulator.handshake();
		expect(await simulator.run('$credential = Get-Credential')).toMatchObject({
			ok: false,
			error: 'Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
		});
	});

	it('follows the online article: connector, New-CsOnlineSession, Import-PSSession', async () => {
		const {env, cipherBase64} = encryptPassword(rehearsalCredentials.password, 7);
		const simulator = start({tenantFile: writeTenant(), env});
		await simulator.handshake();
		const results = await simulator.request(
			[
				`Import-Module '${onlineConnectorPath}'`,
				credentialCommand({variable: 'credential', userNameLiteral: `'${rehearsalCredentials.userName}'`, cipherBase64, padOffset: 7}),
				"$session = New-CsOnlineSession -Credential $credential -OverrideAdminDomain 'contoso.onmicrosoft.com'",
				'Import-PSSession $session -AllowClobber | Out-Null',
				'Get-CsClientPolicy -Identity Global | Select-Object Identity',
			],
			true,
		);
		expect(results.map(result => result.ok)).toEqual([true, true, true, true, true]);
	});

	it('refuses a wrong online password, and a cancelled sign-in window', async () => {
		const {env, cipherBase64} = encryptPassword('wrong');
		const simulator = start({tenantFile: writeTenant({signIn: {integratedAllowed: false}}), env});
		await simulator.handshake();
		const [, , wrong, cancelled] = await simulator.request([
			`Import-Module '${onlineConnectorPath}'`,
			credentialCommand({variable: 'credential', userNameLiteral: `'${rehearsalCredentials.userName}'`, cipherBase64, padOffset: 0}),
			'$session = New-CsOnlineSession -Credential $credential',
			'$session = New-CsOnlineSession',
		]);
		expect(wrong).toMatchObject({ok: false, error: expect.stringContaining('AADSTS50126')});
		expect(cancelled).toMatchObject({ok: false, error: 'User canceled authentication.'});
	});

	it('cannot call New-CsOnlineSession before the connector is imported', async () => {
		const simulator = start({tenantFile: writeTenant()});
		await simulator.handshake();
		expect(await simulator.run('$session = New-CsOnlineSession')).toMatchObject({ok: false, errorId: 'CommandNotFoundException'});
	});
});

describe('interactive input', () => {
	it('runs plain statements, waits for the end of a multi-line block, and writes errors to stderr', async () => {
		const result = await runSimulator(writeTenant(), ["'first'", 'if ($true) {', "  'inside'", '}', '', 'Grant -CsClientPolicy', "'last'"]);
		expect(result.exitCode).toBe(0);
		expect(result.stdout.split('\r\n')).toEqual(['first', 'inside', 'last', '']);
		expect(result.stderr).toContain("Grant : The term 'Grant' is not recognized as the name of a cmdlet");
		expect(result.stderr).toContain('Check the spelling of the name, or if a path was included, verify that the path is correct and try again.');
	});

	it('exits with the code of `exit`', async () => {
		const result = await runSimulator(writeTenant(), ["'a'", 'exit 7', "'never'"]);
		expect(result.exitCode).toBe(7);
		expect(result.stdout).toBe('a\r\n');
	});

	it('runs -Command text given on the command line', async () => {
		const result = await runSimulator(writeTenant(), [], {args: ['-NoProfile', '-Command', "'hello'", '+', "'!'"]});
		expect(result.stdout).toBe('hello!\r\n');
	});
});
