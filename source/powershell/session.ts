/**
 * One persistent PowerShell process for the whole run: start, send, receive, stop.
 * It runs text it is given and knows nothing of policies. The wire format is in frame.ts.
 */
import {randomBytes} from 'node:crypto';
import {createInterface} from 'node:readline';
import {execa, type ResultPromise} from 'execa';
import {
	credentialCommand,
	credentialPadVariable,
	handshakeStatement,
	parseReplyLine,
	requestStatement,
	type CommandResult,
	type Reply,
} from './frame.js';
import type {PowerShellExecutable} from './locate.js';
import {SessionError, type SessionFailure} from './session-error.js';

export {SessionError, type SessionFailure} from './session-error.js';

export type SessionOptions = {
	executable: PowerShellExecutable;
	/** Start with `-ExecutionPolicy Bypass` (Process scope: this session only). */
	bypassExecutionPolicy?: boolean;
	/** Extra environment for the child (the simulator's tenant file, for instance). */
	env?: Record<string, string>;
	/**
	 * How long PowerShell may stay silent during a request (one command, since a tick follows
	 * each command) before the process is considered hung.
	 */
	requestTimeoutMs?: number;
	/** Time allowed for the process to start and answer the handshake. */
	startTimeoutMs?: number;
	/** Every line the process writes outside reply frames, for the journal or a support log. */
	onLog?: (entry: {stream: 'stdout' | 'stderr'; line: string}) => void;
	/**
	 * Commands run once, in order, right after the handshake: the rehearsal defines its stand-in
	 * for the Skype for Business module this way, through the command stream, so that no
	 * execution policy can block it. A failure ends the start.
	 */
	setupCommands?: readonly string[];
	/** Told the session as soon as its process exists, before the handshake: so it can be stopped. */
	onSpawn?: (session: PowerShellSession) => void;
	/**
	 * The session will show Microsoft's own sign-in window (Skype for Business Online with
	 * integrated sign-in: `New-CsOnlineSession` without `-Credential`, MFA). On Windows the
	 * process is then started without `windowsHide`, which would hide that window too (see
	 * `spawnOptionsFor`). Default: false, a hidden console.
	 */
	interactiveSignIn?: boolean;
};

export type RunOptions = {
	/** Skip the remaining commands after the first failure. */
	stopOnError?: boolean;
	timeoutMs?: number;
};

type Pending = {
	nonce: string;
	resolve: (reply: Reply) => void;
	reject: (error: SessionError) => void;
	timer: NodeJS.Timeout;
	/** Restarts the silence timer (a tick arrived). */
	restart: () => void;
};

const padBytes = 4096;
const stderrKept = 50;

/** How the process is started, apart from its pipes and environment (see `spawnOptionsFor`). */
export type SpawnOptions = {detached: boolean; windowsHide: boolean};

/**
 * The start options for a platform. Pure, so that every platform's answer can be tested here.
 *
 * - `detached`: off Windows, PowerShell gets its own process group, so that Ctrl+C in the
 *   terminal is offline-im's to handle (stop between two requests) and does not kill PowerShell
 *   in the middle of a command; `stop()` then kills the whole group. On Windows `detached` means
 *   DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP (libuv, src/win/process.c): no console at all,
 *   and Windows PowerShell's console host fails without one (setting `[Console]::OutputEncoding`
 *   throws "The handle is invalid"; design.md, section 2). So never there.
 * - `windowsHide` (Windows only; Node ignores it elsewhere): libuv turns it into CREATE_NO_WINDOW
 *   (all pipes, so the child gets its own console, without a window, and is out of reach of the
 *   terminal's Ctrl+C) AND `wShowWindow = SW_HIDE`, which Windows applies to the first window the
 *   process shows: for the Online interactive sign-in that is Microsoft's MFA window, which would
 *   stay invisible. So a session that needs it is not hidden; it then shares offline-im's console
 *   (a console child inherits its parent's), and so also receives the terminal's Ctrl+C (not
 *   verified on Windows: no Windows here).
 */
export function spawnOptionsFor(platform: NodeJS.Platform, {interactiveSignIn = false}: {interactiveSignIn?: boolean} = {}): SpawnOptions {
	if (platform === 'win32') return {detached: false, windowsHide: !interactiveSignIn};
	return {detached: true, windowsHide: false};
}

/** The switches every start uses; `-Command -` must come last. */
export function powershellArguments(bypassExecutionPolicy: boolean): string[] {
	return [
		'-NoLogo',
		'-NoProfile',
		'-NonInteractive',
		...(bypassExecutionPolicy ? ['-ExecutionPolicy', 'Bypass'] : []),
		'-Command',
		'-',
	];
}

