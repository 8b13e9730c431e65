import {Text, useIsScreenReaderEnabled} from 'ink';
import Spinner from 'ink-spinner';
import type {Catalog} from '../../i18n/catalog.js';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import {statuses, type Status} from '../theme.js';

export type Props = {
	readonly status: Status;
};

/** The widest status word of a language: every label is padded to it. */
export function statusWordWidth(ui: Catalog['ui']): number {
	return Math.max(...statuses.map(status => [...ui.status[status]].length));
}

/** How many columns a StatusLabel takes: symbol, space, the widest word. */
export function statusLabelWidth(ui: Catalog['ui']): number {
	return 2 + statusWordWidth(ui);
}

/**
 * A status as symbol and word ("✔ PASS"); a spinner while running. Every word is padded to the
 * widest, so that what follows stays in one column on every screen and when a status changes.
 * Screen readers get the word only: the symbol is decoration, and a spinner would be read again
 * at every frame.
 */
export default function StatusLabel({status}: Props) {
	const {ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const {symbol, tone} = theme.status[status];
	const word = ui.status[status];
	if (screenReader) return <Text>{`${word}:`}</Text>;
	return (
		<Text {...tone}>
			{status === 'running' ? <Spinner type={theme.unicode ? 'dots' : 'line'} /> : symbol} {word.padEnd(statusWordWidth(ui))}
		</Text>
	);
}
