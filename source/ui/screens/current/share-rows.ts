/**
 * How many items of each list to show so that all of them fit `budget` lines: a list that does
 * not show every item takes one more line for "and N more". No list shows more than `max`
 * items. Lists give up items longest first; on a screen too short for one item each, a list
 * may show none (its line then says how many are not shown).
 */
export default function shareRows(counts: readonly number[], budget: number, max = 8): number[] {
	const shown = counts.map(count => Math.min(count, max));
	const lines = () => shown.reduce((sum, items, index) => sum + items + (items < counts[index]! ? 1 : 0), 0);
	while (lines() > budget) {
		let longest = -1;
		for (let index = 0; index < shown.length; index++) {
			if (shown[index]! > 0 && (longest === -1 || shown[index]! > shown[longest]!)) longest = index;
		}

		if (longest === -1) break;
		shown[longest]!--;
	}

	return shown;
}
