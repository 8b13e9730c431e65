/**
 * PowerShell's own parser as a test referee: ONE long-lived real PowerShell running
 * test/support/powershell-ast.ps1, fed JSON lines of texts and answering one JSON line of AST
 * descriptions per batch. See the script for what each mode describes.
 *
 * Texts travel as Base64 of their UTF-16LE code units, not UTF-8: UTF-8 cannot carry a lone
 * surrogate (Node would silently send U+FFFD), and the referee must judge exactly the text the
 * product made. The answers come back as JSON with every non-ASCII code unit escaped, so the
 * string values PowerShell's parser found compare code unit for code unit.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import path from 'node:path';
import type {RealPowerShell} from './real-powershell.js';

export const astScript = path.join(import.meta.dirname, 'powershell-ast.ps1');

export type ParseError = {id: string; m: string; l: number; c: number};

export type CommandElement = {p: string} | {a: string; q?: string; v?: string};

export type QuoteDescription = {
	e: ParseError[];
	f: string;
	c: Array<{n: string; el: CommandElement[]}>;
	s: Array<{q: string; v: string; c: number; x: number}>;
};

/** First place each fact shows, e.g. `line 3: [Text.StringBuilder]::new()`. */
export type Facts = Record<string, string>;

export type CompatDescription = {
	e: ParseError[];
	n: Facts;
	/** `f`: inside a script block given to `-Filter` (filter text, not a command PowerShell runs). */
	c: Array<{n: string | null; p: string[]; t: string; f: boolean}>;
	m: Array<{m: string; s: boolean; t: string}>;
	k: Facts;
	v: Facts;
	b: Facts;
	x: Facts;
};

/** `compat-file`: the texts are paths of .ps1 files, parsed as PowerShell reads them from disk. */
type Mode = 'quote' | 'compat' | 'compat-file';
type Pending = {resolve: (line: string) => void; reject: (error: Error) => void};

/** True when the text has no lone surrogate (what UTF-8, a file or a terminal can carry). */
export function isWellFormed(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(index + 1);
			if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
			index++;
		} else if (code >= 0xdc00 && code <= 0xdfff) {
			return false;
		}
	}

	return true;
}

export class PowerShellParser {
	private readonly child: ChildProcessWithoutNullStreams;
	private readonly pending: Pending[] = [];
	private buffer = '';
	private stderr = '';
	private exited: Promise<void>;
	private failure: Error | undefined;
	/** How many texts PowerShell has parsed. */
	parsed = 0;

	private constructor(powershell: RealPowerShell) {
		this.child = spawn(powershell.file, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', astScript], {
			stdio: 'pipe',
			// Plain error text in stderr (PowerShell 7 colours it otherwise).
			env: {...process.env, NO_COLOR: '1'},
		});
		this.child.stdout.setEncoding('utf8');
		this.child.stderr.setEncoding('utf8');
		this.child.stdout.on('data', (chunk: string) => this.onData(chunk));
		this.child.stderr.on('data', (chunk: string) => {
			this.stderr += chunk;
		});
		this.exited = new Promise(resolve => {
			this.child.on('exit', (code, signal) => {
				this.fail(new Error(`PowerShell AST helper exited (${signal ?? code}); stderr: ${this.stderr.slice(0, 2000)}`));
				resolve();
			});
		});
		this.child.on('error', error => this.fail(error));
	}

	/** Starts the helper and waits for its `ready` line. */
	static async start(powershell: RealPowerShell): Promise<PowerShellParser> {
		const parser = new PowerShellParser(powershell);
		const first = await parser.nextLine();
		if (first !== 'ready') throw new Error(`PowerShell AST helper said ${JSON.stringify(first)} instead of ready`);
		return parser;
	}

	private fail(error: Error): void {
		this.failure ??= error;
		for (const waiting of this.pending.splice(0)) waiting.reject(this.failure);
	}

	private onData(chunk: string): void {
		this.buffer += chunk;
		let end = this.buffer.indexOf('\n');
		while (end !== -1) {
			const line = this.buffer.slice(0, end).replace(/\r$/, '');
			this.buffer = this.buffer.slice(end + 1);
			this.pending.shift()?.resolve(line);
			end = this.buffer.indexOf('\n');
		}
	}

	private async nextLine(): Promise<string> {
		if (this.failure) throw this.failure;
		return new Promise((resolve, reject) => this.pending.push({resolve, reject}));
	}

	/** Parses every text, `batchSize` texts per request line; descriptions in the same order. */
	async describeTexts(mode: 'quote', texts: readonly string[], batchSize?: number): Promise<QuoteDescription[]>;
	async describeTexts(mode: 'compat' | 'compat-file', texts: readonly string[], batchSize?: number): Promise<CompatDescription[]>;
	async describeTexts(mode: Mode, texts: readonly string[], batchSize = 500): Promise<Array<QuoteDescription | CompatDescription>> {
		const replies: Array<Promise<string>> = [];
		for (let start = 0; start < texts.length; start += batchSize) {
			const batch = texts.slice(start, start + batchSize);
			const encoded = batch.map(text => Buffer.from(text, 'utf16le').toString('base64'));
			// Queued in order: the helper answers one line per request line, in order.
			replies.push(this.nextLine());
			this.child.stdin.write(`${JSON.stringify({mode, texts: encoded})}\n`);
		}

		const results: Array<QuoteDescription | CompatDescription> = [];
		for (const reply of replies) {
			const parsed: unknown = JSON.parse(await reply);
			// A one-element array may come back bare from ConvertTo-Json on some hosts.
			const list = (Array.isArray(parsed) ? parsed : [parsed]) as Array<QuoteDescription | CompatDescription>;
			results.push(...list);
		}

		if (results.length !== texts.length) throw new Error(`PowerShell described ${results.length} texts, ${texts.length} were sent`);
		this.parsed += texts.length;
		return results;
	}

	/** Ends the helper (end of input) and waits for it to exit; kills it if it does not. */
	async stop(): Promise<void> {
		if (this.child.exitCode !== null || this.child.signalCode !== null) return;
		this.child.stdin.end();
		const killer = setTimeout(() => this.child.kill(), 10_000);
		await this.exited;
		clearTimeout(killer);
	}
}
