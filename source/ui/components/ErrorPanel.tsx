import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import Paragraph from './Paragraph.js';

export type Props = {
	/** What was being done, in plain words: "Connecting to pool01.contoso.com failed". */
	readonly title: string;
	/** PowerShell's own message, verbatim, so that it can be searched for. */
	readonly message?: string;
	/** What to do about it, in plain language. */
	readonly fix: string;
	/** A command that fixes it, shown verbatim under "Run in PowerShell:". */
	readonly command?: string;
	/** The command that failed, shown verbatim under "The command that failed:". */
	readonly failedCommand?: string;
};

/** A failure the administrator can act on: what went wrong, what PowerShell said, what to do. */
export default function ErrorPanel({title, message, fix, command, failedCommand}: Props) {
	const {ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const tone = theme.status.fail.tone;
	const symbol = screenReader ? '' : `${theme.status.fail.symbol} `;
	return (
		<Box flexDirection="column" borderStyle={theme.unicode ? 'round' : 'classic'} borderColor={tone.color} paddingX={1}>
			<Paragraph tone={tone}>{`${symbol}${ui.errorPanel.heading}: ${title}`}</Paragraph>
			{message === undefined ? null : (
				<Box flexDirection="column" marginTop={1}>
					<Text {...theme.muted}>{ui.errorPanel.said}</Text>
					<Paragraph>{message}</Paragraph>
				</Box>
			)}
			{failedCommand === undefined ? null : (
				<Box flexDirection="column" marginTop={1}>
					<Text {...theme.muted}>{ui.errorPanel.failedCommand}</Text>
					<Text {...theme.command}>{failedCommand}</Text>
				</Box>
			)}
			{fix === '' ? null : (
				<Box flexDirection="column" marginTop={1}>
					<Text {...theme.muted}>{ui.errorPanel.fix}</Text>
					<Paragraph>{fix}</Paragraph>
				</Box>
			)}
			{command === undefined ? null : (
				<Box flexDirection="column" marginTop={1}>
					<Text {...theme.muted}>{ui.errorPanel.command}</Text>
					<Text {...theme.command}>{command}</Text>
				</Box>
			)}
		</Box>
	);
}
