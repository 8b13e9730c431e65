import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'offline-im-plan-'));

async function plan(...args: string[]) {
	return execa('node', [join(root, 'bin/offline-im.js'), 'plan', ...args], {
		cwd: work,
		reject: false,
		env: {LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: ''},
	});
}

function expectCleanUsageError(result: {exitCode?: number; stdout: string; stderr: string}) {
	expect(result.exitCode).toBe(2);
	expect(result.stdout).toBe('');
	expect(result.stderr).not.toMatch(/^ {4}at /m);
	expect(result.stderr).not.toContain('internal error');
}

describe('offline-im plan', () => {
	it('prints a script whose change line for the Global server switch is exact (off for everyone uses it)', async () => {
		const result = await plan('--state', 'off', '--scope', 'global');
		expect(result.exitCode).toBe(0);
		const lines = result.stdout.split('\n');
		expect(lines.filter(line => line.startsWith('Set-Cs'))).toEqual(['Set-CsImConfiguration -Identity Global -EnableOfflineIm $false']);
		expect(result.stdout).toContain('# What: turn offline instant messages off (EnableOfflineIm $false)');
	});

	it('--target online has no server switch and reads users with Get-CsOnlineUser, never Get-CsUser', async () => {
		const result = await plan('--target', 'online', '--state', 'on', '--scope', 'users', '--users', 'ken@contoso.com');
		expect(result.exitCode).toBe(0);
		expect(result.stdout).not.toContain('Get-CsUser');
		expect(result.stdout).not.toContain('CsImConfiguration');
		expect(result.stdout).toContain("Get-CsOnlineUser -Identity 'ken@contoso.com'");
		const refused = await plan('--target', 'online', '--state', 'off', '--scope', 'global', '--server-switch', 'leave');
		expect(refused.exitCode).toBe(2);
		expect(refused.stderr).toContain('--server-switch');
	});

	it('prints a script whose change line for the Global policy is exact', async () => {
		const result = await plan('--state', 'off', '--scope', 'global', '--server-switch', 'leave');
		expect(result.exitCode).toBe(0);
		expect(result.stderr).toBe('');
		const lines = result.stdout.split('\n');
		expect(lines).toContain('Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $false');
		expect(lines.filter(line => line.startsWith('Set-CsClientPolicy'))).toEqual(['Set-CsClientPolicy -Identity Global -EnableIMAutoArchiving $false']);
		// stdout is a pipe here, as in `plan > change.ps1`: the script starts with a byte order mark.
		expect(result.stdout).toMatch(/^\uFEFF# offline-im \d+\.\d+\.\d+: PowerShell script/);
	});

	it('grants with the cmdlet spelled right, the identity quoted', async () => {
		const result = await plan('--state', 'off', '--scope', 'users', '--policy', 'OfflineIM', '--users', 'Tony Smith');
		expect(result.exitCode).toBe(0);
		expect(result.stdout.split('\n')).toContain("Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'OfflineIM'");
		expect(result.stdout).not.toContain('Grant -CsClientPolicy');
		expect(result.stdout).not.toContain('- PolicyName');
	});

	it('keeps hostile names one literal argument', async () => {
		const result = await plan('--state', 'on', '--scope', 'users', '--users', "O'Brien,x\u2019; Remove-CsUser y");
		expect(result.exitCode).toBe(0);
		const lines = result.stdout.split('\n');
		expect(lines).toContain("Grant-CsClientPolicy -Identity 'O''Brien' -PolicyName 'OfflineIM'");
		expect(lines).toContain("Grant-CsClientPolicy -Identity 'x\u2019\u2019; Remove-CsUser y' -PolicyName 'OfflineIM'");
	});

	it('--out writes the script and its rollback, with a BOM, and says where', async () => {
		const result = await plan('--state', 'off', '--scope', 'users', '--users', 'Tony Smith', '--out', 'change.ps1');
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain('change.ps1');
		expect(result.stdout).toContain('change.rollback.ps1');
		expect(result.stdout).toContain('The rollback script has values to fill in');
		const script = readFileSync(join(work, 'change.ps1'), 'utf8');
		const rollback = readFileSync(join(work, 'change.rollback.ps1'), 'utf8');
		expect(script.startsWith('\uFEFF# offline-im')).toBe(true);
		expect(script).toContain("Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName 'OfflineIM'");
		expect(rollback.startsWith('\uFEFF# offline-im')).toBe(true);
		expect(rollback).toContain("Grant-CsClientPolicy -Identity 'Tony Smith' -PolicyName $null");
	});

	it('--out refuses an existing folder instead of writing FOLDER.ps1 beside it', async () => {
		mkdirSync(join(work, 'scripts'), {recursive: true});
		const result = await plan('--state', 'on', '--scope', 'global', '--out', 'scripts');
		expectCleanUsageError(result);
		expect(result.stderr).toContain('--out scripts is a folder: the script needs a file name');
		expect(existsSync(join(work, 'scripts.ps1'))).toBe(false);
	});

	it('refuses a users file with a wildcard line, naming the line', async () => {
		writeFileSync(join(work, 'wild.txt'), 'tony@contoso.com\n* Smith\n');
		const result = await plan('--state', 'off', '--scope', 'users', '--users-file', 'wild.txt');
		expectCleanUsageError(result);
		expect(result.stderr).toContain('--users-file wild.txt: line 2: it contains * (at position 1)');
	});

	it('the rollback removes a policy it created without -Force, and says why', async () => {
		const result = await plan('--state', 'off', '--scope', 'users', '--users', 'Tony Smith', '--json');
		const {rollbackScript} = JSON.parse(result.stdout) as {rollbackScript: string};
		const lines = rollbackScript.split('\n');
		const remove = lines.indexOf("if ($policyCreatedByPlan) { Remove-CsClientPolicy -Identity 'OfflineIM' }");
		expect(remove).toBeGreaterThan(0);
		expect(lines.filter(line => !line.startsWith('#')).join('\n')).not.toContain('-Force');
		expect(lines.slice(remove - 3, remove).join('\n')).toContain('Without -Force on purpose: if users still hold it (granted by a later run), PowerShell asks first');
	});

	it('--help gives the PowerShell search order the code uses', async () => {
		const result = await plan('--help');
		expect(result.stdout.replace(/\s+/g, ' ')).toContain('(default: $OFFLINE_IM_POWERSHELL, else on Windows the 64-bit Windows PowerShell, then pwsh)');
	});

	it('--out adds .ps1 when it is missing', async () => {
		const result = await plan('--state', 'on', '--scope', 'global', '--out', 'global-on');
		expect(result.exitCode).toBe(0);
		expect(existsSync(join(work, 'global-on.ps1'))).toBe(true);
		expect(existsSync(join(work, 'global-on.rollback.ps1'))).toBe(true);
	});

	it('--json prints the plan as JSON', async () => {
		const result = await plan('--state', 'off', '--scope', 'site', '--site', 'Redmond', '--pool', 'pool01.contoso.com', '--server-switch', 'leave', '--json');
		expect(result.exitCode).toBe(0);
		const json = JSON.parse(result.stdout) as {format: string; choices: unknown; steps: Array<{command: string; phase: string}>};
		expect(json.format).toBe('offline-im-plan/1');
		expect(json.choices).toEqual({
			target: {kind: 'server', pool: 'pool01.contoso.com', signIn: {kind: 'integrated'}},
			state: 'off',
			scope: {kind: 'site', site: 'Redmond'},
			serverSwitch: 'leave',
		});
		expect(json.steps.filter(step => step.phase === 'change').map(step => step.command)).toEqual([
			"Set-CsClientPolicy -Identity 'site:Redmond' -EnableIMAutoArchiving $false",
		]);
	});

	it('--lang it writes the comments in Italian', async () => {
		const result = await plan('--state', 'off', '--scope', 'global', '--lang', 'it');
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain('# Cosa: disattivare i messaggi istantanei offline');
		expect(result.stdout).toContain('# ---- 3. Modifica ----');
		expect(result.stdout).toContain('Set-CsImConfiguration -Identity Global -EnableOfflineIm $false');
		expect(result.stdout).toContain('interruttore del server');
	});

	it('--simulate labels the script as a rehearsal', async () => {
		const result = await plan('--state', 'off', '--scope', 'global', '--simulate');
		expect(result.stdout).toContain('# REHEARSAL: planned with --simulate');
	});

	it('--target online follows the article with the typo fixed and warns that it is retired', async () => {
		const result = await plan('--state', 'off', '--scope', 'global', '--target', 'online', '--sign-in-user', 'admin@contoso.com', '--admin-domain', 'contoso.onmicrosoft.com');
		expect(result.exitCode).toBe(0);
		expect(result.stdout.split('\n')).toContain("$session = New-CsOnlineSession -Credential $credential -OverrideAdminDomain 'contoso.onmicrosoft.com'");
		expect(result.stdout).toContain('retired Skype for Business Online on 31 July 2021');
	});

	it.each([
		[['--state', 'off', '--scope', 'users', '--policy', 'Glo bal', '--users', 'a'], '--policy "Glo bal": a policy name may contain only letters, digits, - and _'],
		[['--state', 'off', '--scope', 'users'], '--scope users needs --users or --users-file'],
		[['--state', 'off', '--scope', 'global', '--site', 'Redmond'], '--site is only for --scope site'],
		[['--scope', 'global'], '--state is missing'],
		[['--state', 'off', '--scope', 'users', '--users-file', 'nowhere.csv'], '--users-file nowhere.csv: the file does not exist'],
		[['--state', 'maybe', '--scope', 'global'], "argument 'maybe' is invalid"],
		[
			['--state', 'off', '--scope', 'users', '--users', 'Tony Smith,*'],
			'--users: entry 2 "*": it contains * (at position 1), which Skype for Business reads as a wildcard: a wildcard would reach every matching user, so name each user',
		],
	])('exits 2 on bad input, naming the flag, without a stack trace: %j', async (args, message) => {
		const result = await plan(...args);
		expectCleanUsageError(result);
		expect(result.stderr).toContain(message);
	});

	it('refuses a users file with a BOM, CRLF, duplicates and one bad line, naming the line, and writes nothing', async () => {
		writeFileSync(
			join(work, 'users.csv'),
			Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('UserPrincipalName,Name\r\ntony@contoso.com,Tony\r\nTONY@contoso.com,Tony again\r\n\r\n"ann@contoso.com,Ann\r\nbob@contoso.com,Bob\r\n')]),
		);
		const result = await plan('--state', 'off', '--scope', 'users', '--users-file', 'users.csv', '--out', 'from-file.ps1');
		expectCleanUsageError(result);
		expect(result.stderr).toContain('--users-file users.csv: 1 line cannot be used');
		expect(result.stderr).toContain('--users-file users.csv: line 5: a quoted value is not closed');
		expect(existsSync(join(work, 'from-file.ps1'))).toBe(false);
	});

	it('reads a users file with a BOM, CRLF and duplicates, and says how many repeats it left out', async () => {
		writeFileSync(
			join(work, 'good.csv'),
			Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('UserPrincipalName\r\ntony@contoso.com\r\nTONY@contoso.com\r\n# comment\r\nann@contoso.com\r\n')]),
		);
		const result = await plan('--state', 'off', '--scope', 'users', '--users-file', 'good.csv');
		expect(result.exitCode).toBe(0);
		expect(result.stderr).toBe('offline-im: good.csv: 1 repeated user was left out (names are compared ignoring case)');
		expect(result.stdout.split('\n').filter(line => line.startsWith('Grant-'))).toEqual([
			"Grant-CsClientPolicy -Identity 'tony@contoso.com' -PolicyName 'OfflineIM'",
			"Grant-CsClientPolicy -Identity 'ann@contoso.com' -PolicyName 'OfflineIM'",
		]);
	});
});
