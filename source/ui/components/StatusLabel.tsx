import {Text, useIsScreenReaderEnabled} from 'ink';
import Spinner from 'ink-spinner';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import type {Status} from '../theme.js';

export type Props = {
	readonly status: Status;
	/** Pad the word to this many characters, so that the columns after it line up. */
	readonly width?: number;
};

/**
 * A status as symbol and word ("✔ PASS"); a spinner while running. Screen readers get the word
 * only: the symbol is decoration, and a spinner would be read again at every frame.
 */
export default function StatusLabel({status, width = 0}: Props) {
	const {ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const {symbol, tone} = theme.status[status];
	const word = ui.status[status];
	if (screenReader) return <Text>{`${word}:`}</Text>;
	return (
		<Text {...tone}>
			{status === 'running' ? <Spinner type={theme.unicode ? 'dots' : 'line'} /> : symbol} {word.padEnd(width)}
		</Text>
	);
}
