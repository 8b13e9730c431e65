import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {useMemo, useState} from 'react';
import useLatestInput from '../hooks/use-latest-input.js';
import type {TenantOverview} from '../../engine/run.js';
import type {PolicyValue} from '../../plan/plan.js';
import ErrorPanel from '../components/ErrorPanel.js';
import KeyHints, {type KeyHint} from '../components/KeyHints.js';
import Notice from '../components/Notice.js';
import Paragraph from '../components/Paragraph.js';
import {lastScrollOffset, scrollWindow} from '../components/scroll-window.js';
import StatusLabel from '../components/StatusLabel.js';
import StepHeader from '../components/StepHeader.js';
import useMessages from '../hooks/use-messages.js';
import useScreenRoom from '../hooks/use-screen-room.js';
import useTheme from '../hooks/use-theme.js';
import {stepNumber, wizardSteps, type ShownError} from '../wizard/types.js';

export type Props = {
	/** Reading the policies, done, or the reading failed. */
	readonly status: 'loading' | 'done' | 'failed';
	/** What was read: Global, the site policies, the per-user policies, and reads that failed. */
	readonly overview?: TenantOverview;
	/** Why reading failed as a whole. */
	readonly error?: ShownError;
	/** Enter: go on to choose what to change. */
	readonly onContinue: () => void;
	/** r: read everything again. */
	readonly onRetry: () => void;
	/** Esc: back to connecting. */
	readonly onBack: () => void;
};

/** How many read errors are quoted; the rest are counted. */
const shownErrors = 2;

/** A line of the site and per-user lists: a heading, a policy, or the gap between the lists. */
type ListLine = {readonly kind: 'heading'; readonly text: string} | {readonly kind: 'policy'; readonly name: string; readonly value: string} | {readonly kind: 'gap'};

/**
 * Step 3: EnableIMAutoArchiving as it is now, in words: for the whole organization, each site,
 * and each per-user policy, with why a per-user policy's holders keep its setting. The lists take
 * what the screen leaves and scroll with Up/Down when they are longer.
 */
