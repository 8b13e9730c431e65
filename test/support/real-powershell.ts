/**
 * The real PowerShell the tests run on (issue 9): the judge of every text offline-im sends.
 *
 * Found in this order: OFFLINE_IM_TEST_POWERSHELL (on Windows, `powershell.exe` there makes
 * Windows PowerShell 5.1 a second real engine), then `pwsh` on the PATH, then the PowerShell .NET
 * tool that `scripts/ensure-test-tools.mjs` (the pretest step) installs into .tools/powershell.
 * The global setup looks once and passes the answer to every test file through vitest's
 * provide/inject, so that no test file starts PowerShell only to ask its version.
 *
 * With OFFLINE_IM_REQUIRE_REAL_POWERSHELL=1 (set by .ci/run) a suite without one fails; without it,
 * the real-PowerShell tests are skipped and the global setup prints one line saying why.
 */
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import which from 'which';
import {inject} from 'vitest';

export type RealPowerShell = {
	file: string;
	/** `$PSVersionTable.PSVersion`, e.g. `7.6.10`. */
	version: string;
	/** Where it was found: OFFLINE_IM_TEST_POWERSHELL, PATH or .tools/powershell. */
	source: string;
};

/** Every test that runs on a real PowerShell has this in its name: .ci/run counts them. */
export const realPowerShellMarker = '[real PowerShell]';

export const requireVariable = 'OFFLINE_IM_REQUIRE_REAL_POWERSHELL';
export const testPowerShellVariable = 'OFFLINE_IM_TEST_POWERSHELL';

const root = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
	export interface ProvidedContext {
		realPowerShell: RealPowerShell | null;
	}
}

/** Looks for a real PowerShell and asks it its version (once, in the global setup). */
export function findRealPowerShell(env: NodeJS.ProcessEnv = process.env): {found: RealPowerShell} | {missing: string} {
	const candidates: Array<{name: string; source: string}> = [];
	const named = env[testPowerShellVariable];
	if (named) candidates.push({name: named, source: testPowerShellVariable});
	else {
		candidates.push({name: 'pwsh', source: 'PATH'});
		candidates.push({name: path.join(root, '.tools', 'powershell', process.platform === 'win32' ? 'pwsh.exe' : 'pwsh'), source: '.tools/powershell'});
	}

	const problems: string[] = [];
	for (const candidate of candidates) {
		const file = which.sync(candidate.name, {nothrow: true}) ?? (existsSync(candidate.name) ? candidate.name : null);
		if (!file) {
			problems.push(`${candidate.name} (${candidate.source}) not found`);
			continue;
		}

		const result = spawnSync(file, ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', '$PSVersionTable.PSVersion.ToString()'], {
			encoding: 'utf8',
			timeout: 60_000,
		});
		const version = result.stdout?.trim();
		if (result.status === 0 && version) return {found: {file, version, source: candidate.source}};
		problems.push(`${file} (${candidate.source}) did not answer: ${result.error?.message ?? `exit ${result.status}`} ${result.stderr ?? ''}`.trim());
	}

	return {missing: problems.join('; ')};
}

/** The real PowerShell of this run, or undefined (the tests that need one are skipped). */
export function realPowerShell(): RealPowerShell | undefined {
	return inject('realPowerShell') ?? undefined;
}
