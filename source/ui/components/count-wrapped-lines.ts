/**
 * How many terminal lines `text` takes at `width` columns when Ink wraps it: words move to the
 * next line whole, a word longer than a line is cut. Errs on the side of one line too many, so a
 * screen laid out with it never spills past the terminal's last row.
 */
export default function countWrappedLines(text: string, width: number): number {
	const columns = Math.max(1, Math.floor(width));
	let lines = 0;
	for (const paragraph of text.split('\n')) {
		lines += paragraphLines(paragraph, columns);
	}

	return lines;
}

function paragraphLines(paragraph: string, columns: number): number {
	let lines = 1;
	let used = 0;
	for (const word of paragraph.split(' ')) {
		// The code points, so that "’" and "…" count as one column each, as they are drawn.
		let length = [...word].length;
		const needed = used === 0 ? length : used + 1 + length;
		if (needed <= columns) {
			used = needed;
			continue;
		}

		if (used > 0) {
			lines++;
			used = 0;
		}

		while (length > columns) {
			lines++;
			length -= columns;
		}

		used = length;
	}

	return lines;
}
