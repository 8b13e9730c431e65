/**
 * `offline-im apply` end to end: the built program, the real bridge and a separate process, on
 * both back ends (the simulator, and a real PowerShell with the stand-in module) with the same
 * assertions.
 * Each case checks the exit code, what the admin is told, the simulated tenant afterwards and
 * the journal.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {execa} from 'execa';
import {expect, it} from 'vitest';
import {describeOnBackends, rehearsalEnvironment, type Backend} from '../support/backends.js';
import {readTenant, writeTenant, type TenantOverrides} from '../support/simulator.js';
import {journalsIn, readJournal, runCli, temporaryFolder} from '../support/cli.js';

const usersCsv = '\uFEFFUserPrincipalName,Department\r\ntony@contoso.com,Sales\r\npilar@contoso.com,Sales\r\nTONY@contoso.com,Sales\r\n';

function workspace(backend: Backend, overrides?: TenantOverrides) {
	const folder = temporaryFolder('offline-im-apply-');
	const tenantFile = writeTenant(overrides);
	const usersFile = path.join(folder, 'users.csv');
	writeFileSync(usersFile, usersCsv);
	const configFolder = path.join(folder, 'config');
	const apply = async (args: string[], input?: string) =>
		runCli(['apply', '--simulate', ...args], {tenantFile, configFolder, cwd: folder, env: rehearsalEnvironment(backend), ...(input === undefined ? {} : {input})});
	const journal = () => {
		const [file] = journalsIn(configFolder);
		return file ? readJournal(file) : [];
	};

	return {folder, tenantFile, usersFile, configFolder, apply, journal, tenant: () => readTenant(tenantFile), env: rehearsalEnvironment(backend)};
}

const offForUsers = ['--state', 'off', '--scope', 'users', '--policy', 'OfflineIM', '--users-file', 'users.csv'];

function userPolicy(tenant: ReturnType<typeof readTenant>, upn: string) {
	return tenant.users.find(user => user.userPrincipalName === upn)?.clientPolicy;
}

describeOnBackends('offline-im apply --simulate', backend => {
	it('turns offline messages off for the users of a CSV file, verifies, and records everything', async () => {
		const work = workspace(backend);
		const run = await work.apply([...offForUsers, '--yes']);
		expect(run.exitCode).toBe(0);
		expect(run.stdout).toContain('REHEARSAL');
		expect(run.stdout).toContain('Done: every change ran and the read-back confirms it.');
		expect(run.stderr).toContain('1 repeated user');

		const tenant = work.tenant();
		expect(tenant.policies).toContainEqual({identity: 'Tag:OfflineIM', enableIMAutoArchiving: false});
		expect(userPolicy(tenant, 'tony@contoso.com')).toBe('OfflineIM');
		expect(userPolicy(tenant, 'pilar@contoso.com')).toBe('OfflineIM');
		expect(userPolicy(tenant, 'kenmyer@contoso.com')).toBe('SalesPolicy');
		expect(tenant.stats.processStarts).toBe(1);

		const events = work.journal();
		expect(events[0]).toMatchObject({type: 'start', rehearsal: true});
		const commands = events.filter(event => event.type === 'command').map(event => event.command);
		expect(commands).toContain("New-CsClientPolicy -Identity 'OfflineIM'");
		expect(commands).toContain("Grant-CsClientPolicy -Identity 'tony@contoso.com' -PolicyName 'OfflineIM'");
		const grantCommand = events.findIndex(event => event.type === 'command' && event.stepId === 'grant-1');
		const grantResult = events.findIndex(event => event.type === 'result' && event.stepId === 'grant-1');
		expect(grantCommand).toBeGreaterThan(-1);
		expect(grantResult).toBeGreaterThan(grantCommand);
		expect(events.at(-1)).toMatchObject({type: 'summary', outcome: 'done', verified: true});

		const rollback = readFileSync(String(events.at(-1)?.['rollbackFile']), 'utf8');
		expect(rollback).toContain("Grant-CsClientPolicy -Identity 'tony@contoso.com' -PolicyName $null");
		expect(rollback).toContain("Remove-CsClientPolicy -Identity 'OfflineIM'");
	});

	it('is idempotent: a second run reuses the policy it created', async () => {
		const work = workspace(backend);
		expect((await work.apply([...offForUsers, '--yes'])).exitCode).toBe(0);
		const second = await work.apply([...offForUsers, '--yes', '--journal', 'second.jsonl']);
		expect(second.exitCode).toBe(0);
		expect(second.stdout).toContain('already exists and is reused');
		const events = readJournal(path.join(work.folder, 'second.jsonl'));
		expect(events.some(event => String(event.command).startsWith('New-CsClientPolicy'))).toBe(false);
		expect(work.tenant().policies.filter(policy => policy.identity === 'Tag:OfflineIM')).toHaveLength(1);
	});

	it('turns offline messages off for the whole organization with the server switch, leaving the client policy alone', async () => {
		const work = workspace(backend);
		const run = await work.apply(['--state', 'off', '--scope', 'global', '--yes']);
		expect(run.exitCode).toBe(0);
		expect(work.tenant().imConfigurations).toContainEqual({identity: 'Global', enableOfflineIm: false});
		expect(work.tenant().policies).toContainEqual({identity: 'Global', enableIMAutoArchiving: null});
		expect(run.stdout).toContain('Set-CsImConfiguration -Identity Global -EnableOfflineIm $false');
		expect(run.stdout).toContain('leaves the saving of conversations to Outlook’s Conversation History as it is');
		const rollback = readFileSync(String(work.journal().at(-1)?.['rollbackFile']), 'utf8');
		expect(rollback).toContain('Set-CsImConfiguration -Identity Global -EnableOfflineIm $true');
	});

	it('with --server-switch leave turns it off through the Global client policy, as the article does', async () => {
		const work = workspace(backend);
		const run = await work.apply(['--state', 'off', '--scope', 'global', '--server-switch', 'leave', '--yes']);
		expect(run.exitCode).toBe(0);
		expect(work.tenant().policies).toContainEqual({identity: 'Global', enableIMAutoArchiving: false});
		expect(work.tenant().imConfigurations).toContainEqual({identity: 'Global', enableOfflineIm: true});
		expect(run.stdout).toContain('Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $false');
	});

	it('turning a user on where the server switch is off turns the switch on too, or says the user still cannot send', async () => {
		const serverOff: TenantOverrides = tenant => {
			tenant.imConfigurations = [{identity: 'Global', enableOfflineIm: false}];
		};
		const work = workspace(backend, serverOff);
		const on = ['--state', 'on', '--scope', 'users', '--policy', 'OfflineIM', '--users', 'kenmyer@contoso.com', '--yes'];
		const run = await work.apply(on);
		expect(run.exitCode).toBe(0);
		expect(run.stdout).toContain('The server switch (EnableOfflineIm) is off in the Global IM configuration');
		expect(run.stdout).toContain('Set-CsImConfiguration -Identity Global -EnableOfflineIm $true');
		expect(work.tenant().imConfigurations).toContainEqual({identity: 'Global', enableOfflineIm: true});
		expect(userPolicy(work.tenant(), 'kenmyer@contoso.com')).toBe('OfflineIM');
		const events = work.journal();
		expect(events.some(event => event.type === 'command' && event.stepId === 'verify-im-configuration-1')).toBe(true);
		expect(events.at(-1)).toMatchObject({type: 'summary', outcome: 'done', verified: true});

		const left = workspace(backend, serverOff);
		const leave = await left.apply([...on, '--server-switch', 'leave', '--json']);
		expect(left.tenant().imConfigurations).toContainEqual({identity: 'Global', enableOfflineIm: false});
		const report = JSON.parse(leave.stdout) as {serverSwitchOff: string[]};
		expect(report.serverSwitchOff).toEqual(['Global']);
		const said = await left.apply([...on, '--server-switch', 'leave', '--journal', 'again.jsonl']);
		// The last thing said: the user still cannot send offline messages.
		expect(said.stdout.trimEnd().split('\n').at(-1)).toContain('these users still cannot send offline messages');
	});

	it('refuses to run without --yes and without a terminal (exit 2), changing nothing', async () => {
		const work = workspace(backend);
		const run = await work.apply(offForUsers);
		expect(run.exitCode).toBe(2);
		expect(run.stderr).toContain('--yes');
		expect(run.stderr).not.toMatch(/^\s+at /m);
		expect(work.tenant().stats.processStarts).toBe(0);
	});

	it('stops at a user whose grant fails, and says who and why', async () => {
		const work = workspace(backend, {faults: {failingGrants: [{user: 'tony@contoso.com', message: 'Active Directory operation failed on "DC01.contoso.com".'}]}});
		const run = await work.apply([...offForUsers, '--yes']);
		expect(run.exitCode).toBe(1);
		expect(run.stdout).toContain('Stopped: a command failed.');
		expect(run.stdout).toContain('tony@contoso.com: Active Directory operation failed on "DC01.contoso.com".');
		expect(userPolicy(work.tenant(), 'tony@contoso.com')).toBeNull();
		expect(userPolicy(work.tenant(), 'pilar@contoso.com')).toBeNull();
		const events = work.journal();
		expect(events).toContainEqual(expect.objectContaining({type: 'result', stepId: 'grant-1', status: 'failed'}));
		expect(events).toContainEqual(expect.objectContaining({type: 'result', stepId: 'grant-2', status: 'skipped'}));
	});

	it('with --continue-on-error grants the others and lists the failure at the end', async () => {
		const work = workspace(backend, {faults: {failingGrants: [{user: 'tony@contoso.com', message: 'Active Directory operation failed.'}]}});
		const run = await work.apply([...offForUsers, '--yes', '--continue-on-error']);
		expect(run.exitCode).toBe(1);
		expect(run.stdout).toContain('Done for some users');
		expect(run.stdout).toMatch(/1 user failed:\n {2}tony@contoso.com: Active Directory operation failed\./);
		expect(userPolicy(work.tenant(), 'pilar@contoso.com')).toBe('OfflineIM');
		expect(work.journal().at(-1)).toMatchObject({type: 'summary', outcome: 'partial', failed: 1});
	});

	it('changes nothing when a user does not exist, unless told to continue', async () => {
		const work = workspace(backend);
		const run = await work.apply(['--state', 'off', '--scope', 'users', '--users', 'tony@contoso.com, nobody@contoso.com', '--yes']);
		expect(run.exitCode).toBe(1);
		expect(run.stderr).toContain('nobody@contoso.com');
		expect(run.stderr).toContain('--continue-on-error');
		expect(work.tenant().policies.some(policy => policy.identity === 'Tag:OfflineIM')).toBe(false);
	});


	it('leaves a shared policy alone when none of the users is found, even with --continue-on-error', async () => {
		const work = workspace(backend);
		const run = await work.apply(['--state', 'on', '--scope', 'users', '--policy', 'NoSavedIM', '--users', 'nobody@contoso.com', '--yes', '--continue-on-error']);
		expect(run.exitCode).toBe(1);
		expect(run.stderr).toContain('nothing was run');
		expect(run.stderr).toContain('None of the users can be given the policy');
		expect(run.stderr).toContain('nobody@contoso.com');
		// Kevin O'Brien holds NoSavedIM: turning it on would have changed it for him alone.
		expect(work.tenant().policies).toContainEqual({identity: 'Tag:NoSavedIM', enableIMAutoArchiving: false});
		expect(work.journal().filter(event => event.type === 'command' && String(event.command).startsWith('Set-'))).toEqual([]);
	});
	it('keeps a hostile name one literal argument all the way to the tenant', async () => {
		const work = workspace(backend);
		const run = await work.apply(['--state', 'off', '--scope', 'users', '--users', "kobrien@contoso.com,x’; Remove-CsUser tony", '--yes', '--continue-on-error']);
		expect(run.exitCode).toBe(1);
		const tenant = work.tenant();
		expect(tenant.users.some(user => user.userPrincipalName === 'tony@contoso.com')).toBe(true);
		expect(userPolicy(tenant, 'kobrien@contoso.com')).toBe('OfflineIM');
	});

	it('reports PowerShell exiting in the middle of the run; the journal tells what ran', async () => {
		const work = workspace(backend, {faults: {exitOnGrant: {user: 'tony@contoso.com', exitCode: 255}}});
		const run = await work.apply([...offForUsers, '--yes']);
		expect(run.exitCode).toBe(1);
		expect(run.stdout).toContain('PowerShell stopped answering');
		const events = work.journal();
		expect(events).toContainEqual(expect.objectContaining({type: 'session-ended', reason: 'exited'}));
		expect(events).toContainEqual(expect.objectContaining({type: 'result', stepId: 'set-policy-1', status: 'done'}));
		expect(events).toContainEqual(expect.objectContaining({type: 'result', stepId: 'grant-1', status: 'unknown'}));
		const rollback = readFileSync(String(events.at(-1)?.['rollbackFile']), 'utf8');
		expect(rollback).toContain("Remove-CsClientPolicy -Identity 'OfflineIM'");
	});

	it('stops a hung PowerShell after --timeout and says so', async () => {
		const work = workspace(backend, {faults: {hangOnGrant: 'tony@contoso.com'}});
		const started = Date.now();
		const run = await work.apply([...offForUsers, '--yes', '--timeout', '1']);
		expect(Date.now() - started).toBeLessThan(20_000);
		expect(run.exitCode).toBe(1);
		expect(run.stdout).toContain('PowerShell stopped answering');
		expect(work.journal()).toContainEqual(expect.objectContaining({type: 'session-ended', reason: 'timeout'}));
	});

	it('fails to connect to an unreachable pool with PowerShell’s message and a fix', async () => {
		const work = workspace(backend, {signIn: {connectionError: 'unreachable'}});
		const run = await work.apply(['--pool', 'pool01.contoso.com', '--state', 'off', '--scope', 'global', '--yes']);
		expect(run.exitCode).toBe(1);
		expect(run.stderr).toContain('Connecting failed at: $session = New-PSSession');
		expect(run.stderr).toMatch(/pool/i);
		expect(work.tenant().policies).toContainEqual({identity: 'Global', enableIMAutoArchiving: null});
	});

	it('signs in with a password from stdin that appears nowhere: not in the journal, the settings or on stdin in clear', async () => {
		const password = 'Rehearsal-Only-1';
		const stdinLog = path.join(temporaryFolder(), 'stdin.log');
		const work = workspace(backend, tenant => {
			tenant.recordStdinTo = stdinLog;
		});
		const run = await work.apply(
			['--pool', 'pool01.contoso.com', '--sign-in-user', 'admin@contoso.com', '--password-stdin', '--state', 'off', '--scope', 'global', '--yes'],
			`${password}\n`,
		);
		expect(run.exitCode).toBe(0);
		const [journal] = journalsIn(work.configFolder);
		expect(readFileSync(journal!, 'utf8')).not.toContain(password);
		expect(readFileSync(path.join(work.configFolder, 'config.json'), 'utf8')).not.toContain(password);
		// Only the simulator can record what crossed its stdin (a real PowerShell does not say).
		if (backend.kind === 'simulator') expect(readFileSync(stdinLog, 'utf8')).not.toContain(password);
		expect(run.stdout + run.stderr).not.toContain(password);
	});

	it('rejects a wrong password with the access-denied message', async () => {
		const work = workspace(backend);
		const run = await work.apply(
			['--pool', 'pool01.contoso.com', '--sign-in-user', 'admin@contoso.com', '--password-stdin', '--state', 'off', '--scope', 'global', '--yes'],
			'wrong\n',
		);
		expect(run.exitCode).toBe(1);
		expect(run.stderr).toMatch(/Access is denied/);
		expect(run.stderr).toContain('user name or password');
	});

	it('gives a JSON report with --json', async () => {
		const work = workspace(backend);
		const run = await work.apply([...offForUsers, '--yes', '--json']);
		expect(run.exitCode).toBe(0);
		const report = JSON.parse(run.stdout) as Record<string, unknown>;
		expect(report).toMatchObject({format: 'offline-im-apply/1', rehearsal: true, outcome: 'done', verified: true, exitCode: 0});
		expect(existsSync(String(report['rollbackScript']))).toBe(true);
	});
});

describeOnBackends('offline-im apply stopped with Ctrl+C', backend => {
	it('stops between two requests, says so, and leaves the journal and the rollback for what ran', async () => {
		const users = Array.from({length: 300}, (_, index) => `bulk${index}@contoso.com`);
		const work = workspace(backend, tenant => {
			tenant.faults.commandDelayMs = 10;
			for (const [index, upn] of users.entries()) {
				tenant.users.push({sipAddress: `sip:${upn}`, userPrincipalName: upn, samAccountName: `bulk${index}`, displayName: `Bulk ${index}`, clientPolicy: null});
			}
		});
		writeFileSync(path.join(work.folder, 'bulk.csv'), ['UserPrincipalName', ...users].join('\n') + '\n');
		// A terminal's Ctrl+C reaches the whole foreground process group: the test does the same.
		const child = execa(process.execPath, [path.join(import.meta.dirname, '../../bin/offline-im.js'), 'apply', '--simulate', '--state', 'off', '--scope', 'users', '--users-file', 'bulk.csv', '--yes'], {
			cwd: work.folder,
			reject: false,
			detached: true,
			env: {LANG: 'en_US.UTF-8', LC_ALL: '', OFFLINE_IM_CONFIG_DIR: work.configFolder, OFFLINE_IM_SIMULATOR_TENANT: work.tenantFile, ...work.env},
		});
		let output = '';
		child.stdout?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
		});
		// Stop once the first batch of grants is through (the policy's two commands come first).
		const grantsDone = () => Math.max(0, ...[...output.matchAll(/(\d+) of \d+ done/g)].map(match => Number(match[1])));
		while (grantsDone() < 3) await new Promise(resolve => setTimeout(resolve, 20));
		process.kill(-child.pid!, 'SIGINT');
		const result = await child;
		expect(result.exitCode).toBe(1);
		expect(String(result.stdout)).toContain('Interrupted before the end');
		const events = work.journal();
		expect(events).toContainEqual(expect.objectContaining({type: 'interrupted'}));
		expect(events.at(-1)).toMatchObject({type: 'summary', outcome: 'interrupted'});
		const granted = work.tenant().users.filter(user => user.clientPolicy === 'OfflineIM').length;
		expect(granted).toBeGreaterThan(0);
		expect(granted).toBeLessThan(300);
		const rollback = readFileSync(String(events.at(-1)?.['rollbackFile']), 'utf8');
		expect(rollback.match(/^Grant-CsClientPolicy /gm)).toHaveLength(granted);
	}, 60_000);
});
