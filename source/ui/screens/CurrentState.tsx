import {Box, Text, useIsScreenReaderEnabled, useStdout} from 'ink';
import useLatestInput from '../hooks/use-latest-input.js';
import type {TenantOverview} from '../../engine/run.js';
import type {PolicyValue} from '../../plan/plan.js';
import ErrorPanel from '../components/ErrorPanel.js';
import KeyHints, {type KeyHint} from '../components/KeyHints.js';
import Notice from '../components/Notice.js';
import StatusLabel from '../components/StatusLabel.js';
import StepHeader from '../components/StepHeader.js';
import useMessages from '../hooks/use-messages.js';
import useRehearsal from '../hooks/use-rehearsal.js';
import useTheme from '../hooks/use-theme.js';
import {stepNumber, wizardSteps, type ShownError} from '../wizard/types.js';
import shareRows from './current/share-rows.js';
import countWrappedLines from '../components/count-wrapped-lines.js';

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

/** Lines shown per list at most; the rest fold into "and N more". */
const maxPerList = 8;

/**
 * Step 3: EnableIMAutoArchiving as it is now, in words: for the whole organization, each site,
 * and each per-user policy, with why a per-user policy's holders keep its setting.
 */
export default function CurrentState({status, overview, error, onContinue, onRetry, onBack}: Props) {
	const {common, current, ui} = useMessages();
	const theme = useTheme();
	const rehearsal = useRehearsal();
	const {stdout} = useStdout();
	const columns = stdout.columns || 80;
	const rows = stdout.rows || 24;

	useLatestInput((input, key) => {
		if (key.escape) onBack();
		else if (status !== 'loading' && (input === 'r' || input === 'R')) onRetry();
		else if (status === 'done' && key.return) onContinue();
	});

	const hints: KeyHint[] = [
		...(status === 'done' ? [{key: ui.keys.enter, action: current.keys.choose}] : []),
		...(status === 'loading' ? [] : [{key: 'r', action: current.keys.readAgain}]),
		{key: ui.keys.escape, action: ui.actions.back},
	];

	let body;
	if (status === 'loading') {
		body = (
			<Box>
				<Box flexShrink={0} marginRight={1}>
					<StatusLabel status="running" />
				</Box>
				<Text>{current.loading}</Text>
			</Box>
		);
	} else if (status === 'failed' || overview === undefined) {
		const command = error?.command;
		body = (
			<Box flexDirection="column">
				<ErrorPanel title={current.failed} message={error?.message} fix={error?.hint ?? ''} />
				{command === undefined ? null : (
					<Box flexDirection="column">
						<Text {...theme.muted}>{current.failedCommand}</Text>
						<Box marginLeft={2}>
							<Text {...theme.command}>{command}</Text>
						</Box>
					</Box>
				)}
				<Box marginTop={1}>
					<Text>{current.retry}</Text>
				</Box>
			</Box>
		);
	} else {
		const shownErrors = Math.min(overview.errors.length, 2);
		// Everything but the two lists (header, Global, headings, the sentence, read errors, keys),
		// so that the lists get what is left of the screen.
		const fixedLines =
			2 +
			(rehearsal ? 1 : 0) +
			2 +
			2 +
			2 +
			1 +
			countWrappedLines(current.precedence, columns) +
			(overview.errors.length > 0
				? 2 +
					overview.errors.slice(0, shownErrors).reduce((sum, message) => sum + countWrappedLines(message, columns - 2), 0) +
					(overview.errors.length > shownErrors ? 1 : 0)
				: 0) +
			2;
		const [sitesShown = 0, policiesShown = 0] = shareRows(
			[overview.sites.length, overview.perUserPolicies.length],
			Math.max(2, rows - 2 - fixedLines),
			maxPerList,
		);
		body = (
			<Box flexDirection="column">
				<Text {...theme.heading}>{current.heading}</Text>
				<Box marginLeft={2}>
					<ValueTable
						rows={[{name: current.global, value: overview.global === undefined ? current.globalUnread : common.archivingValue(overview.global.enableIMAutoArchiving)}]}
					/>
				</Box>
				<PolicySection
					heading={overview.sites.length > 0 ? current.sites(overview.sites.length) : current.sitesNone}
					policies={overview.sites}
					shown={sitesShown}
				/>
				<PolicySection
					heading={overview.perUserPolicies.length > 0 ? current.perUser(overview.perUserPolicies.length) : current.perUserNone}
					policies={overview.perUserPolicies}
					shown={policiesShown}
				/>
				<Box marginTop={1}>
					<Text>{current.precedence}</Text>
				</Box>
				{overview.errors.length > 0 ? (
					<Box marginTop={1}>
						<Notice title={current.readErrors} details={overview.errors} maxDetails={shownErrors} />
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

function PolicySection({heading, policies, shown}: {readonly heading: string; readonly policies: readonly PolicyValue[]; readonly shown: number}) {
	const {common} = useMessages();
	const theme = useTheme();
	const rows = policies.slice(0, Math.max(0, shown)).map(policy => ({name: policyName(policy.identity), value: common.archivingValue(policy.enableIMAutoArchiving)}));
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text {...theme.heading}>{heading}</Text>
			{policies.length > 0 ? (
				<Box marginLeft={2}>
					<ValueTable rows={rows} hidden={policies.length - rows.length} />
				</Box>
			) : null}
		</Box>
	);
}

type ValueTableProps = {
	readonly rows: ReadonlyArray<{readonly name: string; readonly value: string}>;
	/** How many more there are, folded into "and N more". */
	readonly hidden?: number;
};

/** Names and values in two columns, then "and N more". */
function ValueTable({rows, hidden = 0}: ValueTableProps) {
	const {current} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const nameWidth = Math.min(40, Math.max(0, ...rows.map(row => [...row.name].length)) + 2);
	return (
		<Box flexDirection="column">
			{rows.map((row, index) =>
				screenReader ? (
					<Text key={index}>{`${row.name}: ${row.value}`}</Text>
				) : (
					// By position: names may repeat in what PowerShell returned.
					<Box key={index}>
						<Box width={nameWidth} flexShrink={0}>
							<Text>{row.name}</Text>
						</Box>
						<Text>{row.value}</Text>
					</Box>
				),
			)}
			{hidden > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${rows.length === 0 ? current.hidden(hidden) : current.more(hidden)}`}</Text> : null}
		</Box>
	);
}