export class PowerShellSession {
	/**
	 * Starts the process and waits for its handshake. Rejects with a `SessionError` when the
	 * process cannot start, dies, hangs, or is older than PowerShell 3.0 (then the process is
	 * stopped, and the failure carries the version for the prerequisite check).
	 */
	static async start(options: SessionOptions): Promise<PowerShellSession> {
		const session = new PowerShellSession(options);
		options.onSpawn?.(session);
		const startTimeoutMs = options.startTimeoutMs ?? 30_000;
		try {
			// Queued like a request, with the setup commands: a request sent meanwhile (the session
			// is known from onSpawn on) waits until the session is ready, stand-in included.
			await session.enqueue(async () => {
				const reply = await session.exchange(handshakeStatement, startTimeoutMs);
				if (reply.kind !== 'hello') throw new SessionError({kind: 'exited', exitCode: undefined, signal: undefined, stderr: []});
				session.engineVersion = reply.engineVersion;
				session.languageMode = reply.languageMode;
				if (!isAtLeast3(reply.engineVersion)) throw new SessionError({kind: 'too-old', engineVersion: reply.engineVersion});
				// The requests decode and run script blocks: only FullLanguage allows that.
				if (reply.languageMode && reply.languageMode !== 'FullLanguage') {
					throw new SessionError({kind: 'constrained', languageMode: reply.languageMode, engineVersion: reply.engineVersion});
				}

				for (const command of options.setupCommands ?? []) {
					const setup = await session.exchange(nonce => requestStatement({nonce, commands: [command], stopOnError: true}), startTimeoutMs);
					const [result] = setup.kind === 'results' ? setup.results : [];
					if (!result?.ok) throw new SessionError({kind: 'setup-failed', error: result?.ok === false ? result.error : 'no answer'});
				}
			});
			return session;
		} catch (error) {
			await session.stop();
			throw error;
		}
	}

	engineVersion = '';
	/** As the handshake reported it: `FullLanguage` for a usable session. */
	languageMode = '';
	readonly pid: number | undefined;

	private readonly process: ResultPromise;
	private readonly pending = new Map<string, Pending>();
	private readonly stderrTail: string[] = [];
	private readonly pad = randomBytes(padBytes);
	private padOffset = 0;
	private queue: Promise<unknown> = Promise.resolve();
	private ended: SessionFailure | undefined;
	private readonly requestTimeoutMs: number;
	/** Started in its own process group (off Windows): `kill()` then kills the group. */
	private readonly detached: boolean;

	private constructor(private readonly options: SessionOptions) {
		this.requestTimeoutMs = options.requestTimeoutMs ?? 120_000;
		const {executable} = options;
		const spawn = spawnOptionsFor(process.platform, {interactiveSignIn: Boolean(options.interactiveSignIn)});
		this.detached = spawn.detached;
		this.process = execa(executable.file, [...executable.prefixArgs, ...powershellArguments(Boolean(options.bypassExecutionPolicy))], {
			stdin: 'pipe',
			stdout: 'pipe',
			stderr: 'pipe',
			buffer: false,
			reject: false,
			// Why each is what it is, per platform: spawnOptionsFor.
			windowsHide: spawn.windowsHide,
			detached: spawn.detached,
			env: {...options.env, [credentialPadVariable]: this.pad.toString('base64')},
		});
		this.pid = this.process.pid;
		// A detached child outlives its parent unless stopped: never leave PowerShell behind.
		process.once('exit', this.killOnExit);

		createInterface({input: this.process.stdout!}).on('line', line => this.onStdout(line));
		createInterface({input: this.process.stderr!}).on('line', line => {
			this.stderrTail.push(line);
			if (this.stderrTail.length > stderrKept) this.stderrTail.shift();
			options.onLog?.({stream: 'stderr', line});
		});
		// A write after the process died must surface as the exit below, not as an unhandled error.
		this.process.stdin!.on('error', () => {});

		this.process.then(result => {
			const failure: SessionFailure =
				result.failed && result.exitCode === undefined && !result.signal
					? {kind: 'not-started', message: result.shortMessage ?? 'unknown error'}
					: {kind: 'exited', exitCode: result.exitCode, signal: result.signal, stderr: [...this.stderrTail]};
			process.off('exit', this.killOnExit);
			this.finish(this.ended ?? failure);
		});
	}

	private readonly killOnExit = () => {
		this.kill();
	};

	/**
	 * Kills PowerShell and every process of its group. The group matters: the PowerShell .NET
	 * tool's `pwsh` is a launcher that runs `dotnet pwsh.dll` as its CHILD, and killing the
	 * launcher alone left that PowerShell running, holding our pipes (found on real PowerShell,
	 * issue 9). On Windows, where the child is not detached, only the process itself is killed.
	 */
	private kill(): void {
		if (this.detached && this.process.pid !== undefined) {
			try {
				process.kill(-this.process.pid, 'SIGKILL');
				return;
			} catch {
				// The group is gone already, or was never made: kill the process itself.
			}
		}

		this.process.kill('SIGKILL');
	}

