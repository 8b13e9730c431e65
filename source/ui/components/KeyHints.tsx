import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {Fragment} from 'react';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';

/** One key and what it does, both already in the reader's language. */
export type KeyHint = {
	/** The key as printed on the keyboard: "Enter", "Esc", "r", "Ctrl+C". */
	readonly key: string;
	/** What pressing it does: "continue", "back". */
	readonly action: string;
};

export type Props = {
	/** The keys this screen answers to, in the order to show them. */
	readonly hints: readonly KeyHint[];
};

/** The last line of every screen: the keys that work here. */
export default function KeyHints({hints}: Props) {
	const {ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	if (screenReader) {
		const spoken = hints.map(hint => `${hint.key} ${hint.action}`).join(', ');
		return (
			<Box>
				<Text>{`${ui.keyHints.label}: ${spoken}`}</Text>
			</Box>
		);
	}

	return (
		<Box marginTop={1}>
			<Text>
				{hints.map((hint, index) => (
					<Fragment key={hint.key}>
						{index > 0 ? <Text {...theme.muted}>{theme.separator}</Text> : null}
						<Text {...theme.key}>{hint.key}</Text> {hint.action}
					</Fragment>
				))}
			</Text>
		</Box>
	);
}
