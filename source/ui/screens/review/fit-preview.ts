import {rowsInWindow, type FoldedCommands, type PreviewCommand} from '../../components/fold-commands.js';
import {wrappedLineCount} from './wrap-words.js';

/**
 * The `height` to give CommandPreview so that its rows, wrapped at `columns`, take at most
 * `lines` terminal lines: CommandPreview counts rows, and a long command wraps onto two or three.
 * Mirrors CommandPreview's window (a "more above" and a "more below" line around the rows).
 * Work is proportional to `lines` squared, never to the number of commands.
 */
export function fitPreviewHeight(
	folded: FoldedCommands,
	commands: readonly PreviewCommand[],
	offset: number,
	lines: number,
	columns: number,
): number {
	const total = folded.rows;
	for (let height = Math.max(3, lines); height > 3; height--) {
		if (total <= height) {
			if (usedLines(folded, commands, 0, total, columns) <= lines) return height;
			continue;
		}

		const first = Math.min(Math.max(0, offset), total - (height - 1));
		let count = height - (first > 0 ? 1 : 0);
		if (first + count < total) count -= 1;
		const markers = (first > 0 ? 1 : 0) + (first + count < total ? 1 : 0);
		if (markers + usedLines(folded, commands, first, count, columns) <= lines) return height;
	}

	return 3;
}

function usedLines(folded: FoldedCommands, commands: readonly PreviewCommand[], first: number, count: number, columns: number): number {
	let used = 0;
	for (const row of rowsInWindow(folded, first, count)) {
		// Commands are indented by two columns.
		used += row.kind === 'command' ? wrappedLineCount(commands[row.index]!.command, columns - 2) : 1;
	}

	return used;
}
