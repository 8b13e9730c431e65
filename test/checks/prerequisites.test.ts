/**
 * The prerequisite checks of issue 10, section 6: a remote pool off Windows, one message per
 * execution policy (AllSigned is not Restricted), and the Windows PowerShell in System32 (not
 * "5.1": Windows Server 2012 R2 ships 4.0). The rules are a pure function of the facts and are
 * checked on facts; the facts themselves come from the real bridge, against the simulator (whose
 * tenant plays the platform) and, where there is one, a real PowerShell with the stand-in.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {evaluatePrerequisites, type Check, type CheckTarget, type PrerequisiteFacts} from '../../source/checks/prerequisites.js';
import {runPrerequisites} from '../../source/checks/run-prerequisites.js';
import {checks as english} from '../../source/i18n/en/checks.js';
import {checks as italian} from '../../source/i18n/it/checks.js';
import type {EnvironmentFacts} from '../../source/powershell/environment.js';
import type {Located} from '../../source/powershell/locate.js';
import type {PowerShellSession} from '../../source/powershell/session.js';
import {tenantVariable} from '../../source/simulator/tenant.js';
import {backendSession, describeOnBackends} from '../support/backends.js';
import {writeTenant, type TenantOverrides} from '../support/simulator.js';

const windows: EnvironmentFacts = {
	engineVersion: '5.1.19041.4648',
	languageMode: 'FullLanguage',
	edition: 'Desktop',
	hostName: 'ConsoleHost',
	hostVersion: '5.1.19041.4648',
	os64: true,
	process64: true,
	platform: 'Win32NT',
	osVersion: 'Microsoft Windows NT 10.0.17763.0',
	executionPolicies: [
		{scope: 'MachinePolicy', policy: 'Undefined'},
		{scope: 'UserPolicy', policy: 'Undefined'},
		{scope: 'Process', policy: 'Undefined'},
		{scope: 'CurrentUser', policy: 'Undefined'},
		{scope: 'LocalMachine', policy: 'RemoteSigned'},
	],
	effectiveExecutionPolicy: 'RemoteSigned',
	modules: [{name: 'SkypeForBusiness', version: '7.0.0.0'}],
	onlineConnectorInstalled: true,
	probeErrors: [],
};
const linux: EnvironmentFacts = {...windows, edition: 'Core', platform: 'Unix', osVersion: 'Unix 6.8.0.0', engineVersion: '7.6.10', hostVersion: '7.6.10'};

const realPowerShell: Located = {ok: true, executable: {file: '/usr/bin/pwsh', prefixArgs: [], display: '/usr/bin/pwsh', simulated: false}};
const standIn: Located = {
	ok: true,
	executable: {file: '/usr/bin/pwsh', prefixArgs: [], display: '/usr/bin/pwsh', simulated: true, standIn: {simulatedModules: ['SkypeForBusiness', 'SkypeOnlineConnector']}},
};

const pool: CheckTarget = {kind: 'server', pool: 'pool01.contoso.com'};
const local: CheckTarget = {kind: 'server'};

function evaluate(target: CheckTarget, environment: EnvironmentFacts, extra: Partial<PrerequisiteFacts> = {}, messages = english) {
	const facts: PrerequisiteFacts = {target, platform: 'linux', located: realPowerShell, environment, pool: {ok: true, address: '10.0.0.21'}, ...extra};
	const checks = evaluatePrerequisites(facts, messages);
	return {checks, check: (id: string): Check | undefined => checks.find(candidate => candidate.id === id)};
}

/** Execution policy `policy` at `scope`, the others undefined. */
function policy(scope: string, value: string): Pick<EnvironmentFacts, 'executionPolicies' | 'effectiveExecutionPolicy'> {
	return {
		executionPolicies: windows.executionPolicies.map(entry => ({scope: entry.scope, policy: entry.scope === scope ? value : 'Undefined'})),
		effectiveExecutionPolicy: value,
	};
}

