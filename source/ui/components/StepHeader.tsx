import {Box, Text} from 'ink';
import useMessages from '../hooks/use-messages.js';
import useRehearsal from '../hooks/use-rehearsal.js';
import useTheme from '../hooks/use-theme.js';

export type Props = {
	/** This step's number, counted from 1; without it the title stands alone (the Welcome screen). */
	readonly step?: number;
	/** How many steps the wizard has. */
	readonly total?: number;
	/** What the administrator does on this screen, e.g. "Choose who is affected". */
	readonly title: string;
};

/**
 * The first lines of every screen: where the administrator is, and in a rehearsal, that nothing
 * real changes.
 */
export default function StepHeader({step, total, title}: Props) {
	const {ui, common} = useMessages();
	const theme = useTheme();
	const rehearsal = useRehearsal();
	return (
		<Box flexDirection="column" marginBottom={1}>
			<Text {...theme.heading}>{step === undefined || total === undefined ? title : ui.stepHeader(step, total, title)}</Text>
			{rehearsal ? <Text {...theme.rehearsal}>{common.rehearsalBanner}</Text> : null}
		</Box>
	);
}
