import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';

/** One key and what it does, both already in the reader's language. */
export type KeyHint = {
	/** The key as printed on the keyboard: "Enter", "Esc", "r", "Ctrl+C". */
	readonly key: string;
	/** What pressing it does: "continue", "back". */
	readonly action: string;
};

export type Props = {
	/** The keys this screen answers to, in the order to show them. */
	readonly hints: readonly KeyHint[];
};

/** A hint as drawn: key, action, and the separator after every hint but the last. */
function hintText(hint: KeyHint, last: boolean, separator: string): string {
	return `${hint.key} ${hint.action}${last ? '' : separator.trimEnd()}`;
}

/**
 * How many lines the hints take at `columns`, their top margin included: they wrap between two
 * hints, never inside one (as KeyHints lays them out).
 */
export function keyHintLines(hints: readonly KeyHint[], columns: number, separator: string): number {
	let lines = 1;
	let used = 0;
	hints.forEach((hint, index) => {
		const width = [...hintText(hint, index === hints.length - 1, separator)].length;
		const needed = used === 0 ? width : used + 1 + width;
		if (used > 0 && needed > columns) {
			lines++;
			used = width;
		} else {
			used = needed;
		}

		// A hint wider than the screen wraps inside itself after all.
		while (used > columns) {
			lines++;
			used -= columns;
		}
	});
	return 1 + lines;
}

/** The last line of every screen: the keys that work here. Long lists wrap between two hints. */
export default function KeyHints({hints}: Props) {
	const {ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	if (screenReader) {
		const spoken = hints.map(hint => `${hint.key} ${hint.action}`).join(', ');
		return (
			<Box>
				<Text>{`${ui.keyHints.label}: ${spoken}`}</Text>
			</Box>
		);
	}

	// One box per hint, one column apart: a line breaks between two hints. The separator ends a
	// hint, so that a line never starts with one.
	const separator = theme.separator.trimEnd();
	return (
		<Box marginTop={1} flexWrap="wrap" columnGap={1}>
			{hints.map((hint, index) => (
				<Box key={`${hint.key} ${hint.action}`}>
					<Text>
						<Text {...theme.key}>{hint.key}</Text> {hint.action}
						{index === hints.length - 1 ? null : <Text {...theme.muted}>{separator}</Text>}
					</Text>
				</Box>
			))}
		</Box>
	);
}
