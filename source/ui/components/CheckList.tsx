import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import type {Status} from '../theme.js';
import Paragraph from './Paragraph.js';
import StatusLabel, {statusLabelWidth} from './StatusLabel.js';

/** How to fix a check: what to do in words, and a command shown verbatim or a page to read. */
export type CheckFix = {readonly text?: string; readonly command?: string; readonly link?: string};

/** One prerequisite check as the administrator sees it. */
export type CheckRow = {
	/** Stable key, e.g. `engine-version`. */
	readonly id: string;
	readonly status: Status;
	/** What is checked: "PowerShell engine version". */
	readonly title: string;
	/** What was measured: "5.1.19041 (Desktop)". */
	readonly value?: string;
	/** Why the check did not pass; shown for every status but pass. */
	readonly reason?: string;
	/** How to fix it; shown for every status but pass. */
	readonly fix?: CheckFix;
};

export type Props = {
	/** The checks in the order they run; pending and running ones included. */
	readonly checks: readonly CheckRow[];
};

/**
 * The prerequisite checks: status, title and measured value on one line, then for a check that
 * did not pass the reason and the fix beneath, indented. Long text wraps, nothing is cut.
 */
export default function CheckList({checks}: Props) {
	const {ui} = useMessages();
	const screenReader = useIsScreenReaderEnabled();
	// The label and two spaces.
	const statusWidth = statusLabelWidth(ui) + 2;
	const counts = {
		total: checks.length,
		pass: checks.filter(check => check.status === 'pass').length,
		fail: checks.filter(check => check.status === 'fail').length,
		warn: checks.filter(check => check.status === 'warn').length,
		info: checks.filter(check => check.status === 'info').length,
	};
	return (
		<Box flexDirection="column">
			{screenReader ? <Text>{`${ui.checkList.label}: ${ui.checkList.summary(counts)}`}</Text> : null}
			{checks.map(check => (
				<CheckListRow key={check.id} check={check} statusWidth={statusWidth} screenReader={screenReader} />
			))}
		</Box>
	);
}

type RowProps = {
	readonly check: CheckRow;
	readonly statusWidth: number;
	readonly screenReader: boolean;
};

function CheckListRow({check, statusWidth, screenReader}: RowProps) {
	const {ui} = useMessages();
	const theme = useTheme();
	const explained = check.status !== 'pass' && (check.reason !== undefined || check.fix !== undefined);
	return (
		<Box flexDirection="column">
			<Box>
				<Box width={screenReader ? undefined : statusWidth} flexShrink={0}>
					<StatusLabel status={check.status} />
				</Box>
				<Box flexGrow={1}>
					{screenReader ? (
						<Text>{check.value === undefined ? check.title : `${check.title}, ${check.value}`}</Text>
					) : (
						<Paragraph>
							{check.title}
							{check.value === undefined ? null : <Text {...theme.muted}>{`  ${check.value}`}</Text>}
						</Paragraph>
					)}
				</Box>
			</Box>
			{explained ? (
				<Box flexDirection="column" marginLeft={screenReader ? 0 : statusWidth}>
					{check.reason === undefined ? null : (
						<Paragraph>
							<Text {...theme.muted}>{ui.checkList.why}</Text> {ui.checkList.sentence(check.reason)}
						</Paragraph>
					)}
					{check.fix?.text === undefined ? null : (
						<Paragraph>
							<Text {...theme.muted}>{ui.checkList.fix}</Text> {ui.checkList.sentence(check.fix.text)}
						</Paragraph>
					)}
					{check.fix?.command === undefined ? null : (
						<Box flexDirection="column">
							<Text {...theme.muted}>{ui.checkList.fixCommand}</Text>
							<Box marginLeft={2}>
								<Text {...theme.command}>{check.fix.command}</Text>
							</Box>
						</Box>
					)}
					{check.fix?.link === undefined ? null : (
						<Box flexDirection="column">
							<Text {...theme.muted}>{ui.checkList.fixLink}</Text>
							<Box marginLeft={2}>
								<Text>{check.fix.link}</Text>
							</Box>
						</Box>
					)}
				</Box>
			) : null}
		</Box>
	);
}
