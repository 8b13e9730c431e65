/**
 * A grant to many users in rehearsal mode (`offline-im apply --simulate`) against the simulator
 * running the same commands on its own, from a script on its standard input.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import {tenantVariable} from '../../source/simulator/tenant.js';
import {freshTenant, type Workload} from './workload.js';

export const root = path.resolve(import.meta.dirname, '../..');
const program = path.join(root, 'bin', 'offline-im.js');
const simulator = path.join(root, 'dist', 'simulator.js');
export const peakPreload = pathToFileURL(path.join(import.meta.dirname, 'peak-memory.mjs')).href;

type Finished = {ms: number; exitCode: number | null; stdout: string; stderr: string};

/** Runs a process to its end; milliseconds from the spawn to its exit. */
export async function timed(file: string, args: readonly string[], options: {env: NodeJS.ProcessEnv; cwd: string; input?: string}): Promise<Finished> {
	const started = performance.now();
	const child = spawn(file, args, {cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		if (stdout.length < 1_000_000) stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		if (stderr.length < 100_000) stderr += chunk;
	});
	// A process that ends without reading all its input is reported by its exit code, not EPIPE.
	child.stdin.on('error', () => {});
	child.stdin.end(options.input ?? '');
	const exitCode = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', code => resolve(code));
	});
	return {ms: performance.now() - started, exitCode, stdout, stderr};
}

export function benchEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: ''};
	// Ink renders only the last frame when CI is set (is-in-ci).
	for (const name of ['CI', 'NO_COLOR', tenantVariable, 'OFFLINE_IM_CONFIG_DIR', 'OFFLINE_IM_POWERSHELL']) delete env[name];
	return {...env, ...extra};
}

type Tenant = {users: Array<{clientPolicy: string | null}>; stats: {processStarts: number}};

const readTenant = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Tenant;

export type ApplyRun = {
	ms: number;
	/** Simulator (PowerShell) processes the run started. */
	processStarts: number;
	/** Users holding the policy afterwards. */
	granted: number;
	/** Peak resident set size of the offline-im process, KiB. */
	peakKiB: number;
	journal: string;
};

/** `offline-im apply --simulate ... --users-file <N users> --yes` on a fresh copy of the tenant. */
export async function applyOnce(workload: Workload, name: string, engineEnv: Record<string, string> = {OFFLINE_IM_REHEARSAL_ENGINE: 'simulator'}): Promise<ApplyRun> {
	const tenantFile = freshTenant(workload, name);
	const configFolder = mkdtempSync(path.join(workload.folder, 'config-'));
	const peakFile = path.join(configFolder, 'peak');
	const args = ['--import', peakPreload, program, 'apply', '--simulate', '--state', 'off', '--scope', 'users', '--policy', 'OfflineIM', '--users-file', workload.usersFile, '--yes'];
	const env = benchEnv({OFFLINE_IM_CONFIG_DIR: configFolder, [tenantVariable]: tenantFile, OFFLINE_IM_BENCH_PEAK_FILE: peakFile, ...engineEnv});
	const run = await timed(process.execPath, args, {env, cwd: workload.folder});
	if (run.exitCode !== 0) throw new Error(`apply ended with ${run.exitCode}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
	const tenant = readTenant(tenantFile);
	const journalFolder = path.join(configFolder, 'journal');
	const journal = readdirSync(journalFolder).find(name => name.endsWith('.jsonl'));
	if (!journal) throw new Error(`apply left no journal in ${journalFolder}`);
	return {
		ms: run.ms,
		processStarts: tenant.stats.processStarts,
		granted: tenant.users.filter(user => user.clientPolicy === 'OfflineIM').length,
		peakKiB: Number(readFileSync(peakFile, 'utf8')),
		journal: path.join(journalFolder, journal),
	};
}

/** Every command the run sent to PowerShell, in order (the journal writes each before sending it). */
export function commandsOf(journal: string): string[] {
	return readFileSync(journal, 'utf8')
		.split('\n')
		.filter(line => line.trim() !== '')
		.map(line => JSON.parse(line) as {type: string; command?: string})
		.filter(event => event.type === 'command' && event.command !== undefined)
		.map(event => event.command!);
}

export type SimulatorRun = {ms: number; granted: number};

/** The simulator alone, started as PowerShell would be, running `commands` one per line from stdin. */
export async function simulatorOnce(workload: Workload, commands: readonly string[], name: string): Promise<SimulatorRun> {
	const tenantFile = freshTenant(workload, name);
	const env = benchEnv({[tenantVariable]: tenantFile});
	const input = commands.join('\n') + '\n';
	const run = await timed(process.execPath, [simulator, '-NoLogo', '-NoProfile', '-NonInteractive', '-Command', '-'], {env, cwd: workload.folder, input});
	if (run.exitCode !== 0) throw new Error(`the simulator ended with ${run.exitCode}:\n${run.stderr.slice(-2000)}`);
	return {ms: run.ms, granted: readTenant(tenantFile).users.filter(user => user.clientPolicy === 'OfflineIM').length};
}

/**
 * Real PowerShell alone: the same commands as one script run with `-NoProfile -File`, after the
 * stand-in module is defined (dot-sourced, as the bridge defines it), against a fresh tenant.
 */
export async function powershellScriptOnce(workload: Workload, commands: readonly string[], pwsh: string, name: string): Promise<SimulatorRun> {
	const tenantFile = freshTenant(workload, name);
	const script = path.join(workload.folder, `${name}.ps1`);
	const standIn = path.join(root, 'dist', 'offline-im-stand-in.ps1');
	const lines = [`. ([ScriptBlock]::Create([IO.File]::ReadAllText('${standIn.replaceAll("'", "''")}')))`, ...commands];
	writeFileSync(script, '\uFEFF' + lines.join('\n') + '\n', 'utf8');
	const run = await timed(pwsh, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', script], {env: benchEnv({[tenantVariable]: tenantFile}), cwd: workload.folder});
	if (run.exitCode !== 0) throw new Error(`PowerShell alone ended with ${run.exitCode}:\n${run.stderr.slice(-2000)}`);
	return {ms: run.ms, granted: readTenant(tenantFile).users.filter(user => user.clientPolicy === 'OfflineIM').length};
}
