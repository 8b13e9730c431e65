/**
 * Test helpers for the PowerShell simulator: write a tenant file (the sample tenant with
 * overrides) to a temporary folder, start the real simulator process as the bridge would start
 * pwsh, talk to it in frames, and read the tenant back.
 */
import {mkdtempSync, readFileSync, renameSync, statSync, readdirSync, existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execa, type ResultPromise} from 'execa';
import {
	type CommandResult,
	credentialPadVariable,
	handshakeStatement,
	parseReplyLine,
	requestStatement,
} from '../../source/powershell/frame.js';
import {packageRoot, simulatorExecutable} from '../../source/simulator/locate.js';
import {sampleTenant} from '../../source/simulator/sample-tenant.js';
import {SimulatorSession} from '../../source/simulator/session.js';
import {standInScript} from '../../source/simulator/stand-in.js';
import {type Tenant, parseTenant, saveTenant, tenantVariable} from '../../source/simulator/tenant.js';

export type DeepPartial<T> = T extends Array<infer _> ? T : T extends object ? {[K in keyof T]?: DeepPartial<T[K]>} : T;

export type TenantOverrides = DeepPartial<Tenant> | ((tenant: Tenant) => void);

/** The sample tenant with overrides: objects merge, arrays and scalars replace. */
export function tenantWith(overrides?: TenantOverrides): Tenant {
	const tenant = sampleTenant();
	if (typeof overrides === 'function') overrides(tenant);
	else if (overrides) merge(tenant as unknown as Record<string, unknown>, overrides as Record<string, unknown>);
	return parseTenant(tenant);
}

function merge(target: Record<string, unknown>, source: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(source)) {
		const current = target[key];
		if (value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current)) {
			merge(current as Record<string, unknown>, value as Record<string, unknown>);
		} else {
			target[key] = value;
		}
	}
}

/** Writes a tenant file in a new temporary folder; returns its path. */
export function writeTenant(overrides?: TenantOverrides): string {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'offline-im-tenant-'));
	const file = path.join(folder, 'tenant.json');
	saveTenant(file, tenantWith(overrides));
	return file;
}

export function readTenant(file: string): Tenant {
	return parseTenant(JSON.parse(readFileSync(file, 'utf8')), file);
}

/**
 * Makes sure dist/simulator.js is at least as new as the simulator's sources. `npm test` builds
 * first; when a stale bundle is found (a developer running vitest alone), only the simulator is
 * rebuilt, into a temporary file renamed into place, so that a process reading it never sees
 * half a file.
 */
export async function ensureSimulatorBuilt(): Promise<void> {
	const root = packageRoot();
	const bundle = path.join(root, 'dist', 'simulator.js');
	const sources = [...listFiles(path.join(root, 'source', 'simulator')), ...listFiles(path.join(root, 'source', 'powershell'))];
	const newest = Math.max(...sources.map(file => statSync(file).mtimeMs));
	if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest) return;
	const {build} = await import('esbuild');
	const temporary = `${bundle}.${process.pid}.tmp`;
	await build({
		entryPoints: [path.join(root, 'source', 'simulator', 'main.ts')],
		outfile: temporary,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		logLevel: 'warning',
		banner: {js: "import {createRequire as __offlineImCreateRequire} from 'node:module'; const require = __offlineImCreateRequire(import.meta.url);"},
	});
	renameSync(temporary, bundle);
}

function listFiles(folder: string): string[] {
	return readdirSync(folder, {withFileTypes: true}).flatMap(entry =>
		entry.isDirectory() ? listFiles(path.join(folder, entry.name)) : entry.name.endsWith('.ts') ? [path.join(folder, entry.name)] : [],
	);
}

export const standardArgs = ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', '-'];

export type StartOptions = {
	tenantFile: string;
	/** PowerShell switches; default `-NoLogo -NoProfile -NonInteractive -Command -`. */
	args?: string[];
	env?: Record<string, string>;
};

let nonceCounter = 0;

export function nextNonce(): string {
	nonceCounter++;
	return `n${process.pid}x${nonceCounter}`;
}