export default function CurrentState({status, overview, error, onContinue, onRetry, onBack}: Props) {
	const {common, current, ui} = useMessages();
	const theme = useTheme();
	const room = useScreenRoom();
	const [offset, setOffset] = useState(0);

	// Both lists as lines, once per reading: the window shows a slice of them.
	const listLines = useMemo<ListLine[]>(() => {
		if (overview === undefined) return [];
		const section = (heading: string, policies: readonly PolicyValue[]): ListLine[] => [
			{kind: 'heading', text: heading},
			...policies.map(policy => ({kind: 'policy' as const, name: policyName(policy.identity), value: common.archivingValue(policy.enableIMAutoArchiving)})),
		];
		return [
			...section(overview.sites.length > 0 ? current.sites(overview.sites.length) : current.sitesNone, overview.sites),
			{kind: 'gap'},
			...section(overview.perUserPolicies.length > 0 ? current.perUser(overview.perUserPolicies.length) : current.perUserNone, overview.perUserPolicies),
		];
	}, [overview, current, common]);
	// One column for the values of Global and both lists; a name too long for it is shortened in
	// the middle, so that every value stays whole on its line.
	const nameWidth = useMemo(() => {
		const names = [current.global, ...listLines.map(line => (line.kind === 'policy' ? line.name : ''))];
		const values = [common.archivingValue(null), common.archivingValue(true), common.archivingValue(false), current.globalUnread];
		const fits = room.columns - 2 - Math.max(...values.map(value => [...value].length));
		return Math.max(12, Math.min(40, fits, 2 + Math.max(...names.map(name => [...name].length))));
	}, [listLines, current, common, room.columns]);

	const baseHints: KeyHint[] = [
		...(status === 'done' ? [{key: ui.keys.enter, action: current.keys.choose}] : []),
		...(status === 'loading' ? [] : [{key: 'r', action: current.keys.readAgain}]),
		{key: ui.keys.escape, action: ui.actions.back},
	];
	const scrollHint: KeyHint = {key: ui.keys.upDown, action: ui.actions.scroll};

	// Everything but the lists: Global with its heading, the blank line above the lists, the
	// sentence, the read errors.
	const errors = overview?.errors ?? [];
	const quoted = errors.slice(0, shownErrors);
	const fixedLines =
		2 +
		1 +
		1 +
		room.lines(current.precedence) +
		(errors.length > 0 ? 2 + quoted.reduce((sum, message) => sum + room.lines(message, 2), 0) + (errors.length > shownErrors ? 1 : 0) : 0);
	const height = room.left(fixedLines, [...baseHints.slice(0, -1), scrollHint, ...baseHints.slice(-1)]);
	const view = scrollWindow(listLines.length, offset, height);
	const scrollable = status === 'done' && overview !== undefined && (view.above > 0 || view.below > 0);
	const hints = scrollable ? [...baseHints.slice(0, -1), scrollHint, ...baseHints.slice(-1)] : baseHints;

	useLatestInput((input, key) => {
		if (key.escape) {
			onBack();
		} else if (status !== 'loading' && (input === 'r' || input === 'R')) {
			setOffset(0);
			onRetry();
		} else if (status === 'done' && key.return) {
			onContinue();
		} else if (scrollable) {
			const last = lastScrollOffset(listLines.length, height);
			const page = Math.max(1, view.count - 1);
			const move = key.upArrow ? -1 : key.downArrow ? 1 : key.pageUp ? -page : key.pageDown ? page : key.home ? -last : key.end ? last : 0;
			if (move !== 0) setOffset(Math.min(Math.max(0, view.first + move), last));
		}
	});

	let body;
	if (status === 'loading') {
		body = (
			<Box>
				<Box flexShrink={0} marginRight={2}>
					<StatusLabel status="running" />
				</Box>
				<Text>{current.loading}</Text>
			</Box>
		);
	} else if (status === 'failed' || overview === undefined) {
		body = (
			<Box flexDirection="column">
				<ErrorPanel
					title={current.failed}
					{...(error?.message === undefined ? {} : {message: error.message})}
					fix={error?.hint ?? ''}
					{...(error?.command === undefined ? {} : {failedCommand: error.command})}
				/>
				<Box marginTop={1}>
					<Paragraph>{current.retry}</Paragraph>
				</Box>
			</Box>
		);
	} else {
		const global = overview.global === undefined ? current.globalUnread : common.archivingValue(overview.global.enableIMAutoArchiving);
		body = (
			<Box flexDirection="column">
				<Text {...theme.heading}>{current.heading}</Text>
				<Box marginLeft={2}>
					<ValueRow name={current.global} value={global} nameWidth={nameWidth} />
				</Box>
				<Box flexDirection="column" marginTop={1}>
					{view.above > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${current.above(view.above)}`}</Text> : null}
					{listLines.slice(view.first, view.first + view.count).map((line, position) => {
						// By position in the window: names may repeat in what PowerShell returned.
						if (line.kind === 'heading') {
							return (
								<Text key={position} {...theme.heading}>
									{line.text}
								</Text>
							);
						}

						if (line.kind === 'gap') return <Text key={position}> </Text>;
						return (
							<Box key={position} marginLeft={2}>
								<ValueRow name={line.name} value={line.value} nameWidth={nameWidth} />
							</Box>
						);
					})}
					{view.below > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${current.below(view.below)}`}</Text> : null}
				</Box>
				<Box marginTop={1}>
					<Paragraph>{current.precedence}</Paragraph>
				</Box>
				{errors.length > 0 ? (
					<Box marginTop={1}>
						<Notice title={current.readErrors} details={errors} maxDetails={shownErrors} />
					</Box>
				) : null}
			</Box>
		);
	}

	return (
		<Box flexDirection="column">
			<StepHeader step={stepNumber('current')} total={wizardSteps.length} title={current.title} />
			{body}
			<KeyHints hints={hints} />
		</Box>
	);
}

/** `Site:Redmond` and `Tag:OfflineIM` read as the names under their heading. */
function policyName(identity: string): string {
	return identity.replace(/^(site|tag):/i, '');
}

type ValueRowProps = {
	readonly name: string;
	readonly value: string;
	/** The name's column with the two spaces after it, so that the values line up. */
	readonly nameWidth: number;
};

/** A name and its value in two columns; "name: value" for a screen reader. */
function ValueRow({name, value, nameWidth}: ValueRowProps) {
	const screenReader = useIsScreenReaderEnabled();
	if (screenReader) return <Text>{`${name}: ${value}`}</Text>;
	return (
		<Box>
			{/* One line whatever the name's length: the list scrolls line by line. */}
			<Box width={nameWidth - 2} marginRight={2} flexShrink={0}>
				<Text wrap="truncate-middle">{name}</Text>
			</Box>
			<Text>{value}</Text>
		</Box>
	);
}
