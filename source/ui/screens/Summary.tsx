import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {useMemo} from 'react';
import type {ExecutionOutcome, ExecutionReport, StepRecord} from '../../engine/execute.js';
import type {Plan} from '../../plan/plan.js';
import KeyHints from '../components/KeyHints.js';
import Paragraph from '../components/Paragraph.js';
import StepHeader from '../components/StepHeader.js';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import type {Status} from '../theme.js';
import {stepNumber, wizardSteps} from '../wizard/types.js';
import {summarizeReport} from './summary/summarize-report.js';
import useLatestInput from '../hooks/use-latest-input.js';

export type Props = {
	/** What the run did: outcome, every change and read-back with its status, how long it took. */
	readonly report: ExecutionReport;
	/** The plan that ran (for what was meant to change). */
	readonly plan: Plan;
	/** The journal: every command sent and its result. */
	readonly journalFile: string;
	/** The rollback script for exactly what ran. */
	readonly rollbackFile: string;
	/** Rehearsal: the file holding the simulated tenant. */
	readonly tenantFile?: string;
	/** Enter or q. */
	readonly onQuit: () => void;
};

const tones: Record<ExecutionOutcome, Status> = {
	done: 'pass',
	partial: 'warn',
	failed: 'fail',
	interrupted: 'warn',
	crashed: 'fail',
};

const leftOutKinds = new Set(['users-not-found', 'users-ambiguous', 'users-unreadable']);

/** The server switch left off where it governs these users: they still cannot send offline messages. */
export function stillOffWarnings(plan: Plan) {
	return plan.warnings.filter(warning => warning.kind === 'server-switch-left-off');
}

/** The plan's warnings about users it could not include. */
export function leftOutWarnings(plan: Plan) {
	return plan.warnings.filter(warning => leftOutKinds.has(warning.kind));
}

/** Failures and read-back mismatches listed by name; the rest are counted (all are in the journal). */
const shownFailures = 2;
const shownMismatches = 3;

/**
 * Step 7: what happened in one sentence, what changed, what failed and why, what reading back
 * found, where the journal and the rollback script are, and what users do now.
 */