/** A running simulator driven like the bridge drives pwsh. */
export class SimulatorProcess {
	readonly lines: string[] = [];
	stderr = '';
	private buffer = '';
	private waiters: Array<() => void> = [];
	readonly exited: Promise<{exitCode: number | undefined; signal: string | undefined}>;

	constructor(readonly child: ResultPromise) {
		child.stdout?.setEncoding('utf8');
		child.stderr?.setEncoding('utf8');
		child.stdout?.on('data', (chunk: string) => {
			this.buffer += chunk;
			let index: number;
			while ((index = this.buffer.indexOf('\n')) >= 0) {
				this.lines.push(this.buffer.slice(0, index).replace(/\r$/, ''));
				this.buffer = this.buffer.slice(index + 1);
			}

			this.notify();
		});
		child.stderr?.on('data', (chunk: string) => {
			this.stderr += chunk;
			this.notify();
		});
		this.exited = child.then(
			result => ({exitCode: result.exitCode, signal: result.signal}),
			(error: {exitCode?: number; signal?: string}) => ({exitCode: error.exitCode, signal: error.signal}),
		);
		void this.exited.then(() => this.notify());
	}

	private notify(): void {
		const waiters = this.waiters;
		this.waiters = [];
		for (const waiter of waiters) waiter();
	}

	send(line: string): void {
		this.child.stdin?.write(line + '\n');
	}

	/** Waits for a stdout line matching `predicate`; rejects after `timeout` ms or when the process ends. */
	async waitForLine(predicate: (line: string) => boolean, timeout = 5000): Promise<string> {
		const deadline = Date.now() + timeout;
		let ended = false;
		void this.exited.then(() => {
			ended = true;
		});
		for (;;) {
			const found = this.lines.find(predicate);
			if (found !== undefined) return found;
			if (ended) throw new Error(`simulator exited without the expected line; stderr:\n${this.stderr}`);
			const remaining = deadline - Date.now();
			if (remaining <= 0) throw new Error(`timed out waiting for a line; stdout:\n${this.lines.join('\n')}\nstderr:\n${this.stderr}`);
			await new Promise<void>(resolve => {
				const timer = setTimeout(resolve, remaining);
				this.waiters.push(() => {
					clearTimeout(timer);
					resolve();
				});
			});
		}
	}

	/** Sends the handshake; resolves with the engine version PowerShell reports. */
	async handshake(timeout?: number): Promise<string> {
		const nonce = nextNonce();
		this.send(handshakeStatement(nonce));
		this.send('');
		// Ticks (one per command) come first; the reply is the line with the results.
		const line = await this.waitForLine(candidate => {
			const reply = parseReplyLine(candidate);
			return reply?.nonce === nonce && reply.kind !== 'tick';
		}, timeout);
		const reply = parseReplyLine(line);
		if (reply?.kind !== 'hello') throw new Error(`unexpected handshake reply: ${line}`);
		return reply.engineVersion;
	}

	/** Sends one request frame without waiting; returns its nonce. */
	sendRequest(commands: readonly string[], stopOnError = false): string {
		const nonce = nextNonce();
		this.send(requestStatement({nonce, commands, stopOnError}));
		this.send('');
		return nonce;
	}

	async reply(nonce: string, timeout?: number): Promise<CommandResult[]> {
		// Ticks (one per command) come first; the reply is the line with the results.
		const line = await this.waitForLine(candidate => {
			const reply = parseReplyLine(candidate);
			return reply?.nonce === nonce && reply.kind !== 'tick';
		}, timeout);
		const reply = parseReplyLine(line);
		if (reply?.kind !== 'results') throw new Error(`unexpected reply: ${line}`);
		return reply.results;
	}

	async request(commands: readonly string[], stopOnError = false, timeout?: number): Promise<CommandResult[]> {
		return this.reply(this.sendRequest(commands, stopOnError), timeout);
	}

	/** Runs one command; returns its result. */
	async run(command: string): Promise<CommandResult> {
		const [result] = await this.request([command]);
		if (!result) throw new Error('no result');
		return result;
	}

