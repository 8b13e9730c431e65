/**
 * `text` broken into lines of at most `width` characters at spaces, a word longer than a line
 * split where it must. Every character counts as one column (a name in a double-width script
 * takes more, and Ink wraps that line once more).
 */
export function wrapWords(text: string, width: number): string[] {
	const columns = Math.max(1, width);
	const lines: string[] = [];
	let line = '';
	let length = 0;
	for (const word of text.split(' ')) {
		let characters = [...word];
		if (length > 0 && length + 1 + characters.length <= columns) {
			line += ` ${word}`;
			length += 1 + characters.length;
			continue;
		}

		if (length > 0) lines.push(line);
		while (characters.length > columns) {
			lines.push(characters.slice(0, columns).join(''));
			characters = characters.slice(columns);
		}

		line = characters.join('');
		length = characters.length;
	}

	lines.push(line);
	return lines;
}

/**
 * How many lines Ink takes for `text` at `width`, erring on the long side: Ink keeps the space
 * after a full line at the start of the next one, so a line is counted one column narrower.
 */
export function wrappedLineCount(text: string, width: number): number {
	return wrapWords(text, width - 1).length;
}