export default function Summary({report, plan, journalFile, rollbackFile, tenantFile, onQuit}: Props) {
	const {summary: text, ui, commands, plan: plans} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const summary = useMemo(() => summarizeReport(report), [report]);

	useLatestInput((input, key) => {
		if (key.return || input === 'q') onQuit();
	});

	// Users the plan left out (not found, several matches, unreadable): not done, and said.
	const leftOut = useMemo(() => leftOutWarnings(plan), [plan]);
	const stillOff = useMemo(() => stillOffWarnings(plan), [plan]);
	const outcomeStatus = report.outcome === 'done' && leftOut.length + stillOff.length > 0 ? 'warn' : tones[report.outcome];
	const {symbol, tone} = theme.status[outcomeStatus];
	const changedSomething = summary.created.length > 0 || summary.set.length > 0 || summary.switches.length > 0 || summary.grants.done > 0;
	const ranSomething = changedSomething || summary.unknown > 0;
	const createdSubjects = new Set(summary.created.map(subject => subject.toLowerCase()));
	const changes = [
		...summary.created.map(subject => {
			const set = summary.set.find(value => value.subject.toLowerCase() === subject.toLowerCase());
			return set ? text.createdAndSet(subject, set.state) : text.created(subject);
		}),
		...summary.set.filter(({subject}) => !createdSubjects.has(subject.toLowerCase())).map(({subject, state}) => text.set(subject, state)),
		...summary.switches.map(({subject, state, created}) => text.serverSwitch(subject, state, created)),
		...(summary.grants.total > 0 && summary.grants.done > 0
			? [text.granted(summary.grants.done, summary.grants.total, summary.grants.policy ?? '')]
			: []),
		...(summary.unknown > 0 ? [text.unknown(summary.unknown)] : []),
		...(summary.notRun > 0 ? [text.notRun(summary.notRun)] : []),
	];
	const {readBack} = summary;
	// Several failures: one line each, so that the screen keeps its size (the journal has them
	// whole); a single failure is shown whole.
	const failureWrap = summary.failures.length > 1 ? 'truncate-end' : 'wrap';

	return (
		<Box flexDirection="column">
			<StepHeader step={stepNumber('summary')} total={wizardSteps.length} title={text.title} />
			<Paragraph tone={tone} {...(screenReader ? {} : {lead: symbol})}>
				{report.outcome === 'done' && leftOut.length > 0 ? text.headlineLeftOut : text.headline[report.outcome]}
			</Paragraph>
			{report.outcome === 'crashed' && report.sessionFailure ? <Paragraph>{text.sessionFailure(commands.sessionFailure(report.sessionFailure))}</Paragraph> : null}
			<Box marginTop={1}>
				<Paragraph>
					<Text {...theme.heading}>{text.changed}</Text> {changedSomething ? changes.join(' ') : [text.nothingChanged, ...changes].join(' ')}
				</Paragraph>
			</Box>
			{[...leftOut, ...stillOff].map(warning => (
				<Paragraph key={warning.kind} tone={theme.status.warn.tone}>
					{plans.warning(warning)}
				</Paragraph>
			))}
			{summary.failures.length > 0 ? (
				<Box flexDirection="column">
					<Text {...theme.status.fail.tone}>{text.failed(summary.failures.length)}</Text>
					<RecordList
						records={summary.failures}
						shown={shownFailures}
						line={record => text.failure(record.step.subject ?? record.step.command, record.error ?? '')}
						more={text.moreFailures}
						wrap={failureWrap}
					/>
				</Box>
			) : null}
			{readBack.total === 0 ? null : !readBack.ran ? (
				<Text>{text.readBack.none}</Text>
			) : readBack.ok === readBack.total ? (
				<Text>{text.readBack.all(readBack.total)}</Text>
			) : (
				<Box flexDirection="column">
					<Text>
						{text.readBack.some(readBack.ok, readBack.total)}
						{readBack.unexpected.length === 0 ? ` ${text.readBack.explained}` : ` ${text.readBack.unexpected}`}
					</Text>
					{readBack.unexpected.length === 0 ? null : (
						<RecordList
							records={readBack.unexpected}
							shown={summary.failures.length > 0 ? 1 : shownMismatches}
							line={record => text.readBack.mismatch(record.step.subject ?? record.step.command, record.found ?? record.error ?? '')}
							more={text.readBack.more}
							wrap="truncate-end"
						/>
					)}
				</Box>
			)}
			{changedSomething ? (
				<Box>
					<Paragraph>
						<Text {...theme.heading}>{text.nextLabel}</Text> {text.next(plan.choices.state)}
					</Paragraph>
				</Box>
			) : null}
			<Box flexDirection="column" marginTop={1}>
				<Text>{text.journal(journalFile)}</Text>
				<Text>{ranSomething ? text.rollback(rollbackFile) : text.rollbackNothing(rollbackFile)}</Text>
				{tenantFile === undefined ? null : <Text>{text.tenantFile(tenantFile)}</Text>}
			</Box>
			<KeyHints
				hints={[{key: `${ui.keys.enter}/q`, action: text.keys.quit}]}
			/>
		</Box>
	);
}

type RecordListProps = {
	readonly records: readonly StepRecord[];
	readonly shown: number;
	readonly line: (record: StepRecord) => string;
	readonly more: (count: number) => string;
	readonly wrap: 'wrap' | 'truncate-end';
};

function RecordList({records, shown, line, more, wrap}: RecordListProps) {
	const theme = useTheme();
	const hidden = records.length - shown;
	return (
		<Box flexDirection="column" marginLeft={2}>
			{records.slice(0, shown).map(record => (
				<Text key={record.step.id} wrap={wrap}>
					{line(record)}
				</Text>
			))}
			{hidden > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${more(hidden)}`}</Text> : null}
		</Box>
	);
}
