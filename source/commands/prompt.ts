/**
 * The few questions the non-interactive commands may ask in a terminal: a confirmation and a
 * password (never echoed). Everything else is a flag.
 */
import {createInterface} from 'node:readline';
import type {Io} from './options.js';

export async function readLine(io: Io, question: string): Promise<string> {
	const lines = createInterface({input: io.stdin, output: io.stdout, terminal: false});
	io.stdout.write(question);
	try {
		for await (const line of lines) return line;
		return '';
	} finally {
		lines.close();
	}
}

/** The first line of standard input (`--password-stdin`), without its line break. */
export async function readStdinFirstLine(stdin: NodeJS.ReadableStream): Promise<string> {
	const lines = createInterface({input: stdin, terminal: false});
	try {
		for await (const line of lines) return line;
		return '';
	} finally {
		lines.close();
	}
}

/** Reads a line in raw mode, echoing nothing; Ctrl+C cancels the program. */
export async function readSecret(io: Io, prompt: string): Promise<string> {
	const stdin = io.stdin as NodeJS.ReadStream;
	io.stdout.write(prompt);
	stdin.setRawMode?.(true);
	stdin.resume();
	stdin.setEncoding('utf8');
	return new Promise<string>(resolve => {
		let secret = '';
		const onData = (chunk: string) => {
			for (const character of chunk) {
				if (character === '\r' || character === '\n') {
					finish();
					resolve(secret);
					return;
				}

				if (character === '\u0003') {
					finish();
					process.exit(130);
				}

				if (character === '\u007F' || character === '\b') secret = secret.slice(0, -1);
				else if (character >= ' ') secret += character;
			}
		};

		const finish = () => {
			stdin.off('data', onData);
			stdin.setRawMode?.(false);
			stdin.pause();
			io.stdout.write('\n');
		};

		stdin.on('data', onData);
	});
}
