/**
 * How the wizard looks, in one place: colours, text styles and symbols. Components never name a
 * colour themselves. Status is always carried by a word from the `ui` catalog as well; colour and
 * symbols only decorate it.
 */

export type Status = 'pass' | 'fail' | 'warn' | 'info' | 'running' | 'pending';

export const statuses: readonly Status[] = ['pass', 'fail', 'warn', 'info', 'running', 'pending'];

/** Text styles, spread onto Ink's `<Text>`. Empty when colour is off. */
export type Tone = {
	color?: string;
	bold?: boolean;
	dimColor?: boolean;
	inverse?: boolean;
};

export type Theme = {
	/** False when `NO_COLOR` is set: no colour and no other ANSI styling either. */
	colorEnabled: boolean;
	/** False on terminals that cannot draw symbols such as ✔ (the classic Windows console). */
	unicode: boolean;
	status: Record<Status, {symbol: string; tone: Tone}>;
	heading: Tone;
	muted: Tone;
	/** PowerShell command text, shown verbatim. */
	command: Tone;
	/** The rehearsal label. */
	rehearsal: Tone;
	/** The key names in the key hints. */
	key: Tone;
	bar: {filled: string; empty: string; tone: Tone};
	/** Replaces each typed character of a masked field. */
	mask: string;
	/** Between two key hints. */
	separator: string;
	/** Fold lines and "more" markers. */
	ellipsis: string;
};

export type ThemeOptions = {
	env?: NodeJS.ProcessEnv;
	platform?: NodeJS.Platform;
};

/**
 * `NO_COLOR` (https://no-color.org): set to any non-empty value, it turns colour off. The
 * standard says an empty value does not count.
 */
export function isColorEnabled(env: NodeJS.ProcessEnv): boolean {
	const noColor = env['NO_COLOR'];
	return noColor === undefined || noColor === '';
}

/**
 * The checks of sindresorhus/is-unicode-supported: every terminal but the Linux console
 * elsewhere; on Windows only the terminals known to draw these symbols (conhost with its
 * default fonts shows boxes).
 */
export function isUnicodeSupported(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
	if (platform !== 'win32') return env['TERM'] !== 'linux';
	return (
		Boolean(env['WT_SESSION']) ||
		Boolean(env['TERMINUS_SUBLIME']) ||
		env['ConEmuTask'] === '{cmd::Cmder}' ||
		env['TERM_PROGRAM'] === 'Terminus-Sublime' ||
		env['TERM_PROGRAM'] === 'vscode' ||
		env['TERM'] === 'xterm-256color' ||
		env['TERM'] === 'alacritty' ||
		env['TERMINAL_EMULATOR'] === 'JetBrains-JediTerm'
	);
}

const unicodeSymbols: Record<Status, string> = {
	pass: '✔',
	fail: '✖',
	warn: '⚠',
	info: 'ℹ',
	running: '…',
	pending: '○',
};

const asciiSymbols: Record<Status, string> = {
	pass: '+',
	fail: 'x',
	warn: '!',
	info: 'i',
	running: '*',
	pending: '-',
};

const statusColors: Record<Status, string> = {
	pass: 'green',
	fail: 'red',
	warn: 'yellow',
	info: 'cyan',
	running: 'cyan',
	pending: 'gray',
};

export function createTheme({env = process.env, platform = process.platform}: ThemeOptions = {}): Theme {
	const colorEnabled = isColorEnabled(env);
	const unicode = isUnicodeSupported(env, platform);
	const tone = (styled: Tone): Tone => (colorEnabled ? styled : {});
	const symbols = unicode ? unicodeSymbols : asciiSymbols;
	const status = {} as Theme['status'];
	for (const name of statuses) {
		status[name] = {symbol: symbols[name], tone: tone({color: statusColors[name], bold: name === 'fail'})};
	}

	return {
		colorEnabled,
		unicode,
		status,
		heading: tone({bold: true}),
		muted: tone({dimColor: true}),
		command: tone({color: 'cyan'}),
		rehearsal: tone({color: 'yellow', bold: true, inverse: true}),
		key: tone({bold: true}),
		bar: unicode
			? {filled: '█', empty: '░', tone: tone({color: 'green'})}
			: {filled: '#', empty: '-', tone: tone({color: 'green'})},
		mask: '*',
		separator: unicode ? ' · ' : ' | ',
		ellipsis: unicode ? '…' : '...',
	};
}
