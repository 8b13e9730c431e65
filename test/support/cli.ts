/**
 * Runs the built program as an administrator would (node bin/offline-im.js ...), with its own
 * config folder and, for rehearsals, its own simulated tenant file.
 */
import {mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execa} from 'execa';
import {tenantVariable} from '../../source/simulator/tenant.js';

const root = path.resolve(import.meta.dirname, '../..');

export type CliRun = {exitCode: number; stdout: string; stderr: string};

export type CliOptions = {
	/** The simulated tenant's file (sets OFFLINE_IM_SIMULATOR_TENANT). */
	tenantFile?: string;
	configFolder?: string;
	cwd?: string;
	input?: string;
	env?: Record<string, string>;
	timeoutMs?: number;
};

export function temporaryFolder(prefix = 'offline-im-'): string {
	return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
	const result = await execa(process.execPath, [path.join(root, 'bin', 'offline-im.js'), ...args], {
		cwd: options.cwd ?? options.configFolder ?? temporaryFolder(),
		reject: false,
		input: options.input ?? '',
		timeout: options.timeoutMs ?? 60_000,
		env: {
			LANG: 'en_US.UTF-8',
			LC_ALL: '',
			LC_MESSAGES: '',
			OFFLINE_IM_CONFIG_DIR: options.configFolder ?? temporaryFolder('offline-im-config-'),
			// --simulate rehearses on the simulator unless a test names a back end (test/support/backends.ts):
			// a developer's own pwsh on the PATH must not change what these tests see.
			OFFLINE_IM_REHEARSAL_ENGINE: 'simulator',
			...(options.tenantFile ? {[tenantVariable]: options.tenantFile} : {}),
			...options.env,
		},
	});
	return {exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr)};
}

/** The journal's events, in order. */
export function readJournal(file: string): Array<Record<string, unknown>> {
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter(line => line.trim() !== '')
		.map(line => JSON.parse(line) as Record<string, unknown>);
}

/** The journal files a run wrote under a config folder. */
export function journalsIn(configFolder: string): string[] {
	const folder = path.join(configFolder, 'journal');
	try {
		return readdirSync(folder)
			.filter(name => name.endsWith('.jsonl'))
			.map(name => path.join(folder, name));
	} catch {
		return [];
	}
}