	/** Whether the process is still there to take requests. */
	get alive(): boolean {
		return this.ended === undefined;
	}

	/**
	 * Runs the commands in order, each in its own try/catch, and returns one result per command
	 * that ran. Requests are queued: one at a time reaches the process.
	 */
	async run(commands: readonly string[], {stopOnError = false, timeoutMs}: RunOptions = {}): Promise<CommandResult[]> {
		if (commands.length === 0) return [];
		const reply = await this.enqueue(() =>
			this.exchange(nonce => requestStatement({nonce, commands, stopOnError}), timeoutMs ?? this.requestTimeoutMs),
		);
		return reply.kind === 'results' ? reply.results : [];
	}

	/** Runs one command; its result. */
	async runOne(command: string, options: Omit<RunOptions, 'stopOnError'> = {}): Promise<CommandResult> {
		const [result] = await this.run([command], options);
		return result ?? {ok: false, error: 'PowerShell returned no result.'};
	}

	/**
	 * Sets `$<variable>` to a PSCredential. The password never appears in the text sent: only its
	 * bytes XORed with an unused part of the pad the process received in its environment.
	 */
	async defineCredential(variable: string, userNameLiteral: string, password: string): Promise<CommandResult> {
		const bytes = Buffer.from(password, 'utf8');
		if (this.padOffset + bytes.length > this.pad.length) {
			return {ok: false, error: 'Too many sign-in attempts in one session: start offline-im again.'};
		}

		const cipher = Buffer.alloc(bytes.length);
		for (let index = 0; index < bytes.length; index++) {
			cipher[index] = bytes[index]! ^ this.pad[this.padOffset + index]!;
		}

		const padOffset = this.padOffset;
		this.padOffset += bytes.length;
		bytes.fill(0);
		return this.runOne(credentialCommand({variable, userNameLiteral, cipherBase64: cipher.toString('base64'), padOffset}));
	}

	/** Ends the process: closes stdin, then kills it if it does not leave by itself. */
	async stop(): Promise<void> {
		if (!this.ended) this.finish({kind: 'stopped'});
		this.process.stdin?.end();
		const exited = await Promise.race([
			this.process.then(() => true),
			new Promise<false>(resolve => {
				setTimeout(() => resolve(false), 2000).unref();
			}),
		]);
		if (!exited) this.kill();
		await this.process.catch(() => undefined);
	}

	private enqueue<T>(task: () => Promise<T>): Promise<T> {
		const next = this.queue.then(task, task);
		this.queue = next.catch(() => undefined);
		return next;
	}

	private exchange(statement: (nonce: string) => string, timeoutMs: number): Promise<Reply> {
		if (this.ended) return Promise.reject(new SessionError(this.ended));
		const nonce = randomBytes(8).toString('hex');
		return new Promise<Reply>((resolve, reject) => {
			const onSilence = () => {
				this.pending.delete(nonce);
				const failure: SessionFailure = {kind: 'timeout', timeoutMs, stderr: [...this.stderrTail]};
				reject(new SessionError(failure));
				this.finish(failure);
				this.kill();
			};

			const pending: Pending = {
				nonce,
				resolve,
				reject,
				timer: setTimeout(onSilence, timeoutMs),
				restart() {
					clearTimeout(pending.timer);
					pending.timer = setTimeout(onSilence, timeoutMs);
				},
			};
			this.pending.set(nonce, pending);
			// The blank line ends any statement PowerShell may still be waiting to complete.
			this.process.stdin!.write(`${statement(nonce)}\n\n`);
		});
	}

	private onStdout(line: string): void {
		const reply = parseReplyLine(line);
		if (!reply) {
			this.options.onLog?.({stream: 'stdout', line});
			return;
		}

		const pending = this.pending.get(reply.nonce);
		if (!pending) return;
		if (reply.kind === 'tick') {
			pending.restart();
			return;
		}

		this.pending.delete(reply.nonce);
		clearTimeout(pending.timer);
		if (reply.kind === 'malformed') {
			// The commands ran but their answer cannot be read: say so now rather than time out.
			pending.reject(new SessionError({kind: 'unreadable', detail: reply.detail}));
			return;
		}

		pending.resolve(reply);
	}

	private finish(failure: SessionFailure): void {
		this.ended ??= failure;
		for (const pending of this.pending.values()) {
			clearTimeout(pending.timer);
			pending.reject(new SessionError(this.ended));
		}

		this.pending.clear();
	}
}

function isAtLeast3(version: string): boolean {
	const major = Number.parseInt(version.split('.')[0] ?? '', 10);
	return Number.isFinite(major) && major >= 3;
}
