import {Text, useIsScreenReaderEnabled} from 'ink';
import Spinner from 'ink-spinner';
import type {StepStatus} from '../../../engine/execute.js';
import useMessages from '../../hooks/use-messages.js';
import useTheme from '../../hooks/use-theme.js';
import type {Status} from '../../theme.js';

/** The theme's look for each step status; the word comes from the execute catalog. */
const looks: Record<StepStatus, Status> = {
	pending: 'pending',
	running: 'running',
	done: 'pass',
	failed: 'fail',
	skipped: 'pending',
	unknown: 'warn',
};

export type Props = {
	readonly status: StepStatus;
};

/** The widest step status word: every label is padded to it, so nothing moves when a status changes. */
export function stepStatusWidth(words: Record<StepStatus, string>): number {
	return Math.max(...Object.values(words).map(word => [...word].length));
}

/**
 * A command's status as symbol and word ("✔ DONE"), a spinner while it runs, padded to the
 * widest word; the word alone
 * for screen readers. Like the shared StatusLabel, with the execution's own statuses (not run,
 * unknown).
 */
export default function StepStatusLabel({status}: Props) {
	const {execute} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const word = execute.status[status];
	if (screenReader) return <Text>{`${word}:`}</Text>;
	const {symbol, tone} = theme.status[looks[status]];
	return (
		<Text {...tone}>
			{status === 'running' ? <Spinner type={theme.unicode ? 'dots' : 'line'} /> : symbol} {word.padEnd(stepStatusWidth(execute.status))}
		</Text>
	);
}
