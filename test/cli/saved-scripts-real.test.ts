/**
 * The saved scripts, run by real PowerShell itself (issue 9): `plan --out change.ps1` run with
 * `& 'change.ps1'` (the script file as PowerShell reads it, byte order mark and all) against the
 * stand-in must leave the tenant as `apply` leaves it, and the rollback `apply` wrote must put
 * the tenant back as it was.
 */
import {copyFileSync, existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {standInPath} from '../../source/simulator/stand-in.js';
import {tenantVariable} from '../../source/simulator/tenant.js';
import {allBackends, powershellOf, rehearsalEnvironment} from '../support/backends.js';
import {readJournal, journalsIn, runCli, temporaryFolder} from '../support/cli.js';
import {readTenant, writeTenant} from '../support/simulator.js';

/** Runs a saved script in a real PowerShell after defining the stand-in, as a person would run it. */
async function runScript(pwsh: string, script: string, tenantFile: string) {
	const command = `. ([ScriptBlock]::Create([IO.File]::ReadAllText('${standInPath().replaceAll("'", "''")}'))); & '${script.replaceAll("'", "''")}'`;
	return execa(pwsh, ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', command], {env: {[tenantVariable]: tenantFile}, reject: false, timeout: 60_000});
}

const essentials = (file: string) => {
	const tenant = readTenant(file);
	return {policies: tenant.policies, users: tenant.users.map(user => [user.userPrincipalName, user.clientPolicy])};
};

// Only a real PowerShell runs script files; the simulator runs what the bridge sends.
const backend = allBackends().find(candidate => candidate.kind === 'powershell')!;

describe.skipIf(backend.kind !== 'powershell' || !backend.powershell)(`the saved script and the rollback, run by ${backend.title}`, () => {
	const choices = ['--state', 'off', '--scope', 'users', '--policy', 'OfflineIM', '--users', "tony@contoso.com,pilar@contoso.com,Kevin O'Brien"];

	it('leave the tenant as apply does, and the rollback restores it', async () => {
		const pwsh = powershellOf(backend).file;
		const folder = temporaryFolder('offline-im-saved-');
		const original = writeTenant();
		const byScript = path.join(folder, 'by-script.json');
		const byApply = path.join(folder, 'by-apply.json');
		copyFileSync(original, byScript);
		copyFileSync(original, byApply);

		const plan = await runCli(['plan', '--simulate', ...choices, '--out', 'change.ps1'], {cwd: folder, tenantFile: byScript});
		expect(plan.exitCode, plan.stderr).toBe(0);
		const script = path.join(folder, 'change.ps1');
		expect(readFileSync(script).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		const ran = await runScript(pwsh, script, byScript);
		expect(ran.exitCode, `${String(ran.stdout)}\n${String(ran.stderr)}`).toBe(0);

		const configFolder = path.join(folder, 'config');
		const applied = await runCli(['apply', '--simulate', ...choices, '--yes'], {cwd: folder, configFolder, tenantFile: byApply, env: rehearsalEnvironment(backend)});
		expect(applied.exitCode, applied.stdout + applied.stderr).toBe(0);
		expect(essentials(byScript)).toEqual(essentials(byApply));
		expect(essentials(byApply)).not.toEqual(essentials(original));

		const [journal] = journalsIn(configFolder);
		const rollback = String(readJournal(journal!).at(-1)?.['rollbackFile']);
		expect(existsSync(rollback)).toBe(true);
		const undone = await runScript(pwsh, rollback, byApply);
		expect(undone.exitCode, `${String(undone.stdout)}\n${String(undone.stderr)}`).toBe(0);
		expect(essentials(byApply)).toEqual(essentials(original));
	}, 120_000);
});
