/**
 * Renders shared pieces the way the wizard does, inside a UiProvider. Through ink-testing-library
 * by default; it fixes the width at 100 columns and passes no screen-reader option, so for other
 * widths and for screen-reader mode its fake streams are mirrored here with those options.
 */
import {EventEmitter} from 'node:events';
import chalk from 'chalk';
import {render as inkRender, type Instance} from 'ink';
import {cleanup as cleanupTestingLibrary, render as renderTestingLibrary} from 'ink-testing-library';
import type {ReactElement} from 'react';
import type {Language} from '../../../source/i18n/language.js';
import UiProvider from '../../../source/ui/components/UiProvider.js';
import {createTheme} from '../../../source/ui/theme.js';

export type UiOptions = {
	language?: Language;
	/** false: the theme of `NO_COLOR=1`. */
	color?: boolean;
	rehearsal?: boolean;
	/** false: a terminal that cannot draw symbols (the Linux console here). */
	unicode?: boolean;
	columns?: number;
	screenReader?: boolean;
};

class FakeStdout extends EventEmitter {
	frames: string[] = [];
	constructor(readonly columns: number) {
		super();
	}

	write = (frame: string) => {
		this.frames.push(frame);
	};
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

const instances: Instance[] = [];

export type Rendered = {
	lastFrame: () => string;
	stdin: {write: (data: string) => void};
	rerender: (tree: ReactElement) => void;
};

export function renderUi(tree: ReactElement, options: UiOptions = {}): Rendered {
	const {language = 'en', color = true, rehearsal = false, unicode = true, columns = 100, screenReader = false} = options;
	const env: NodeJS.ProcessEnv = {TERM: unicode ? 'xterm-256color' : 'linux'};
	if (!color) env['NO_COLOR'] = '1';
	const theme = createTheme({env, platform: 'linux'});
	const wrap = (element: ReactElement) => (
		<UiProvider language={language} theme={theme} rehearsal={rehearsal}>
			{element}
		</UiProvider>
	);
	if (columns === 100 && !screenReader) {
		const rendered = renderTestingLibrary(wrap(tree));
		return {
			lastFrame: () => rendered.lastFrame() ?? '',
			stdin: rendered.stdin,
			rerender: element => {
				rendered.rerender(wrap(element));
			},
		};
	}

	const stdout = new FakeStdout(columns);
	const stdin = new FakeStdin();
	const instance = inkRender(wrap(tree), {
		// The fakes implement what Ink uses of the streams, like ink-testing-library's.
		stdout: stdout as unknown as NodeJS.WriteStream,
		stderr: new FakeStdout(columns) as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
		isScreenReaderEnabled: screenReader,
	});
	instances.push(instance);
	return {
		lastFrame: () => stdout.frames.at(-1) ?? '',
		stdin,
		rerender: element => {
			instance.rerender(wrap(element));
		},
	};
}

export function cleanupUi(): void {
	cleanupTestingLibrary();
	for (const instance of instances.splice(0)) {
		instance.unmount();
		instance.cleanup();
	}
}

/**
 * Tests run without a terminal, so chalk (Ink's colouring) is at level 0 and would hide any
 * colour; colour tests force it on to be able to fail.
 */
export function forceColor(): () => void {
	const previous = chalk.level;
	chalk.level = 1;
	return () => {
		chalk.level = previous;
	};
}

/** Lets effects, timers and input handlers run. */
export async function tick(milliseconds = 0): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, milliseconds);
	});
}

export const ansiEscape = '\u001B[';

type Pressable = {lastFrame: () => string; stdin: {write: (data: string) => void}};

/**
 * Key presses or pasted text, one after the other, as a person types. After each, waits for a
 * new frame (not every key changes it, so only for a while) and for the frame to stop changing,
 * then lets Ink renew its input handlers, which it does in an effect after the frame: a key sent
 * before that would reach the old handler. Tests of keys arriving together write them at once.
 */
export async function press(rendered: Pressable, ...keys: string[]): Promise<void> {
	for (const key of keys) {
		const before = rendered.lastFrame();
		rendered.stdin.write(key);
		for (let waited = 0; waited < 150 && rendered.lastFrame() === before; waited += 5) await tick(5);
		await settle(rendered);
	}
}

/** Waits until the frame has stopped changing (for a while at most), then a little more for Ink's input handlers. */
export async function settle(rendered: {lastFrame: () => string}): Promise<void> {
	let previous = rendered.lastFrame();
	for (let wait = 0; wait < 20; wait++) {
		await tick(10);
		const frame = rendered.lastFrame();
		if (frame === previous) break;
		previous = frame;
	}

	await tick(15);
}

/** The frame as one line of words: wrapping and panel borders left out. */
export function flat(frame: string): string {
	return frame.replaceAll(/[│╭╮╰╯─]/g, ' ').replaceAll(/\s+/g, ' ');
}
