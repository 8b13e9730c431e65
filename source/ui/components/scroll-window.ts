/** What a scrolled list of lines shows: its first line, how many, and how many are out of view. */
export type ScrollWindow = {
	readonly first: number;
	readonly count: number;
	readonly above: number;
	readonly below: number;
};

/**
 * The window of a list of `total` one-line rows that fits `height` lines, the "more above" and
 * "more below" lines included, starting at `offset` (kept within the list: scrolled to the end,
 * the last row is on the last line).
 */
export function scrollWindow(total: number, offset: number, height: number): ScrollWindow {
	const lines = Math.max(3, height);
	if (total <= lines) return {first: 0, count: total, above: 0, below: 0};
	const first = Math.min(Math.max(0, offset), lastScrollOffset(total, lines));
	let count = lines - (first > 0 ? 1 : 0);
	if (first + count < total) count -= 1;
	return {first, count, above: first, below: total - first - count};
}

/** The furthest `offset` worth scrolling to: from there the list's end is in view. */
export function lastScrollOffset(total: number, height: number): number {
	const lines = Math.max(3, height);
	return total > lines ? total - (lines - 1) : 0;
}
