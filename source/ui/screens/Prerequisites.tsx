import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {useMemo, useState} from 'react';
import useLatestInput from '../hooks/use-latest-input.js';
import {blockingChecks, type Check} from '../../checks/prerequisites.js';
import type {PrerequisiteStage} from '../../checks/run-prerequisites.js';
import CheckList, {type CheckRow} from '../components/CheckList.js';
import KeyHints, {type KeyHint} from '../components/KeyHints.js';
import Paragraph from '../components/Paragraph.js';
import StatusLabel, {statusLabelWidth} from '../components/StatusLabel.js';
import StepHeader from '../components/StepHeader.js';
import useMessages from '../hooks/use-messages.js';
import useRehearsal from '../hooks/use-rehearsal.js';
import useScreenRoom from '../hooks/use-screen-room.js';
import useTheme from '../hooks/use-theme.js';
import type {Status} from '../theme.js';
import {stepNumber, wizardSteps, type TargetKind} from '../wizard/types.js';
import {checkRowHeight, checkWindow, type CheckWindow} from './prerequisites/check-window.js';
import useReveal from './prerequisites/use-reveal.js';

export type Props = {
	/** The chosen target: the intro says in a sentence what is checked for it. */
	readonly targetKind: TargetKind;
	/** The checks are running now. */
	readonly running: boolean;
	/** What the run is doing now. */
	readonly stage?: PrerequisiteStage;
	/** The outcome of the last run; empty while the first one runs. */
	readonly checks: readonly Check[];
	/** r: run the checks again, after the admin fixed something. */
	readonly onRerun: () => void;
	/** Enter: go on to connecting. Never called while a check fails. */
	readonly onContinue: () => void;
	/** Esc: back to the Welcome screen. */
	readonly onBack: () => void;
	/** Milliseconds between two checks appearing (0: all at once). */
	readonly revealIntervalMs?: number;
};

/** The stages of a run, in order; the pool is resolved only for a remote pool. */
const stageOrder: readonly PrerequisiteStage[] = ['locate', 'start', 'probe', 'pool'];

type SummaryLine = {readonly text: string; readonly tone?: Status};

/**
 * Step 1: what is being checked right now, then the checks appearing one by one with their value,
 * and for those that did not pass the reason and the fix. Enter goes on only when nothing fails;
 * otherwise the screen says which checks block and that r runs them again.
 */
