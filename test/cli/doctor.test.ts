/**
 * `offline-im doctor` end to end: the built program, the real bridge and the simulator process,
 * one tenant per case, each prerequisite failing on its own.
 */
import {describe, expect, it} from 'vitest';
import type {Check} from '../../source/checks/prerequisites.js';
import {readTenant, writeTenant, type TenantOverrides} from '../support/simulator.js';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {runCli, temporaryFolder} from '../support/cli.js';
import {realPowerShell, realPowerShellMarker} from '../support/real-powershell.js';

type Report = {
	format: string;
	tool: {name: string; version: string};
	rehearsal: boolean;
	checks: Check[];
	summary: {ok: boolean; failed: number};
	powershell: Record<string, unknown>;
};

async function doctor(overrides?: TenantOverrides, ...args: string[]) {
	const tenantFile = writeTenant(overrides);
	const run = await runCli(['doctor', '--simulate', '--json', ...args], {tenantFile});
	const report = JSON.parse(run.stdout) as Report;
	const check = (id: string) => report.checks.find(candidate => candidate.id === id);
	return {run, report, check, tenantFile};
}

describe('offline-im doctor --simulate --json', () => {
	it('passes every check against the sample tenant and says so with exit 0', async () => {
		const {run, report, tenantFile} = await doctor();
		expect(run.exitCode).toBe(0);
		expect(report).toMatchObject({format: 'offline-im-doctor/1', tool: {name: 'offline-im'}, rehearsal: true, summary: {ok: true, failed: 0}});
		expect(report.checks.map(check => check.id)).toEqual(
			expect.arrayContaining(['powershell', 'engine', 'language-mode', 'edition', 'os-bitness', 'process-bitness', 'module', 'execution-policy', 'client']),
		);
		expect(report.checks.filter(check => check.status === 'fail')).toEqual([]);
		expect(readTenant(tenantFile).stats.processStarts).toBe(1);
	});

	it('fails the engine check on PowerShell 2.0, with the fix', async () => {
		const {run, check} = await doctor({powershell: {engineVersion: '2.0', edition: null, hostVersion: '2.0'}});
		expect(run.exitCode).toBe(1);
		expect(check('engine')).toMatchObject({status: 'fail', value: '2.0', fix: {link: 'https://aka.ms/wmf5download'}});
	});

	it('reads the engine, not the host: host 1.0 over engine 5.1 passes and shows both', async () => {
		const {run, check} = await doctor({powershell: {engineVersion: '5.1.19041.4648', hostName: 'RemoteHost', hostVersion: '1.0.0.0'}});
		expect(run.exitCode).toBe(0);
		expect(check('engine')).toMatchObject({status: 'pass', value: expect.stringContaining('5.1.19041.4648')});
		expect(check('engine')?.value).toContain('RemoteHost 1.0.0.0');
		expect(check('engine')?.reason).toMatch(/Get-Host/);
	});

	it('fails Constrained Language Mode at once, with the reason and a fix, instead of waiting', async () => {
		const started = Date.now();
		const {run, check} = await doctor({powershell: {languageMode: 'ConstrainedLanguage'}});
		expect(Date.now() - started).toBeLessThan(10_000);
		expect(run.exitCode).toBe(1);
		expect(check('engine')?.status).toBe('pass');
		expect(check('language-mode')).toMatchObject({status: 'fail', value: 'ConstrainedLanguage', reason: expect.stringContaining('AppLocker')});
		expect(check('powershell')?.status).toBe('pass');
	});

	it('fails a 32-bit process on a 64-bit OS and names the 64-bit PowerShell', async () => {
		const {run, check} = await doctor({powershell: {os64: true, process64: false}});
		expect(run.exitCode).toBe(1);
		expect(check('os-bitness')?.status).toBe('pass');
		expect(check('process-bitness')).toMatchObject({status: 'fail', fix: {text: expect.stringContaining('System32\\WindowsPowerShell\\v1.0\\powershell.exe')}});
	});

	it('fails when the Skype for Business module is missing', async () => {
		const {run, check} = await doctor({modules: []});
		expect(run.exitCode).toBe(1);
		expect(check('module')).toMatchObject({status: 'fail', value: 'not installed'});
	});

	it('fails on execution policy Restricted, with the command that fixes it', async () => {
		const {run, check} = await doctor({executionPolicies: {LocalMachine: 'Restricted', CurrentUser: 'Undefined'}});
		expect(run.exitCode).toBe(1);
		expect(check('execution-policy')).toMatchObject({status: 'fail', fix: {command: 'Set-ExecutionPolicy RemoteSigned -Scope CurrentUser'}});
	});

	it('says Group Policy decides when it sets the execution policy', async () => {
		const {check} = await doctor({executionPolicies: {MachinePolicy: 'AllSigned'}}, '--target', 'online');
		expect(check('execution-policy')).toMatchObject({status: 'fail', reason: expect.stringContaining('Group Policy')});
	});

	it('passes execution policy Restricted when started with --bypass-execution-policy', async () => {
		const {run, check} = await doctor({executionPolicies: {LocalMachine: 'Restricted'}}, '--bypass-execution-policy');
		expect(run.exitCode).toBe(0);
		expect(check('execution-policy')?.status).toBe('pass');
	});

	it('explains a MicrosoftTeams module that cannot do the job when it is the only one', async () => {
		const {run, check} = await doctor({modules: [{name: 'MicrosoftTeams', version: '5.1.0'}], onlineConnectorInstalled: false}, '--target', 'online');
		expect(run.exitCode).toBe(1);
		expect(check('module')?.status).toBe('fail');
		expect(check('teams')).toMatchObject({status: 'warn', reason: expect.stringContaining('4.6.0')});
		expect(check('online-retired')?.status).toBe('warn');
	});

	it('checks a remote pool by resolving its name', async () => {
		const found = await doctor(undefined, '--pool', 'pool01.contoso.com');
		expect(found.check('pool')).toMatchObject({status: 'pass', value: '10.0.0.21'});
		const missing = await doctor(undefined, '--pool', 'pool99.contoso.com');
		expect(missing.run.exitCode).toBe(1);
		expect(missing.check('pool')).toMatchObject({status: 'fail', fix: {command: 'Test-NetConnection pool99.contoso.com -Port 443'}});
	});
});

