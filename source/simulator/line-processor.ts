import {credentialPadVariable, replyMarker, toBase64} from '../powershell/frame.js';
import {matchHandshake, matchRequest, type RequestFrame} from './frames.js';
import {ErrorRecord, type ErrorRecordInit} from './language/errors.js';
import {type CommandOutcome, ExitSignal, HangSignal} from './language/engine.js';
import {formatError} from './language/format.js';
import {ParseError, parseScript} from './language/parser.js';
import {Hashtable, type Value, jsonOf} from './language/values.js';
import type {SimulatorSession} from './session.js';

/** What the process should do after a line. */
export type LineResult = {kind: 'continue'} | {kind: 'hang'} | {kind: 'exit'; code: number};

const continueResult: LineResult = {kind: 'continue'};

/**
 * Reads `-Command -` input the way PowerShell does: each line is a statement list; a line that
 * leaves a construct open (a string, a brace, a trailing pipe) waits for more lines, and a blank
 * line ends it. The bridge's frames are recognized by structure and answered with reply lines;
 * faults from the tenant file are applied to request frames.
 */
export class LineProcessor {
	private pending: string | undefined;
	private requestsHandled = 0;
	private flushScheduled = false;

	constructor(
		private readonly session: SimulatorSession,
		private readonly sleep: (milliseconds: number) => Promise<void> = milliseconds => new Promise(resolve => setTimeout(resolve, milliseconds)),
	) {}

	async handleLine(rawLine: string): Promise<LineResult> {
		const line = rawLine.replace(/\r$/, '');
		if (this.pending === undefined) {
			if (line.trim() === '') return continueResult;
			const handshake = matchHandshake(line);
			if (handshake) return this.handshake(handshake.nonce);
			const request = matchRequest(line);
			if (request) return this.request(request);
		}

		const source = this.pending === undefined ? line : `${this.pending}\n${line}`;
		const force = this.pending !== undefined && line.trim() === '';
		let script;
		try {
			script = parseScript(source);
		} catch (error) {
			if (error instanceof ParseError && error.incomplete && !force) {
				this.pending = source;
				return continueResult;
			}

			if (!(error instanceof ParseError)) throw error;
		}

		this.pending = undefined;
		return this.runInteractive(source, script);
	}

	/** stdin ended: run what is still pending, as PowerShell does at end of input. */
	finish(): LineResult {
		if (this.pending === undefined) return continueResult;
		const source = this.pending;
		this.pending = undefined;
		return this.runInteractive(source, undefined);
	}

	private runInteractive(source: string, script: ReturnType<typeof parseScript> | undefined): LineResult {
		try {
			this.session.engine.runInteractive(source, script);
			return continueResult;
		} catch (error) {
			if (error instanceof ExitSignal) return {kind: 'exit', code: error.code};
			if (error instanceof HangSignal) return {kind: 'hang'};
			throw error;
		} finally {
			this.scheduleFlush();
		}
	}

	/**
	 * Interactive statements are written back once the input piped so far has been read (a
	 * script of a thousand lines is one write, not a thousand); requests are written before
	 * their reply, so that a killed process never leaves the file behind what was answered.
	 */
	private scheduleFlush(): void {
		if (this.flushScheduled) return;
		this.flushScheduled = true;
		setImmediate(() => {
			this.flushScheduled = false;
			this.session.directory.flush();
		});
	}

	private handshake(nonce: string): LineResult {
		const {session} = this;
		const key = credentialPadVariable.toLowerCase();
		const pad = session.environment.get(key)?.value ?? null;
		session.environment.delete(key);
		delete process.env[credentialPadVariable];
		session.credentialPad = pad ?? undefined;
		session.engine.global.set('__oimPad', pad);
		session.engine.global.set('ProgressPreference', 'SilentlyContinue');
		const {engineVersion, languageMode} = session.tenant.powershell;
		session.writeOut(`${replyMarker} ${nonce} hello ${engineVersion} ${languageMode}\n`);
		return continueResult;
	}