describe('a remote pool from PowerShell off Windows', () => {
	it('fails, saying that WSMan remoting works only on Windows, with a fix', () => {
		const {check} = evaluate(pool, linux);
		expect(check('pool')).toMatchObject({status: 'pass', value: '10.0.0.21'});
		expect(check('remoting')).toMatchObject({
			status: 'fail',
			title: 'Remote PowerShell session to the pool',
			value: 'not supported on Unix',
			reason: expect.stringMatching(/New-PSSession -ConnectionUri.*WSMan.*only on Windows, not on Linux or macOS/),
			fix: {text: expect.stringContaining('Windows computer')},
		});
	});

	it('fails the remote target whose pool the wizard has not asked for yet', () => {
		expect(evaluate({kind: 'server', remote: true}, linux).check('remoting')?.status).toBe('fail');
	});

	it('is no concern on Windows, for the local module, or when the probe could not tell', () => {
		expect(evaluate(pool, windows).check('remoting')).toBeUndefined();
		expect(evaluate(local, {...linux, modules: [{name: 'SkypeForBusiness', version: '7.0.0.0'}]}).check('remoting')).toBeUndefined();
		expect(evaluate(pool, {...linux, platform: ''}).check('remoting')).toBeUndefined();
	});

	it('only warns in a rehearsal on a real PowerShell, where the stand-in plays the remote session', () => {
		const {check} = evaluate(pool, linux, {located: standIn});
		expect(check('remoting')).toMatchObject({status: 'warn', reason: expect.stringMatching(/^The rehearsal simulates the remote session.*a real run from this PowerShell could not/)});
	});

	it('says so in Italian too', () => {
		expect(evaluate(pool, linux, {}, italian).check('remoting')).toMatchObject({
			status: 'fail',
			title: 'Sessione PowerShell remota verso il pool',
			reason: expect.stringContaining('comunicazione remota WSMan'),
		});
	});
});

describe('one message per execution policy', () => {
	it('Restricted: "running scripts is disabled", with the command that allows them', () => {
		const {check} = evaluate(pool, {...windows, ...policy('LocalMachine', 'Restricted')});
		expect(check('execution-policy')).toMatchObject({
			status: 'fail',
			reason: expect.stringMatching(/^With Restricted, PowerShell runs no script files.*running scripts is disabled on this system/),
			fix: {command: 'Set-ExecutionPolicy RemoteSigned -Scope CurrentUser'},
		});
	});

	it('AllSigned with a remote pool: Import-PSSession has no certificate to sign its module with, in PowerShell’s own words', () => {
		const reason = evaluate(pool, {...windows, ...policy('CurrentUser', 'AllSigned')}).check('execution-policy')?.reason;
		expect(reason).toMatch(/^With AllSigned, Import-PSSession must sign the temporary module/);
		expect(reason).toContain('Provide a valid certificate with which to sign the files.');
		expect(reason).not.toMatch(/Restricted|Trusted Publishers/);
	});

	it('AllSigned Online: the signed connector also needs Microsoft in Trusted Publishers, which a -NonInteractive session cannot be asked', () => {
		const {check} = evaluate({kind: 'online'}, {...windows, ...policy('CurrentUser', 'AllSigned')});
		expect(check('execution-policy')).toMatchObject({status: 'fail', reason: expect.stringMatching(/Import-PSSession[\s\S]*Trusted Publishers[\s\S]*-NonInteractive/)});
	});

	it('AllSigned with the local module: a warning that it loads only if Microsoft is a trusted publisher, and how to trust it', () => {
		const {check} = evaluate(local, {...windows, ...policy('LocalMachine', 'AllSigned')});
		expect(check('execution-policy')).toMatchObject({
			status: 'warn',
			reason: expect.stringMatching(/SkypeForBusiness module, signed by Microsoft, loads only if Microsoft’s certificate is in your Trusted Publishers.*-NonInteractive.*cannot answer/),
			fix: {text: expect.stringMatching(/Always run.*--bypass-execution-policy/), command: 'Import-Module SkypeForBusiness'},
		});
		expect(check('execution-policy')?.reason).toContain('is not digitally signed');
		expect(check('execution-policy')?.reason).not.toContain('running scripts is disabled');
	});

	it('AllSigned with the Lync module names Lync; set by Group Policy, the fix offers no bypass', () => {
		const {check} = evaluate(local, {...windows, ...policy('MachinePolicy', 'AllSigned'), modules: [{name: 'Lync', version: '5.0.0.0'}]});
		expect(check('execution-policy')).toMatchObject({status: 'warn', fix: {command: 'Import-Module Lync'}});
		expect(check('execution-policy')?.fix?.text).not.toContain('--bypass-execution-policy');
	});

	it('set by Group Policy: the policy’s own reason, then why -ExecutionPolicy Bypass cannot help', () => {
		const {check} = evaluate(pool, {...windows, ...policy('MachinePolicy', 'AllSigned')});
		expect(check('execution-policy')).toMatchObject({status: 'fail', reason: expect.stringMatching(/^With AllSigned, Import-PSSession[\s\S]*Group Policy sets the execution policy to AllSigned/)});
	});
});

