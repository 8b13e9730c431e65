/**
 * Which checks fit on the screen: each check's height in lines (a passed check is one line, one
 * that did not pass carries its reason and fix), and the window of whole checks that fits the
 * lines left, with a line for "more above" and "more below" when some are out of view.
 */
import type {CheckRow} from '../../components/CheckList.js';
import countWrappedLines from '../../components/count-wrapped-lines.js';

/** The words CheckList puts before a reason and a fix, in the screen's language. */
export type CheckLabels = {
	readonly why: string;
	readonly fix: string;
	readonly fixCommand: string;
	readonly fixLink: string;
};

export type CheckLayout = {
	readonly columns: number;
	/** The status column's width, as CheckList draws it. */
	readonly statusWidth: number;
	readonly labels: CheckLabels;
};

/** How many lines CheckList draws for `row` (it mirrors CheckList's layout). */
export function checkRowHeight(row: CheckRow, {columns, statusWidth, labels}: CheckLayout): number {
	const text = Math.max(1, columns - statusWidth);
	const title = row.value === undefined ? row.title : `${row.title}  ${row.value}`;
	let lines = countWrappedLines(title, text);
	const explained = row.status !== 'pass' && (row.reason !== undefined || row.fix !== undefined);
	if (!explained) return lines;
	if (row.reason !== undefined) lines += countWrappedLines(`${labels.why} ${row.reason}`, text);
	if (row.fix?.text !== undefined) lines += countWrappedLines(`${labels.fix} ${row.fix.text}`, text);
	if (row.fix?.command !== undefined) lines += countWrappedLines(labels.fixCommand, text) + countWrappedLines(row.fix.command, text - 2);
	if (row.fix?.link !== undefined) lines += countWrappedLines(labels.fixLink, text) + countWrappedLines(row.fix.link, text - 2);
	return lines;
}

export type CheckWindow = {
	/** The first check shown. */
	readonly first: number;
	/** How many checks are shown. */
	readonly count: number;
	/** Checks out of view above and below. */
	readonly above: number;
	readonly below: number;
};

/** The last first-check a scroll may reach: from there on, every remaining check fits. */
export function lastOffset(heights: readonly number[], budget: number): number {
	let used = 0;
	for (let first = heights.length - 1; first >= 0; first--) {
		used += heights[first]!;
		const room = budget - (first > 0 ? 1 : 0);
		if (used > room) return Math.min(heights.length - 1, first + 1);
	}

	return 0;
}

/**
 * The checks shown from `offset` (kept between the first check and `lastOffset`) in `budget`
 * lines, the "above" and "below" lines included. At least one check is shown, even a taller one.
 */
export function checkWindow(heights: readonly number[], offset: number, budget: number): CheckWindow {
	const total = heights.length;
	const first = Math.min(Math.max(0, offset), lastOffset(heights, budget));
	const fit = (room: number) => {
		let used = 0;
		let count = 0;
		while (first + count < total && used + heights[first + count]! <= room) {
			used += heights[first + count]!;
			count++;
		}

		return count;
	};

	const room = budget - (first > 0 ? 1 : 0);
	let count = fit(room);
	if (first + count < total) count = fit(room - 1);
	count = Math.max(count, Math.min(1, total - first));
	return {first, count, above: first, below: total - first - count};
}