describe('offline-im doctor, for people', () => {
	it('prints status words, the reason and the fix, and exits 1 on a failure', async () => {
		const tenantFile = writeTenant({executionPolicies: {LocalMachine: 'Restricted'}});
		const run = await runCli(['doctor', '--simulate'], {tenantFile});
		expect(run.exitCode).toBe(1);
		expect(run.stdout).toContain('REHEARSAL');
		expect(run.stdout).toMatch(/^FAIL +Execution policy lets the modules load: Restricted \(set at LocalMachine\)$/m);
		expect(run.stdout).toContain('Run in PowerShell: Set-ExecutionPolicy RemoteSigned -Scope CurrentUser');
		expect(run.stdout).toContain('1 check failed');
	});

	it('speaks Italian with --lang it', async () => {
		const run = await runCli(['doctor', '--simulate', '--lang', 'it'], {tenantFile: writeTenant()});
		expect(run.exitCode).toBe(0);
		expect(run.stdout).toContain('Tutti i controlli sono superati.');
		expect(run.stdout).toMatch(/^OK +PowerShell trovato: Simulatore di PowerShell \(prova\)$/m);
	});

	it('says when --powershell names a file that exists but cannot be run', async () => {
		const file = path.join(temporaryFolder(), 'powershell.txt');
		writeFileSync(file, 'not a program');
		const run = await runCli(['doctor', '--powershell', file]);
		expect(run.exitCode).toBe(1);
		expect(run.stdout).toContain(`${file} (--powershell: exists, but is not a program that can be run)`);
	});

	it('fails the first check, with where it looked, when no PowerShell can be found', async () => {
		const run = await runCli(['doctor'], {env: {PATH: '/nonexistent', OFFLINE_IM_POWERSHELL: ''}});
		expect(run.exitCode).toBe(1);
		expect(run.stdout).toMatch(/FAIL +PowerShell found: not found/);
		expect(run.stdout).toContain('--simulate');
	});
});

