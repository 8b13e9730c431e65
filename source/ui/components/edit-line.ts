/**
 * One line of text being typed, and what a key or a burst of input does to it. Ink hands a burst
 * that arrives in one read (fast typing, a paste, tmux send-keys) over as one piece of text: the
 * Backspaces in it come as DEL characters and an Enter as a carriage return inside the text, not
 * as keys. Here each character does what it would have done alone.
 */

/** The text and where the cursor is in it (0 to `value.length`, counted in UTF-16 units). */
export type Line = {readonly value: string; readonly cursor: number};

/** The keys of Ink's useInput that matter to a line. */
export type LineKey = {
	readonly return?: boolean;
	readonly escape?: boolean;
	readonly tab?: boolean;
	readonly ctrl?: boolean;
	readonly upArrow?: boolean;
	readonly downArrow?: boolean;
	readonly leftArrow?: boolean;
	readonly rightArrow?: boolean;
	readonly pageUp?: boolean;
	readonly pageDown?: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
	readonly backspace?: boolean;
	readonly delete?: boolean;
};

/**
 * What a line break inside the text becomes: `drop` joins the lines, `separator` puts "; "
 * between them (a column of names pasted from a spreadsheet or a text file).
 */
export type Newlines = 'drop' | 'separator';

export type Edited = {
	readonly line: Line;
	/** Enter was pressed, or the burst ended with a line break. */
	readonly submit: boolean;
};

const separator = '; ';

/** Erases the character before the cursor, a whole astral character included. */
function erase(line: Line): Line {
	if (line.cursor === 0) return line;
	const before = [...line.value.slice(0, line.cursor)];
	const removed = before.pop()!;
	return {value: before.join('') + line.value.slice(line.cursor), cursor: line.cursor - removed.length};
}

function insert(line: Line, text: string): Line {
	return {value: line.value.slice(0, line.cursor) + text + line.value.slice(line.cursor), cursor: line.cursor + text.length};
}

/** A separator between two lines of names, unless the text before the cursor already ends one. */
function separate(line: Line): Line {
	const before = line.value.slice(0, line.cursor);
	if (before.trim() === '' || /[,;]\s*$/.test(before)) return line;
	return insert({value: before.trimEnd() + line.value.slice(line.cursor), cursor: before.trimEnd().length}, separator);
}

function move(line: Line, cursor: number): Line {
	return {value: line.value, cursor: Math.min(Math.max(0, cursor), line.value.length)};
}

/** The step before `cursor` or after it, a whole astral character at a time. */
function step(value: string, cursor: number, direction: -1 | 1): number {
	if (direction < 0) {
		if (cursor === 0) return 0;
		const code = value.charCodeAt(cursor - 1);
		return cursor - (code >= 0xdc_00 && code <= 0xdf_ff && cursor >= 2 ? 2 : 1);
	}

	if (cursor >= value.length) return value.length;
	const code = value.charCodeAt(cursor);
	return cursor + (code >= 0xd8_00 && code <= 0xdb_ff && cursor + 1 < value.length ? 2 : 1);
}

export function editLine(line: Line, input: string, key: LineKey, newlines: Newlines = 'drop'): Edited {
	if (key.return) return {line, submit: true};
	if (key.escape || key.tab || key.ctrl || key.upArrow || key.downArrow || key.pageUp || key.pageDown) return {line, submit: false};
	if (key.leftArrow) return {line: move(line, step(line.value, line.cursor, -1)), submit: false};
	if (key.rightArrow) return {line: move(line, step(line.value, line.cursor, 1)), submit: false};
	if (key.home) return {line: move(line, 0), submit: false};
	if (key.end) return {line: move(line, line.value.length), submit: false};
	// Ink calls DEL (what the Backspace key sends) "delete" and Ctrl+H "backspace": both erase
	// backwards, as in every line editor of a terminal.
	if (key.backspace || key.delete) return {line: erase(line), submit: false};

	let next = line;
	let pending = false;
	for (const character of input) {
		if (character === '\r' || character === '\n') {
			pending = true;
			continue;
		}

		if (pending) {
			pending = false;
			if (newlines === 'separator') next = separate(next);
		}

		if (character === '\u007F' || character === '\b') next = erase(next);
		// Other control characters: no identity, path or name holds one.
		else if (!/[\u0000-\u001F\u0080-\u009F]/u.test(character)) next = insert(next, character);
	}

	// A line break that ends the burst is the Enter key.
	return {line: next, submit: pending};
}