describe('the Windows PowerShell to use', () => {
	const notFound: Located = {ok: false, searched: [{name: 'pwsh', source: 'PATH', notRunnable: false}]};

	it.each([
		['en', english, 'Windows PowerShell in System32'],
		['it', italian, 'Windows PowerShell della cartella System32'],
	] as const)('is "the Windows PowerShell in System32", not 5.1 (Server 2012 R2 has 4.0): %s', (_language, messages, words) => {
		const missing = evaluate(local, windows, {platform: 'win32', located: notFound, environment: undefined}, messages).check('powershell');
		expect(missing?.fix?.text).toContain(words);
		expect(missing?.fix?.text).toContain('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
		const core = evaluate({kind: 'online'}, {...windows, edition: 'Core'}, {}, messages).check('edition');
		expect(core?.fix?.text).toContain(words);
		expect(`${missing?.fix?.text} ${core?.fix?.text}`).not.toContain('5.1');
	});
});

/** The checks as the run gathers them: the real bridge, a real process, one tenant. */
describeOnBackends('the checks on facts from the bridge', backend => {
	const sessions: PowerShellSession[] = [];
	afterEach(async () => {
		await Promise.all(sessions.splice(0).map(async session => session.stop()));
	});

	async function gather(target: CheckTarget, overrides?: TenantOverrides) {
		const how = backendSession(backend);
		const run = await runPrerequisites({
			target,
			located: {ok: true, executable: how.executable},
			sessionOptions: {env: {[tenantVariable]: writeTenant(overrides)}, ...(how.setupCommands ? {setupCommands: how.setupCommands} : {})},
			messages: english,
		});
		if (run.session) sessions.push(run.session);
		return {...run, check: (id: string) => run.checks.find(check => check.id === id)};
	}

	if (backend.kind === 'simulator') {
		it('fails a remote pool when the simulated PowerShell runs on Unix, and not on Windows', async () => {
			const unix = await gather(pool, {powershell: {platform: 'Unix'}});
			expect(unix.facts.environment?.platform).toBe('Unix');
			expect(unix.check('pool')?.status).toBe('pass');
			expect(unix.check('remoting')).toMatchObject({status: 'fail', reason: expect.stringContaining('WSMan')});
			expect((await gather(pool)).check('remoting')).toBeUndefined();
		});

		it('warns under AllSigned for the local module and fails it for a pool', async () => {
			const allSigned = {executionPolicies: {LocalMachine: 'AllSigned' as const}};
			expect((await gather(local, allSigned)).check('execution-policy')).toMatchObject({status: 'warn', reason: expect.stringContaining('Trusted Publishers')});
			expect((await gather(pool, allSigned)).check('execution-policy')).toMatchObject({status: 'fail', reason: expect.stringContaining('Provide a valid certificate')});
		});
	} else {
		it('reports the real platform: off Windows a pool is a warning in the rehearsal, with the reason', async () => {
			const run = await gather(pool);
			if (process.platform === 'win32') {
				expect(run.check('remoting')).toBeUndefined();
				return;
			}

			expect(run.facts.environment?.platform).toBe('Unix');
			expect(run.check('pool')?.status).toBe('pass');
			expect(run.check('remoting')).toMatchObject({status: 'warn', reason: expect.stringContaining('WSMan')});
		});
	}
});
