/**
 * The real bridge (PowerShellSession) against a separate process started exactly as pwsh would
 * be: every request crosses a real pipe in the real frame format. The conformance part runs on
 * both back ends with the same assertions (test/support/backends.ts): the simulator, and a real
 * PowerShell with the stand-in module. Facts only a simulated engine can fake (an old engine, a
 * 32-bit process, a fault counted in requests) stay simulator-only.
 */
import {mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {grantCommand, readPolicyCommand} from '../../source/plan/commands.js';
import {quotePowerShellLiteral} from '../../source/plan/quote.js';
import {probeEnvironment, resolvePool} from '../../source/powershell/environment.js';
import type {PowerShellExecutable} from '../../source/powershell/locate.js';
import {PowerShellSession, SessionError} from '../../source/powershell/session.js';
import {simulatorExecutable} from '../../source/simulator/locate.js';
import {rehearsalCredentials} from '../../source/simulator/sample-tenant.js';
import {tenantVariable} from '../../source/simulator/tenant.js';
import {backendSession, describeOnBackends, powershellOf, type Backend} from '../support/backends.js';
import {readTenant, writeTenant, type TenantOverrides} from '../support/simulator.js';

const simulator = simulatorExecutable();
const executable: PowerShellExecutable = {file: simulator.file, prefixArgs: simulator.prefixArgs, display: simulator.display, simulated: true};
const sessions: PowerShellSession[] = [];

type StartWith = {requestTimeoutMs?: number; bypass?: boolean; backend?: Backend};

async function startWith(overrides?: TenantOverrides, options: StartWith = {}) {
	const tenantFile = writeTenant(overrides);
	const how = options.backend ? backendSession(options.backend) : {executable};
	const session = await PowerShellSession.start({
		executable: how.executable,
		...(how.setupCommands ? {setupCommands: how.setupCommands} : {}),
		env: {[tenantVariable]: tenantFile},
		...(options.requestTimeoutMs ? {requestTimeoutMs: options.requestTimeoutMs} : {}),
		...(options.bypass ? {bypassExecutionPolicy: true} : {}),
	});
	sessions.push(session);
	return {session, tenantFile};
}

afterEach(async () => {
	await Promise.all(sessions.splice(0).map(async session => session.stop()));
});

describeOnBackends('PowerShellSession', backend => {
	const start = async (overrides?: TenantOverrides, options: Omit<StartWith, 'backend'> = {}) => startWith(overrides, {...options, backend});
	const expectedVersion = () => (backend.kind === 'simulator' ? '5.1.19041.4648' : powershellOf(backend).version);

	it('starts with a handshake that reports the engine version and FullLanguage', async () => {
		const {session} = await start();
		expect(session.engineVersion).toBe(expectedVersion());
		expect(session.languageMode).toBe('FullLanguage');
		expect(session.alive).toBe(true);
	});

	it('answers each command of a request separately, failures included', async () => {
		const {session} = await start();
		const results = await session.run(['$PSVersionTable.PSVersion.ToString()', 'Grant -CsClientPolicy', '[Environment]::Is64BitProcess']);
		expect(results).toHaveLength(3);
		expect(results[0]).toEqual({ok: true, output: [expectedVersion()]});
		expect(results[1]).toMatchObject({ok: false, error: expect.stringContaining("The term 'Grant' is not recognized"), errorId: 'CommandNotFoundException'});
		expect(results[2]).toEqual({ok: true, output: [true]});
	});

	it('stops at the first failure when asked to', async () => {
		const {session} = await start();
		const results = await session.run(['1', 'Get-Nothing', '3'], {stopOnError: true});
		expect(results.map(result => result.ok)).toEqual([true, false]);
	});

	it('keeps variables from one request to the next, as one interactive session does', async () => {
		const {session} = await start();
		await session.runOne("$pool = 'pool01.contoso.com'");
		expect(await session.runOne('$pool')).toEqual({ok: true, output: ['pool01.contoso.com']});
	});

	it('runs a multi-line command as one command', async () => {
		const {session} = await start();
		const command = ['$total = 0', 'foreach ($n in 1..4) {', '  $total += $n', '}', '$total'].join('\n');
		expect(await session.run([command, '$total * 2'])).toEqual([
			{ok: true, output: [10]},
			{ok: true, output: [20]},
		]);
	});

	it('carries non-ASCII text both ways intact', async () => {
		const {session} = await start();
		const name = 'Zoë Müller — 東京 ‘quoted’ \u{1F600}';
		expect(await session.runOne(quotePowerShellLiteral(name))).toEqual({ok: true, output: [name]});
	});

	it('answers every prerequisite probe; the Skype for Business modules are the tenant\'s', async () => {
		const {session} = await start();
		const facts = await probeEnvironment(session);
		expect(facts.probeErrors).toEqual([]);
		expect(facts).toMatchObject({engineVersion: expectedVersion(), languageMode: 'FullLanguage', os64: true, process64: true, onlineConnectorInstalled: true});
		expect(facts.modules).toEqual(
			expect.arrayContaining([
				{name: 'SkypeForBusiness', version: '7.0.0.0'},
				{name: 'SkypeOnlineConnector', version: '7.0.0.0'},
			]),
		);
		expect(facts.executionPolicies.map(entry => entry.scope)).toEqual(['MachinePolicy', 'UserPolicy', 'Process', 'CurrentUser', 'LocalMachine']);
	});

	it('resolves the tenant\'s pool by name, and fails on a name that does not resolve', async () => {
		const {session} = await start();
		expect(await resolvePool(session, quotePowerShellLiteral('pool01.contoso.com'))).toEqual({ok: true, address: '10.0.0.21'});
		const unknown = await resolvePool(session, quotePowerShellLiteral('pool99.contoso.invalid'));
		expect(unknown.ok).toBe(false);
	});

	it('reads a policy and grants it through the product\'s own command texts', async () => {
		const {session, tenantFile} = await start();
		const results = await session.run(['Import-Module SkypeForBusiness', readPolicyCommand({kind: 'global'}), grantCommand('Tony Smith', 'NoSavedIM')]);
		expect(results).toEqual([
			{ok: true, output: []},
			{ok: true, output: [{Identity: 'Global', EnableIMAutoArchiving: null}]},
			{ok: true, output: []},
		]);
		expect(readTenant(tenantFile).users.find(user => user.displayName === 'Tony Smith')?.clientPolicy).toBe('NoSavedIM');
	});

	it('reports a process that exits in the middle of a request ([Environment]::Exit), and refuses later requests', async () => {
		const {session} = await start();
		expect((await session.runOne('1')).ok).toBe(true);
		const error = await session.run(['2', '[Environment]::Exit(3)', '4']).catch((error: unknown) => error);
		expect(error).toBeInstanceOf(SessionError);
		expect((error as SessionError).failure).toMatchObject({kind: 'exited', exitCode: 3});
		expect(session.alive).toBe(false);
		await expect(session.runOne('3')).rejects.toBeInstanceOf(SessionError);
	});

	it('gives up on a hung command after its timeout and stops the process', async () => {
		const {session} = await start({faults: {hangOnGrant: 'tony@contoso.com'}}, {requestTimeoutMs: 1500});
		const started = Date.now();
		const error = await session.run(['Import-Module SkypeForBusiness', grantCommand('tony@contoso.com', 'NoSavedIM')]).catch((error: unknown) => error);
		expect(error).toBeInstanceOf(SessionError);
		expect((error as SessionError).failure).toMatchObject({kind: 'timeout', timeoutMs: 1500});
		expect(Date.now() - started).toBeLessThan(10_000);
		expect(session.alive).toBe(false);
	});

	it('gives each command the timeout, not the whole request: a slow pool is not a hang', async () => {
		const {session} = await start({faults: {commandDelayMs: 400}}, {requestTimeoutMs: 1500});
		const read = readPolicyCommand({kind: 'global'});
		const results = await session.run(['Import-Module SkypeForBusiness', read, read, read, read, read]);
		expect(results.map(result => result.ok)).toEqual([true, true, true, true, true, true]);
		expect(session.alive).toBe(true);
	});

	it('starts exactly one process for a whole session of requests', async () => {
		const {session, tenantFile} = await start();
		for (let index = 0; index < 5; index++) await session.runOne(String(index));
		await session.run(['1', '2', '3']);
		await session.stop();
		expect(readTenant(tenantFile).stats.processStarts).toBe(1);
	});

	describe('typed passwords', () => {
		const password = 'S3cret-Üñí-pässwörd';
		const newSession = "$session = New-PSSession -ConnectionUri 'https://pool01.contoso.com/OcsPowershell' -Credential $credential";

		it('reach PowerShell as a PSCredential that opens the session, and are not on the command line', async () => {
			const {session} = await start(tenant => {
				tenant.signIn.credentials = [{userName: rehearsalCredentials.userName, password}];
			});
			const defined = await session.defineCredential('credential', quotePowerShellLiteral(rehearsalCredentials.userName), password);
			expect(defined).toEqual({ok: true, output: []});
			expect(await session.runOne('$credential.UserName')).toEqual({ok: true, output: [rehearsalCredentials.userName]});
			expect(await session.runOne(newSession)).toEqual({ok: true, output: []});
			expect(readFileSync(`/proc/${session.pid}/cmdline`, 'utf8')).not.toContain(password);
			// The pad left the environment at the handshake: child processes do not inherit it.
			expect(await session.runOne('[string]$env:OFFLINE_IM_CREDENTIAL_PAD')).toEqual({ok: true, output: ['']});
		});

		it('that are wrong fail at New-PSSession with the access-denied message', async () => {
			const {session} = await start(tenant => {
				tenant.signIn.credentials = [{userName: rehearsalCredentials.userName, password}];
			});
			await session.defineCredential('credential', quotePowerShellLiteral(rehearsalCredentials.userName), 'not-the-password');
			const connected = await session.runOne(newSession);
			expect(connected.ok).toBe(false);
			expect(connected).toMatchObject({error: expect.stringMatching(/Access is denied/i)});
		});
	});
});

describe('PowerShellSession against the simulator only (facts and faults a real engine cannot fake)', () => {
	it('reports the engine version the tenant gives', async () => {
		const {session} = await startWith({powershell: {engineVersion: '5.1.22621.1'}});
		expect(session.engineVersion).toBe('5.1.22621.1');
		expect(session.alive).toBe(true);
	});

	it('reads the environment facts from the tenant', async () => {
		const {session} = await startWith({
			powershell: {engineVersion: '5.1.17763.1', hostName: 'Windows PowerShell ISE Host', hostVersion: '5.1.17763.1', os64: true, process64: false},
			executionPolicies: {LocalMachine: 'Restricted', CurrentUser: 'Undefined'},
			modules: [{name: 'MicrosoftTeams', version: '5.1.0'}],
		});
		const facts = await probeEnvironment(session);
		expect(facts).toMatchObject({
			engineVersion: '5.1.17763.1',
			edition: 'Desktop',
			hostName: 'Windows PowerShell ISE Host',
			os64: true,
			process64: false,
			platform: 'Win32NT',
			effectiveExecutionPolicy: 'Restricted',
			modules: [{name: 'MicrosoftTeams', version: '5.1.0'}],
			probeErrors: [],
		});
		expect(facts.executionPolicies).toContainEqual({scope: 'LocalMachine', policy: 'Restricted'});
	});

	it('starts PowerShell with -ExecutionPolicy Bypass when asked (Process scope)', async () => {
		const {session} = await startWith({executionPolicies: {LocalMachine: 'Restricted'}}, {bypass: true});
		const facts = await probeEnvironment(session);
		expect(facts.effectiveExecutionPolicy).toBe('Bypass');
		expect(facts.executionPolicies).toContainEqual({scope: 'Process', policy: 'Bypass'});
	});

	it('refuses an engine older than 3.0 with its version, instead of waiting for an answer', async () => {
		const tenantFile = writeTenant({powershell: {engineVersion: '2.0', edition: null, hostVersion: '2.0'}});
		const error = await PowerShellSession.start({executable, env: {[tenantVariable]: tenantFile}}).catch((error: unknown) => error);
		expect(error).toBeInstanceOf(SessionError);
		expect((error as SessionError).failure).toEqual({kind: 'too-old', engineVersion: '2.0'});
	});

	it('reports a process that exits in the middle of a run, and refuses later requests', async () => {
		const {session} = await startWith({faults: {exitAfterRequests: {requests: 1, exitCode: 3}}});
		expect((await session.runOne('1')).ok).toBe(true);
		const error = await session.runOne('2').catch((error: unknown) => error);
		expect(error).toBeInstanceOf(SessionError);
		expect((error as SessionError).failure).toMatchObject({kind: 'exited', exitCode: 3});
		expect(session.alive).toBe(false);
		await expect(session.runOne('3')).rejects.toBeInstanceOf(SessionError);
	});

	it('gives up on a hung request after its timeout and stops the process', async () => {
		const {session} = await startWith({faults: {hangOnRequest: 1}}, {requestTimeoutMs: 800});
		const started = Date.now();
		const error = await session.runOne('1').catch((error: unknown) => error);
		expect(error).toBeInstanceOf(SessionError);
		expect((error as SessionError).failure).toMatchObject({kind: 'timeout', timeoutMs: 800});
		expect(Date.now() - started).toBeLessThan(5000);
		expect(session.alive).toBe(false);
	});

	it('reports an executable that cannot be started', async () => {
		const error = await PowerShellSession.start({
			executable: {file: path.join('/nonexistent', 'pwsh'), prefixArgs: [], display: 'pwsh', simulated: false},
		}).catch((error: unknown) => error);
		expect(error).toBeInstanceOf(SessionError);
		expect((error as SessionError).failure.kind).toBe('not-started');
	});
});

describe('typed passwords, on the simulator (which records its stdin)', () => {
	const password = 'S3cret-Üñí-pässwörd';

	it('never cross stdin in clear or as Base64', async () => {
		const stdinLog = path.join(mkdtempSync(path.join(os.tmpdir(), 'offline-im-stdin-')), 'stdin.log');
		const {session} = await startWith(tenant => {
			tenant.signIn.credentials = [{userName: rehearsalCredentials.userName, password}];
			tenant.recordStdinTo = stdinLog;
		});

		const defined = await session.defineCredential('credential', `'${rehearsalCredentials.userName}'`, password);
		expect(defined).toEqual({ok: true, output: []});
		const connected = await session.runOne("$session = New-PSSession -ConnectionUri 'https://pool01.contoso.com/OcsPowershell' -Credential $credential");
		expect(connected).toEqual({ok: true, output: []});

		const commandLine = readFileSync(`/proc/${session.pid}/cmdline`, 'utf8');
		expect(commandLine).not.toContain(password);
		expect(readFileSync(stdinLog, 'utf8')).not.toContain(password);
		expect(readFileSync(stdinLog, 'utf8')).not.toContain(Buffer.from(password).toString('base64'));
	});
});
