import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import Spinner from 'ink-spinner';
import {useMemo} from 'react';
import type {ExecutionProgress, StepRecord} from '../../engine/execute.js';
import KeyHints from '../components/KeyHints.js';
import Notice from '../components/Notice.js';
import Paragraph from '../components/Paragraph.js';
import ProgressBar from '../components/ProgressBar.js';
import StepHeader from '../components/StepHeader.js';
import useElapsedTime from '../hooks/use-elapsed-time.js';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import {stepNumber, wizardSteps} from '../wizard/types.js';
import StepStatusLabel, {stepStatusWidth} from './execute/StepStatusLabel.js';
import {tallyChanges} from './execute/tally-changes.js';
import useLatestInput from '../hooks/use-latest-input.js';

export type Props = {
	/** `change` while the commands run, `verify` while the values are read back. */
	readonly phase: 'change' | 'verify';
	/** The latest progress report of the phase running. */
	readonly progress?: ExecutionProgress;
	/** The change steps with their status; may hold 10,000 grants, of which only counts are shown. */
	readonly changes: readonly StepRecord[];
	/** When the run started (epoch milliseconds), for the elapsed clock. */
	readonly startedAt: number;
	/** The admin asked to stop: the run ends after the current request. */
	readonly stopping: boolean;
	/** s: stop between two requests (Ctrl+C, handled by the wizard's root, does the same). */
	readonly onStop: () => void;
};

/** How many of the latest failures stay on screen (all are in the summary and the journal). */
const shownFailures = 3;

/**
 * Step 6: the change running. The policy commands one by one with their status, the grants as a
 * progress bar with the user being granted and the latest failures, then the read-back with its
 * own progress. s stops cleanly between two requests.
 */
export default function Execute({phase, progress, changes, startedAt, stopping, onStop}: Props) {
	const {execute: text, ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const elapsed = useElapsedTime(startedAt);
	// Recounted when a progress report arrives, not at each tick of the clock.
	const tally = useMemo(() => tallyChanges(changes, shownFailures), [changes, progress]);

	// Reading back changes nothing and runs to its end: there is nothing to stop then.
	useLatestInput(input => {
		if (input === 's' && !stopping && phase === 'change') onStop();
	});

	// As wide as the widest status word, so that commands stay put when a status changes.
	const statusWidth = stepStatusWidth(text.status);
	const current = progress?.phase === 'change' && progress.current?.kind === 'grant' ? progress.current.subject : undefined;
	const verifying = phase === 'verify';
	const verifyProgress = progress?.phase === 'verify' ? progress : undefined;

	return (
		<Box flexDirection="column">
			<StepHeader step={stepNumber('execute')} total={wizardSteps.length} title={text.title} />
			<Paragraph>{text.intro}</Paragraph>
			{tally.policySteps.length > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					{tally.policySteps.map(record => (
						<Box key={record.step.id}>
							<Box flexShrink={0} width={screenReader ? undefined : statusWidth + 4}>
								<StepStatusLabel status={record.status} />
							</Box>
							<Box flexGrow={1} marginLeft={screenReader ? 1 : 0}>
								<Text {...theme.command}>{record.step.command}</Text>
							</Box>
						</Box>
					))}
				</Box>
			) : null}
			{tally.grants.total > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					<ProgressBar
						label={text.grants(tally.grantPolicy ?? '')}
						done={tally.grants.finished}
						total={tally.grants.total}
						failed={tally.grants.failed}
						elapsedMs={elapsed}
					/>
					{current === undefined ? null : <Text wrap="truncate-end">{text.current(current)}</Text>}
					{tally.lastFailures.length > 0 && !verifying ? (
						<Box flexDirection="column">
							<Text {...theme.status.fail.tone}>{text.failures(tally.grants.failed)}</Text>
							{tally.lastFailures.map(record => (
								<Box key={record.step.id} marginLeft={2}>
									<Text wrap="truncate-end">{text.failure(record.step.subject ?? record.step.command, record.error ?? '')}</Text>
								</Box>
							))}
						</Box>
					) : null}
				</Box>
			) : null}
			{verifying ? (
				<Box flexDirection="column" marginTop={1}>
					{verifyProgress ? (
						<ProgressBar
							label={text.verifying}
							done={verifyProgress.done + verifyProgress.failed}
							total={verifyProgress.total}
							failed={verifyProgress.failed}
							elapsedMs={elapsed}
						/>
					) : (
						<Text>
							{screenReader ? null : (
								<Text {...theme.status.running.tone}>
									<Spinner type={theme.unicode ? 'dots' : 'line'} />{' '}
								</Text>
							)}
							{text.verifyWaiting}
						</Text>
					)}
				</Box>
			) : null}
			<Box marginTop={1}>
				{stopping ? (
					<Notice tone="warn" title={text.stopping} />
				) : (
					<Paragraph tone={theme.muted}>{verifying ? text.verifyHelp : text.stopHelp}</Paragraph>
				)}
			</Box>
			<KeyHints
				hints={
					stopping || verifying
						? [{key: ui.keys.ctrlC, action: stopping ? text.keys.quitNow : text.keys.stop}]
						: [
								{key: 's', action: text.keys.stop},
								{key: ui.keys.ctrlC, action: text.keys.stop},
							]
				}
			/>
		</Box>
	);
}