	/** Defines the PowerShell stand-in for the Skype for Business module (after the handshake). */
	async defineStandIn(timeout = 30_000): Promise<CommandResult> {
		const [result] = await this.request([standInScript()], false, timeout);
		if (!result) throw new Error('no result for the stand-in definition');
		return result;
	}

	async close(): Promise<{exitCode: number | undefined; signal: string | undefined}> {
		this.child.stdin?.end();
		return this.exited;
	}

	kill(): void {
		this.child.kill('SIGKILL');
	}
}

export function startSimulator(options: StartOptions): SimulatorProcess {
	const {file, args: prefix} = simulatorExecutable();
	return startPowerShellLike(file, prefix, options);
}

/** Starts `file ...prefix ...args` with the tenant in its environment, driven in frames. */
function startPowerShellLike(file: string, prefix: readonly string[], {tenantFile, args = standardArgs, env = {}}: StartOptions): SimulatorProcess {
	const child = execa(file, [...prefix, ...args], {
		env: {[tenantVariable]: tenantFile, ...env},
		extendEnv: true,
		buffer: false,
		reject: false,
		stdin: 'pipe',
		stdout: 'pipe',
		stderr: 'pipe',
	});
	return new SimulatorProcess(child);
}

/** Runs the simulator to completion with these stdin lines. */
export async function runSimulator(
	tenantFile: string | undefined,
	lines: readonly string[],
	options: {args?: string[]; env?: Record<string, string>; timeout?: number} = {},
): Promise<{exitCode: number | undefined; stdout: string; stderr: string}> {
	const {file, args: prefix} = simulatorExecutable();
	const env: Record<string, string | undefined> = {...options.env};
	env[tenantVariable] = tenantFile;
	const result = await execa(file, [...prefix, ...(options.args ?? standardArgs)], {
		env,
		extendEnv: tenantFile !== undefined,
		input: lines.map(line => line + '\n').join(''),
		reject: false,
		timeout: options.timeout ?? 20_000,
		stripFinalNewline: false,
	});
	return {exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr)};
}

/** An in-process simulated PowerShell for fast unit tests; collects stdout and stderr. */
export function createSession(overrides?: TenantOverrides, options: {executionPolicy?: 'Bypass'} = {}): {
	session: SimulatorSession;
	run(text: string): {stdout: string; stderr: string};
} {
	let stdout = '';
	let stderr = '';
	const session = new SimulatorSession({
		tenant: tenantWith(overrides),
		writeOut: text => {
			stdout += text;
		},
		writeErr: text => {
			stderr += text;
		},
		environment: {},
		...(options.executionPolicy ? {processExecutionPolicy: options.executionPolicy} : {}),
	});
	return {
		session,
		run(text) {
			stdout = '';
			stderr = '';
			session.engine.runInteractive(text);
			return {stdout, stderr};
		},
	};
}

/** The credential pad and cipher the bridge would make for `password` (see frame.ts credentialCommand). */
export function encryptPassword(password: string, padOffset = 0): {pad: string; cipherBase64: string; env: Record<string, string>} {
	const bytes = Buffer.from(password, 'utf8');
	const pad = Buffer.alloc(padOffset + bytes.length + 16);
	for (let i = 0; i < pad.length; i++) pad[i] = (i * 97 + 31) & 0xff;
	const cipher = Buffer.from(bytes.map((byte, i) => byte ^ (pad[padOffset + i] as number)));
	const padBase64 = pad.toString('base64');
	return {pad: padBase64, cipherBase64: cipher.toString('base64'), env: {[credentialPadVariable]: padBase64}};
}

/**
 * A real PowerShell (test/support/real-powershell.ts) started as the bridge starts it, with the
 * simulated tenant in its environment. `handshake()` then `defineStandIn()` make it the
 * stand-in's twin of `startSimulator`.
 */
export function startRealPowerShell(file: string, options: StartOptions): SimulatorProcess {
	return startPowerShellLike(file, [], options);
}
