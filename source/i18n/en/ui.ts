/** The words of the wizard's shared pieces (source/ui/components). */

/** 10,000 */
const n = (count: number): string => count.toLocaleString('en-US');

/** The last part of a path, Windows or POSIX. */
const fileName = (path: string): string => path.split(/[\\/]/).at(-1) ?? path;

export const ui = {
	/** Status words: the status is always said in words, never by colour or symbol alone. */
	status: {
		pass: 'PASS',
		fail: 'FAIL',
		warn: 'WARN',
		info: 'INFO',
		running: 'RUNNING',
		pending: 'WAITING',
	},
	stepHeader: (step: number, total: number, title: string): string => `Step ${step} of ${total} - ${title}`,
	keys: {
		enter: 'Enter',
		escape: 'Esc',
		ctrlC: 'Ctrl+C',
		tab: 'Tab',
		upDown: 'Up/Down',
		pageUpDown: 'PgUp/PgDn',
	},
	actions: {
		continue: 'continue',
		back: 'back',
		quit: 'quit',
		select: 'select',
		scroll: 'scroll',
	},
	selectList: {
		/** Screen-reader mode: said after the highlighted item. */
		selected: 'selected',
		/** Under a list longer than the screen: how many items are out of view. */
		more: (hidden: number): string => `${n(hidden)} more: Up/Down to scroll`,
	},
	keyHints: {
		/** Read first in screen-reader mode. */
		label: 'Keys',
	},
	checkList: {
		/** Screen-reader mode: the list's name. */
		label: 'Checks',
		why: 'Why:',
		fix: 'Fix:',
		fixCommand: 'Run in PowerShell:',
		fixLink: 'See:',
		/** A reason or a fix as it reads after "Why:" or "Fix:". */
		sentence: (text: string): string => text,
		/** Screen-reader mode: the list's outcome before its rows. */
		summary: ({total, pass, fail, warn, info}: {total: number; pass: number; fail: number; warn: number; info: number}): string =>
			[
				`${total} ${total === 1 ? 'check' : 'checks'}`,
				[`${pass} passed`, fail > 0 ? `${fail} failed` : '', warn > 0 ? `${warn} with a warning` : '', info > 0 ? `${info} for information` : '']
					.filter(Boolean)
					.join(', '),
			].join(': '),
	},
	commandPreview: {
		phase: {
			connect: 'Connect',
			read: 'Read the current values',
			change: 'Change',
			verify: 'Verify by reading back',
		},
		/** A fold line; `cmdlet` is the first word of the hidden commands. */
		folded: (count: number, cmdlet: string): string =>
			cmdlet === 'Grant-CsClientPolicy'
				? `${n(count)} more ${count === 1 ? 'grant' : 'grants'}`
				: `${n(count)} more ${cmdlet} ${count === 1 ? 'command' : 'commands'}`,
		above: (lines: number): string => `${n(lines)} more ${lines === 1 ? 'line' : 'lines'} above`,
		below: (lines: number): string => `${n(lines)} more ${lines === 1 ? 'line' : 'lines'} below`,
	},
	progress: {
		label: 'Progress',
		counts: (done: number, total: number): string => `${n(done)} of ${n(total)}`,
		percent: (percent: number): string => `${percent}%`,
		elapsed: (clock: string): string => `elapsed ${clock}`,
		failed: (count: number): string => `${n(count)} failed`,
	},
	notice: {
		more: (count: number): string => `and ${n(count)} more`,
	},
	errorPanel: {
		heading: 'ERROR',
		said: 'PowerShell said:',
		fix: 'What to do:',
		command: 'Run in PowerShell:',
		failedCommand: 'The command that failed:',
	},
	textField: {
		/** Screen-reader mode: what a masked field says instead of its characters. */
		hidden: (typed: number): string =>
			typed === 0 ? 'hidden, empty' : `hidden, ${typed} ${typed === 1 ? 'character' : 'characters'} typed`,
		invalid: 'Not valid:',
		/** What an empty field shows, so that an example never reads as a value already typed. */
		example: (example: string): string => `for example: ${example}`,
	},
	settings: {
		reset: (file: string, brokenCopy: string): string =>
			`The settings were reset to their defaults: ${file} could not be read. The broken file was kept beside it as ${fileName(brokenCopy)}.`,
		unreadable: (file: string, detail: string): string =>
			`The settings file ${file} could not be read or repaired (${detail}); this run will not remember your choices.`,
	},
};
