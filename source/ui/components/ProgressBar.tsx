import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import formatElapsed from './format-elapsed.js';

export type Props = {
	/** Items finished, failed ones included. */
	readonly done: number;
	/** Items in all; with 0 the bar shows complete. */
	readonly total: number;
	/** Items that failed; shown when more than 0. */
	readonly failed?: number;
	/** Time since the work started, in milliseconds (shown as mm:ss). */
	readonly elapsedMs: number;
	/** What is progressing, e.g. "Granting OfflineIM"; defaults to "Progress". */
	readonly label?: string;
	/** The bar's width in characters. */
	readonly width?: number;
};

/**
 * Progress of a long run as a text bar that reads without colour, the counts, the percentage,
 * the elapsed time and the failures.
 */
export default function ProgressBar({done, total, failed = 0, elapsedMs, label, width = 30}: Props) {
	const {ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const clampedDone = Math.min(Math.max(0, done), Math.max(0, total));
	const fraction = total > 0 ? clampedDone / total : 1;
	const percent = Math.floor(fraction * 100);
	const filled = Math.floor(fraction * width);
	const parts = [ui.progress.counts(clampedDone, total), ui.progress.percent(percent), ui.progress.elapsed(formatElapsed(elapsedMs))];
	if (screenReader) {
		if (failed > 0) parts.push(ui.progress.failed(failed));
		return (
			<Box aria-role="progressbar">
				<Text>{`${label ?? ui.progress.label}: ${parts.join(', ')}`}</Text>
			</Box>
		);
	}

	return (
		<Box flexDirection="column">
			{label === undefined ? null : <Text>{label}</Text>}
			<Box flexWrap="wrap" columnGap={2}>
				<Text>
					<Text {...theme.bar.tone}>{theme.bar.filled.repeat(filled)}</Text>
					<Text {...theme.muted}>{theme.bar.empty.repeat(width - filled)}</Text>
				</Text>
				{parts.map(part => (
					<Text key={part}>{part}</Text>
				))}
				{failed > 0 ? <Text {...theme.status.fail.tone}>{ui.progress.failed(failed)}</Text> : null}
			</Box>
		</Box>
	);
}