const real = realPowerShell();

describe.skipIf(!real)(`offline-im doctor --simulate --powershell PATH: a rehearsal on a real PowerShell ${realPowerShellMarker}`, () => {
	const doctorOn = async (overrides?: TenantOverrides, ...args: string[]) => {
		const tenantFile = writeTenant(overrides);
		const run = await runCli(['doctor', '--simulate', '--powershell', real!.file, '--json', ...args], {tenantFile, env: {OFFLINE_IM_REHEARSAL_ENGINE: ''}});
		const report = JSON.parse(run.stdout) as Report;
		return {run, report, check: (id: string) => report.checks.find(candidate => candidate.id === id), tenantFile};
	};

	it('reports the real engine; only the Skype for Business module is simulated, and says so', async () => {
		const {run, report, check, tenantFile} = await doctorOn();
		expect(run.exitCode).toBe(0);
		expect(report.rehearsal).toBe(true);
		expect(report.powershell).toMatchObject({engineVersion: real!.version, engine: 'real', skypeForBusiness: 'simulated', executable: real!.file, languageMode: 'FullLanguage'});
		expect(report.powershell['modules']).toContainEqual({name: 'SkypeForBusiness', version: '7.0.0.0', simulated: true});
		expect(check('powershell')?.value).toContain(real!.file);
		expect(check('powershell')?.value).toContain('only Skype for Business is simulated');
		expect(check('module')).toMatchObject({status: 'pass', value: 'SkypeForBusiness 7.0.0.0 (simulated for the rehearsal)'});
		expect(check('engine')?.value).toContain(real!.version);
		expect(readTenant(tenantFile).stats.processStarts).toBe(1);
	});

	it('says in words which engine rehearsed', async () => {
		const tenantFile = writeTenant();
		const run = await runCli(['doctor', '--simulate', '--powershell', real!.file], {tenantFile});
		expect(run.exitCode).toBe(0);
		expect(run.stdout).toContain(`Rehearsal on your own PowerShell (${real!.file})`);
	});

	it('fails the module check when the simulated tenant has no Skype for Business module', async () => {
		const {run, check} = await doctorOn({modules: []});
		expect(run.exitCode).toBe(1);
		expect(check('module')).toMatchObject({status: 'fail', value: 'not installed'});
	});

	it('resolves the simulated pool, and fails one the tenant does not have', async () => {
		expect((await doctorOn(undefined, '--pool', 'pool01.contoso.com')).check('pool')).toMatchObject({status: 'pass', value: '10.0.0.21'});
		const unknown = await doctorOn(undefined, '--pool', 'pool99.contoso.invalid');
		expect(unknown.run.exitCode).toBe(1);
		expect(unknown.check('pool')?.status).toBe('fail');
	});
});

describe('offline-im doctor --simulate --powershell PATH that does not exist', () => {
	it('reports the PowerShell it was told to use as missing, instead of rehearsing on the simulator', async () => {
		const tenantFile = writeTenant();
		const run = await runCli(['doctor', '--simulate', '--powershell', '/nonexistent/pwsh', '--json'], {tenantFile, env: {OFFLINE_IM_REHEARSAL_ENGINE: ''}});
		expect(run.exitCode).toBe(1);
		const report = JSON.parse(run.stdout) as Report;
		expect(report.checks.find(check => check.id === 'powershell')).toMatchObject({status: 'fail', value: 'not found'});
	});
});
