import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import Paragraph from './Paragraph.js';

export type Props = {
	/** How serious: a warning the administrator must weigh, or information. */
	readonly tone?: 'warn' | 'info';
	/** The point in one line: "Global does not reach users with a per-user policy". */
	readonly title: string;
	/** More lines beneath, e.g. the users concerned. */
	readonly details?: readonly string[];
	/** Show at most this many details, then "… and N more". */
	readonly maxDetails?: number;
};

/** A warning or a note, its kind said in words ("WARN") as well as by colour and symbol. */
export default function Notice({tone = 'warn', title, details = [], maxDetails = 5}: Props) {
	const {ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const {symbol, tone: style} = theme.status[tone];
	const shown = details.slice(0, Math.max(0, maxDetails));
	const hidden = details.length - shown.length;
	return (
		<Box flexDirection="column">
			<Paragraph>
				<Text {...style}>{`${screenReader ? '' : `${symbol} `}${ui.status[tone]}:`}</Text> {title}
			</Paragraph>
			{details.length > 0 ? (
				<Box flexDirection="column" marginLeft={2}>
					{shown.map((detail, index) => (
						// By position: details may repeat (two users with the same display name).
						<Paragraph key={index}>{detail}</Paragraph>
					))}
					{hidden > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${ui.notice.more(hidden)}`}</Text> : null}
				</Box>
			) : null}
		</Box>
	);
}
