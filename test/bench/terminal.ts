/**
 * Starts a program in a pseudo-terminal of 80x24 (util-linux `script`: no native dependency) and
 * times it from the spawn to the first time a text appears on the terminal; then Ctrl+C.
 */
import {spawn} from 'node:child_process';
import {performance} from 'node:perf_hooks';

export type TerminalStart = {
	/** The command; `script` runs it through `sh -c`. */
	argv: readonly string[];
	/** Plain text (escape sequences removed) that tells the first frame is on the terminal. */
	marker: string;
	env: NodeJS.ProcessEnv;
	cwd: string;
	/** How long the program stays open after the marker before Ctrl+C. */
	idleMs?: number;
};

const escapes = /\u001B\[[0-9;?]*[ -/]*[@-~]|\u001B[\]PX^_][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B[@-Z\\-_]/g;

export const plainText = (output: string) => output.replace(escapes, '');

const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;

export type FirstFrame = {
	/** Milliseconds from the spawn to `marker` on the terminal. */
	ms: number;
	/** The first frame's text: the output before Ink first erased a line, escape sequences removed. */
	text: string;
};

export async function firstFrame({argv, marker, env, cwd, idleMs = 150}: TerminalStart): Promise<FirstFrame> {
	const command = `stty cols 80 rows 24; exec ${argv.map(quote).join(' ')}`;
	const started = performance.now();
	const child = spawn('script', ['-qfec', command, '/dev/null'], {cwd, env: {...env, SHELL: '/bin/sh'}, stdio: ['pipe', 'pipe', 'pipe']});
	const exited = new Promise<void>(resolve => child.on('close', () => resolve()));
	let output = '';
	try {
		const elapsed = await new Promise<number>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no "${marker}" on the terminal within 15 s:\n${plainText(output)}`)), 15_000);
			child.stdout.setEncoding('utf8');
			child.stdout.on('data', (chunk: string) => {
				output += chunk;
				if (plainText(output).includes(marker)) {
					clearTimeout(timer);
					resolve(performance.now() - started);
				}
			});
			void exited.then(() => {
				clearTimeout(timer);
				reject(new Error(`${argv.join(' ')} ended before "${marker}" appeared:\n${plainText(output)}`));
			});
		});
		await new Promise(resolve => setTimeout(resolve, idleMs));
		child.stdin.write('\u0003');
		const guard = setTimeout(() => child.kill('SIGKILL'), 5000);
		const text = plainText(output.split('\u001B[2K')[0]!).replace(/\r/g, '').trim();
		await exited;
		clearTimeout(guard);
		return {ms: elapsed, text};
	} finally {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	}
}
