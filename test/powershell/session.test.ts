/**
 * The real bridge (PowerShellSession) against the simulator process, started exactly as pwsh
 * would be: every request crosses a real pipe in the real frame format.
 */
import {mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {probeEnvironment} from '../../source/powershell/environment.js';
import type {PowerShellExecutable} from '../../source/powershell/locate.js';
import {PowerShellSession, SessionError} from '../../source/powershell/session.js';
import {simulatorExecutable} from '../../source/simulator/locate.js';
import {rehearsalCredentials} from '../../source/simulator/sample-tenant.js';
import {tenantVariable} from '../../source/simulator/tenant.js';
import {readTenant, writeTenant, type TenantOverrides} from '../support/simulator.js';

const simulator = simulatorExecutable();
const executable: PowerShellExecutable = {file: simulator.file, prefixArgs: simulator.prefixArgs, display: simulator.display, simulated: true};
const sessions: PowerShellSession[] = [];

async function startWith(overrides?: TenantOverrides, options: {requestTimeoutMs?: number; bypass?: boolean} = {}) {
	const tenantFile = writeTenant(overrides);
	const session = await PowerShellSession.start({
		executable,
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

describe('PowerShellSession against the simulator', () => {
	it('starts with a handshake that reports the engine version', async () => {
		const {session} = await startWith({powershell: {engineVersion: '5.1.22621.1'}});
		expect(session.engineVersion).toBe('5.1.22621.1');
		expect(session.alive).toBe(true);
	});

	it('answers each command of a request separately, failures included', async () => {
		const {session} = await startWith();
		const results = await session.run(['$PSVersionTable.PSVersion.ToString()', 'Grant -CsClientPolicy', '[Environment]::Is64BitProcess']);
		expect(results).toHaveLength(3);
		expect(results[0]).toEqual({ok: true, output: ['5.1.19041.4648']});
		expect(results[1]?.ok).toBe(false);
		expect(results[1]).toMatchObject({error: expect.stringContaining("The term 'Grant' is not recognized")});
		expect(results[2]).toEqual({ok: true, output: [true]});
	});

	it('stops at the first failure when asked to', async () => {
		const {session} = await startWith();
		const results = await session.run(['1', 'Get-Nothing', '3'], {stopOnError: true});
		expect(results.map(result => result.ok)).toEqual([true, false]);
	});

	it('keeps variables from one request to the next, as one interactive session does', async () => {
		const {session} = await startWith();
		await session.runOne("$pool = 'pool01.contoso.com'");
		expect(await session.runOne('$pool')).toEqual({ok: true, output: ['pool01.contoso.com']});
	});

	it('carries non-ASCII text both ways intact', async () => {
		const {session} = await startWith();
		const name = 'Zoë Müller — 東京 ‘quoted’';
		const literal = `'${name.replaceAll('‘', '‘‘').replaceAll('’', '’’')}'`;
		expect(await session.runOne(literal)).toEqual({ok: true, output: [name]});
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

	it('gives each command the timeout, not the whole request: a slow pool is not a hang', async () => {
		const {session} = await startWith({faults: {commandDelayMs: 300}}, {requestTimeoutMs: 800});
		const results = await session.run(['1', '2', '3', '4', '5']);
		expect(results.map(result => result.ok)).toEqual([true, true, true, true, true]);
		expect(session.alive).toBe(true);
	});

	it('reports an executable that cannot be started', async () => {
		const error = await PowerShellSession.start({
			executable: {file: path.join('/nonexistent', 'pwsh'), prefixArgs: [], display: 'pwsh', simulated: false},
		}).catch((error: unknown) => error);
		expect(error).toBeInstanceOf(SessionError);
		expect((error as SessionError).failure.kind).toBe('not-started');
	});

	it('starts exactly one process for a whole session of requests', async () => {
		const {session, tenantFile} = await startWith();
		for (let index = 0; index < 5; index++) await session.runOne(String(index));
		await session.run(['1', '2', '3']);
		await session.stop();
		expect(readTenant(tenantFile).stats.processStarts).toBe(1);
	});
});

describe('typed passwords', () => {
	const password = 'S3cret-Üñí-pässwörd';

	it('reach PowerShell as a PSCredential that opens the session, and nowhere in clear', async () => {
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

	it('that are wrong fail at New-PSSession with the access-denied message', async () => {
		const {session} = await startWith(tenant => {
			tenant.signIn.credentials = [{userName: rehearsalCredentials.userName, password}];
		});
		await session.defineCredential('credential', `'${rehearsalCredentials.userName}'`, 'not-the-password');
		const connected = await session.runOne("$session = New-PSSession -ConnectionUri 'https://pool01.contoso.com/OcsPowershell' -Credential $credential");
		expect(connected.ok).toBe(false);
		expect(connected).toMatchObject({error: expect.stringMatching(/Access is denied/i)});
	});
});
