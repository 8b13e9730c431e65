import {writeFileSync} from 'node:fs';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {type SimulatorProcess, ensureSimulatorBuilt, readTenant, runSimulator, startSimulator, writeTenant} from '../support/simulator.js';

beforeAll(async () => {
	await ensureSimulatorBuilt();
}, 60_000);

const running: SimulatorProcess[] = [];

function start(tenantFile: string): SimulatorProcess {
	const simulator = startSimulator({tenantFile});
	running.push(simulator);
	return simulator;
}

afterEach(() => {
	for (const process of running.splice(0)) process.kill();
});

describe('injected faults', () => {
	it('exits with the given code on the request after N, without answering it; the file shows the first N', async () => {
		const tenantFile = writeTenant({faults: {exitAfterRequests: {requests: 2, exitCode: 3}}});
		const simulator = start(tenantFile);
		await simulator.handshake();
		await simulator.run('Import-Module SkypeForBusiness');
		await simulator.run("Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'SalesPolicy'");
		const nonce = simulator.sendRequest(["Grant-CsClientPolicy -Identity 'Pilar Ackerman' -PolicyName 'SalesPolicy'"]);
		expect(await simulator.exited).toMatchObject({exitCode: 3});
		await expect(simulator.reply(nonce, 200)).rejects.toThrow();
		const tenant = readTenant(tenantFile);
		expect(tenant.users.find(user => user.displayName === 'Tony Smith')?.clientPolicy).toBe('SalesPolicy');
		expect(tenant.users.find(user => user.displayName === 'Pilar Ackerman')?.clientPolicy).toBeNull();
		expect(tenant.stats.requests).toBe(2);
	});

	it('hangs on request N: no reply, the process stays alive', async () => {
		const simulator = start(writeTenant({faults: {hangOnRequest: 2}}));
		await simulator.handshake();
		expect(await simulator.run("'first'")).toEqual({ok: true, output: ['first']});
		const nonce = simulator.sendRequest(["'second'"]);
		await expect(simulator.reply(nonce, 800)).rejects.toThrow(/timed out/);
		const state = await Promise.race([simulator.exited.then(() => 'exited'), new Promise(resolve => setTimeout(() => resolve('alive'), 100))]);
		expect(state).toBe('alive');
	});

	it('delays every reply by the given time', async () => {
		const simulator = start(writeTenant({faults: {replyDelayMs: 400}}));
		await simulator.handshake();
		const started = Date.now();
		expect(await simulator.run("'slow'")).toEqual({ok: true, output: ['slow']});
		expect(Date.now() - started).toBeGreaterThanOrEqual(390);
	});

	it('fails the grant of a chosen user (named in any form) with the given message; others succeed', async () => {
		const tenantFile = writeTenant({faults: {failingGrants: [{user: 'sip:pilar@contoso.com', message: 'Active Directory operation failed on "dc01.contoso.com".'}]}});
		const simulator = start(tenantFile);
		await simulator.handshake();
		await simulator.run('Import-Module SkypeForBusiness');
		const results = await simulator.request([
			"Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'SalesPolicy'",
			"Grant-CsClientPolicy -Identity 'Pilar Ackerman' -PolicyName 'SalesPolicy'",
			"Grant-CsClientPolicy -Identity 'aidan@contoso.com' -PolicyName 'SalesPolicy'",
		]);
		expect(results.map(result => result.ok)).toEqual([true, false, true]);
		expect(results[1]).toMatchObject({error: 'Active Directory operation failed on "dc01.contoso.com".'});
		expect(readTenant(tenantFile).users.filter(user => user.clientPolicy === 'SalesPolicy').map(user => user.displayName)).toEqual([
			'Tony Smith',
			'Ken Myer',
			'Zoë Müller',
			'Aidan Delaney',
		]);
	});
});

describe('the tenant file', () => {
	it('counts process starts across runs', async () => {
		const tenantFile = writeTenant();
		await runSimulator(tenantFile, ["'one'"]);
		await runSimulator(tenantFile, ["'two'"]);
		expect(readTenant(tenantFile).stats.processStarts).toBe(2);
	});

	it('keeps changes made by interactive statements', async () => {
		const tenantFile = writeTenant();
		await runSimulator(tenantFile, ['Import-Module SkypeForBusiness', 'Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $true']);
		expect(readTenant(tenantFile).policies[0]).toEqual({identity: 'Global', enableIMAutoArchiving: true});
	});

	it('refuses a broken file with a clear message and exit code 1', async () => {
		const tenantFile = writeTenant();
		writeFileSync(tenantFile, '{"powershell": {"engineVersion": "five"}}');
		const result = await runSimulator(tenantFile, ["'x'"]);
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toContain(`offline-im simulator: the tenant file ${tenantFile} is not a valid simulated tenant:`);
		expect(result.stderr).toContain('powershell.engineVersion');
		writeFileSync(tenantFile, 'not json');
		const notJson = await runSimulator(tenantFile, ["'x'"]);
		expect(notJson.exitCode).toBe(1);
		expect(notJson.stderr).toContain('is not JSON');
	});

	it('needs OFFLINE_IM_SIMULATOR_TENANT', async () => {
		const result = await runSimulator(undefined, ["'x'"]);
		expect(result.exitCode).toBe(1);
		expect(result.stderr).toContain('set OFFLINE_IM_SIMULATOR_TENANT');
	});
});

describe('the command line', () => {
	it('accepts pwsh switches case-insensitively and by prefix', async () => {
		const result = await runSimulator(writeTenant(), ["'ok'"], {args: ['-nol', '-NOPROFILE', '-noni', '-ep', 'bypass', '-c', '-']});
		expect(result).toMatchObject({exitCode: 0, stdout: 'ok\r\n'});
	});

	it('rejects an unknown switch with pwsh\'s usage error and exit code 64', async () => {
		const result = await runSimulator(writeTenant(), ["'x'"], {args: ['-NoLogo', '-Bogus', '-Command', '-']});
		expect(result.exitCode).toBe(64);
		expect(result.stderr).toContain("The argument '-Bogus' is not recognized as the name of a script file.");
		expect(result.stderr).toContain('Usage: pwsh[.exe]');
		expect(result.stdout).toBe('');
	});

	it('requires -Command - to come last', async () => {
		const result = await runSimulator(writeTenant(), ["'x'"], {args: ['-Command', '-', '-NoLogo']});
		expect(result.exitCode).toBe(64);
	});
});
