import {Box, Text} from 'ink';
import {useMemo} from 'react';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import {foldCommands, rowsInWindow, type PreviewCommand} from './fold-commands.js';

export type {PreviewCommand} from './fold-commands.js';

export type Props = {
	/** Every command of the plan, in the order they run. Steps of a plan fit as they are. */
	readonly commands: readonly PreviewCommand[];
	/**
	 * How many lines the preview may use, the "more above / below" lines included (at least 3).
	 * Without it every row is shown: long runs are still folded.
	 */
	readonly height?: number;
	/** The first row shown, for scrolling; kept within the preview. */
	readonly offset?: number;
	/** In a long run of similar commands, how many to show at each end of the fold. */
	readonly keep?: number;
};

/**
 * The exact PowerShell commands, under a heading per phase (connect, read, change, verify), with
 * long runs of similar commands folded ("… 994 more grants …"). Only the visible rows are
 * rendered, so the size of the plan does not matter.
 */
export default function CommandPreview({commands, height, offset = 0, keep = 3}: Props) {
	const {ui} = useMessages();
	const theme = useTheme();
	const folded = useMemo(() => foldCommands(commands, keep), [commands, keep]);
	const total = folded.rows;
	const windowHeight = height === undefined ? total : Math.max(3, height);
	let first = 0;
	let count = total;
	let above = 0;
	let below = 0;
	if (total > windowHeight) {
		// Scrolled to the end, the "above" line and windowHeight - 1 rows fill the window.
		first = Math.min(Math.max(0, offset), total - (windowHeight - 1));
		count = windowHeight - (first > 0 ? 1 : 0);
		if (first + count < total) count -= 1;
		above = first;
		below = total - first - count;
	}

	const rows = rowsInWindow(folded, first, count);
	return (
		<Box flexDirection="column">
			{above > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${ui.commandPreview.above(above)}`}</Text> : null}
			{rows.map((row, position) => {
				switch (row.kind) {
					case 'heading': {
						return (
							<Text key={`heading-${position}`} {...theme.heading}>
								{ui.commandPreview.phase[row.phase]}
							</Text>
						);
					}

					case 'fold': {
						return (
							<Box key={`fold-${position}`} marginLeft={2}>
								<Text {...theme.muted}>{`${theme.ellipsis} ${ui.commandPreview.folded(row.count, row.cmdlet)} ${theme.ellipsis}`}</Text>
							</Box>
						);
					}

					case 'command': {
						return (
							<Box key={`command-${row.index}`} marginLeft={2}>
								<Text {...theme.command}>{commands[row.index]!.command}</Text>
							</Box>
						);
					}
				}
			})}
			{below > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${ui.commandPreview.below(below)}`}</Text> : null}
		</Box>
	);
}