export default function Prerequisites({targetKind, running, stage, checks, onRerun, onContinue, onBack, revealIntervalMs = 80}: Props) {
	const {prerequisites, ui} = useMessages();
	const theme = useTheme();
	const rehearsal = useRehearsal();
	const screenReader = useIsScreenReaderEnabled();
	const room = useScreenRoom();
	const {columns} = room;
	const intro = prerequisites.intro[targetKind];

	// Before the first run reports anything there is nothing to judge: show it as running.
	const busy = running || checks.length === 0;
	const listKey = checks.map(check => `${check.id}:${check.status}`).join(',');
	const {shown, finish} = useReveal(checks.length, listKey, !busy, revealIntervalMs);
	const revealed = !busy && shown === checks.length;
	const blocking = useMemo(() => blockingChecks(checks), [checks]);
	const [scroll, setScroll] = useState<{listKey: string; offset: number} | undefined>();
	const [refusedFor, setRefusedFor] = useState<string | undefined>();
	const refused = revealed && blocking.length > 0 && refusedFor === listKey;
	const offset = scroll?.listKey === listKey ? scroll.offset : undefined;

	const rowsShown: CheckRow[] = useMemo(() => checks.slice(0, busy ? 0 : shown).map(toCheckRow), [checks, busy, shown]);

	const summary: SummaryLine[] = [];
	if (revealed) {
		const warnings = checks.filter(check => check.status === 'warn').length;
		if (blocking.length > 0) {
			const titles = blocking.map(check => check.title).join(', ');
			summary.push({text: refused ? prerequisites.refused(blocking.length, titles) : prerequisites.blocked(blocking.length, titles), tone: 'fail'});
			summary.push({text: prerequisites.blockedNext});
			// The check's fix names the command line's --simulate; in the wizard it is a key.
			if (!rehearsal && blocking.some(check => check.id === 'powershell')) summary.push({text: prerequisites.practise});
		} else if (warnings > 0) {
			summary.push({text: prerequisites.warningsOnly(warnings), tone: 'warn'});
		} else {
			summary.push({text: prerequisites.allPassed, tone: 'pass'});
		}
	}

	const hints: KeyHint[] = busy
		? [{key: ui.keys.escape, action: ui.actions.back}]
		: [
				...(blocking.length === 0 ? [{key: ui.keys.enter, action: prerequisites.keys.connect}] : []),
				{key: 'r', action: prerequisites.keys.runAgain},
				{key: ui.keys.escape, action: ui.actions.back},
			];

	// The lines everything but the list takes, so that the list gets the rest of the screen; the
	// key hints as they are when the list scrolls.
	const scrollHint: KeyHint = {key: ui.keys.upDown, action: ui.actions.scroll};
	const roomy = room.left(
		room.lines(intro) + 1 + (summary.length > 0 ? 1 + summary.reduce((sum, line) => sum + room.lines(line.text, line.tone === undefined ? 0 : 2), 0) : 0),
		[...hints, scrollHint],
	);
	const layout = {columns, statusWidth: statusLabelWidth(ui) + 2, labels: ui.checkList};
	const heights = rowsShown.map(row => checkRowHeight(row, layout));
	// The check the admin must see first: the first that blocks, else the first warning.
	const firstBlocking = rowsShown.findIndex(row => row.status === 'fail');
	const firstNotable = firstBlocking === -1 ? rowsShown.findIndex(row => row.status === 'warn') : firstBlocking;
	const windowAt = (budget: number) => {
		if (screenReader) return {first: 0, count: rowsShown.length, above: 0, below: 0};
		const top = checkWindow(heights, 0, budget);
		// The list opens at its top, unless that hides the check to see first.
		const automatic = firstNotable === -1 || firstNotable < top.count ? 0 : firstNotable;
		return checkWindow(heights, offset ?? automatic, budget);
	};

	const linesOf = (window: CheckWindow) =>
		heights.slice(window.first, window.first + window.count).reduce((sum, height) => sum + height, 0) + (window.above > 0 ? 1 : 0) + (window.below > 0 ? 1 : 0);
	// A check taller than the room left (a long reason and fix in a narrow terminal) takes the
	// blank lines around the list instead of pushing the frame past the screen.
	const roomyView = windowAt(roomy);
	const compact = !screenReader && linesOf(roomyView) > roomy;
	const view = compact ? windowAt(roomy + 2) : roomyView;
	const scrollable = !screenReader && (view.above > 0 || view.below > 0);
	if (scrollable) hints.splice(hints.length - 1, 0, scrollHint);

	useLatestInput((input, key) => {
		if (key.escape) {
			onBack();
			return;
		}

		if (busy) return;
		if (input === 'r' || input === 'R') {
			onRerun();
		} else if (key.return) {
			if (!revealed) {
				finish();
			} else if (blocking.length > 0) {
				setRefusedFor(listKey);
				setScroll(undefined);
			} else {
				onContinue();
			}
		} else if (key.upArrow || key.downArrow) {
			setScroll({listKey, offset: Math.max(0, view.first + (key.upArrow ? -1 : 1))});
		}
	});

	return (
		<Box flexDirection="column">
			<StepHeader step={stepNumber('prerequisites')} total={wizardSteps.length} title={prerequisites.title} />
			<Box marginBottom={compact ? 0 : 1}>
				<Paragraph>{intro}</Paragraph>
			</Box>
			{busy ? (
				<Stages stage={stage} />
			) : (
				<Box flexDirection="column">
					{view.above > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${prerequisites.above(view.above)}`}</Text> : null}
					<CheckList checks={rowsShown.slice(view.first, view.first + view.count)} />
					{view.below > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${prerequisites.below(view.below)}`}</Text> : null}
				</Box>
			)}
			{summary.length > 0 ? (
				<Box flexDirection="column" marginTop={compact ? 0 : 1}>
					{summary.map((line, index) => (
						<Paragraph
							key={index}
							{...(line.tone === undefined ? {} : {tone: theme.status[line.tone].tone})}
							{...(line.tone === undefined || screenReader ? {} : {lead: theme.status[line.tone].symbol})}
						>
							{line.text}
						</Paragraph>
					))}
				</Box>
			) : null}
			<KeyHints hints={hints} />
		</Box>
	);
}

function toCheckRow(check: Check): CheckRow {
	return {
		id: check.id,
		status: check.status,
		title: check.title,
		...(check.value === undefined ? {} : {value: check.value}),
		...(check.reason === undefined ? {} : {reason: check.reason}),
		...(check.fix === undefined ? {} : {fix: check.fix}),
	};
}

/** What the run has done so far and what it is doing now, with a spinner. */
function Stages({stage = 'locate'}: {readonly stage?: PrerequisiteStage}) {
	const {prerequisites} = useMessages();
	const theme = useTheme();
	const current = stage === 'done' ? stageOrder.length : stageOrder.indexOf(stage);
	const shown = stageOrder.filter((name, index) => index <= current && (name !== 'pool' || stage === 'pool'));
	return (
		<Box flexDirection="column">
			{shown.map(name => (
				<StageLine key={name} status={name === stage ? 'running' : 'pass'} text={prerequisites.stage[name]} />
			))}
			{stage === 'done' ? <StageLine status="running" text={prerequisites.stage.done} /> : null}
			<Box marginTop={1}>
				<Text {...theme.muted}>{prerequisites.patience}</Text>
			</Box>
		</Box>
	);
}

function StageLine({status, text}: {readonly status: Status; readonly text: string}) {
	return (
		<Box>
			<Box flexShrink={0} marginRight={2}>
				<StatusLabel status={status} />
			</Box>
			<Text>{text}</Text>
		</Box>
	);
}