	private async request(frame: RequestFrame): Promise<LineResult> {
		const {session} = this;
		const {faults} = session.tenant;
		if (faults.exitAfterRequests && this.requestsHandled >= faults.exitAfterRequests.requests) {
			session.directory.flushAll();
			return {kind: 'exit', code: faults.exitAfterRequests.exitCode};
		}

		if (faults.hangOnRequest === this.requestsHandled + 1) return {kind: 'hang'};
		if (session.tenant.powershell.languageMode !== 'FullLanguage') {
			// Constrained Language Mode refuses [ScriptBlock]::Create and [Console] calls: no reply.
			session.writeErr('Cannot invoke method. Method invocation is supported only on core types in this language mode.\n');
			return continueResult;
		}

		this.requestsHandled++;
		const results: Value[] = [];
		let exit: number | undefined;
		let hung = false;
		try {
			for (const command of frame.commands) {
				if (faults.commandDelayMs > 0) await this.sleep(faults.commandDelayMs);
				const outcome = this.runCommand(command);
				results.push(resultTable(outcome));
				// The frame's `finally` writes a tick after every command, failed or not.
				session.writeOut(`${replyMarker} ${frame.nonce} tick\n`);
				if (!outcome.ok && frame.stopOnError) break;
			}
		} catch (error) {
			if (error instanceof HangSignal) hung = true;
			else if (error instanceof ExitSignal) exit = error.code;
			else throw error;
		}

		session.tenant.stats.requests++;
		session.directory.markStatsChanged();
		// What the request changed is on disk before its answer is written.
		session.directory.flush();
		if (exit !== undefined) return {kind: 'exit', code: exit};
		// A command that never returns: the ticks before it were written, the reply never is.
		if (hung) return {kind: 'hang'};
		if (session.engineMajor < 3) {
			// PowerShell 2.0 runs the commands, then fails on ConvertTo-Json (added in 3.0): no reply.
			session.writeErr(formatError(convertToJsonMissing(frame), false));
			return continueResult;
		}

		if (faults.replyDelayMs > 0) await this.sleep(faults.replyDelayMs);
		const json = JSON.stringify(jsonOf(results, 6));
		session.writeOut(`${replyMarker} ${frame.nonce} ${toBase64(json)}\n`);
		return continueResult;
	}

	/**
	 * One command of a request. The credential command (frame.ts) needs nothing special: the
	 * interpreter XORs the cipher with the pad the handshake kept, builds the SecureString and
	 * the PSCredential; whether the password is right is known only when a session opens.
	 */
	private runCommand(text: string): CommandOutcome {
		return this.session.engine.runFramedCommand(text);
	}
}

/** One entry of the reply: `@{ ok = $true; output = ... }` or `@{ ok = $false; error = ...; errorId = ... }`. */
function resultTable(outcome: CommandOutcome): Hashtable {
	const table = new Hashtable();
	if (outcome.ok) {
		table.set('ok', true);
		table.set('output', outcome.output);
	} else {
		table.set('ok', false);
		table.set('error', outcome.record.message);
		table.set('errorId', outcome.record.errorId);
	}

	return table;
}

function convertToJsonMissing(frame: RequestFrame): ErrorRecord {
	return new ErrorRecord({
		message:
			"The term 'ConvertTo-Json' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
		errorId: 'CommandNotFoundException',
		category: 'ObjectNotFound',
		exceptionType: 'System.Management.Automation.CommandNotFoundException',
		targetName: 'ConvertTo-Json',
		targetType: 'String',
		commandName: 'ConvertTo-Json',
		activity: '',
		position: convertToJsonPosition(frame),
	});
}

function convertToJsonPosition(frame: RequestFrame): ErrorRecordInit['position'] {
	// Only the line's text matters for the message; the bridge's line is not kept, so rebuild a short one.
	const source = `[Console]::Out.WriteLine('${replyMarker} ${frame.nonce} ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes((ConvertTo-Json -InputObject $__oimR.ToArray() -Depth 6 -Compress))))`;
	const start = source.indexOf('ConvertTo-Json');
	return {source, start, end: start + 'ConvertTo-Json'.length};
}
