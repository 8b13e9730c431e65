import {Box} from 'ink';
import Paragraph from '../../components/Paragraph.js';
import useMessages from '../../hooks/use-messages.js';
import type {UndoSummary} from './describe-undo.js';

export type Props = {
	readonly undo: UndoSummary;
	/** The script was saved: its rollback script's path is on screen already. */
	readonly saved: boolean;
};

/** What the rollback script puts back, and that it follows what actually ran. */
export default function UndoView({undo, saved}: Props) {
	const {review: text, common} = useMessages();
	// In the order the rollback runs: the server switches (changed last), the users, then the policies.
	const ordered = [
		...undo.switches.map(({subject, from, created}) => text.undo.serverSwitch(subject, from === undefined ? undefined : common.onOff(from), created)),
		...(undo.grants > 0 ? [text.undo.grants(undo.grants)] : []),
		...undo.policies.map(({subject, from}) => text.undo.policy(subject, from === undefined ? undefined : common.archivingValue(from))),
		...undo.created.map(({policy, conditional}) => text.undo.created(policy, conditional)),
	];
	if (ordered.length === 0) return <Paragraph>{text.undo.nothing}</Paragraph>;
	return (
		<Box flexDirection="column">
			<Paragraph>{text.undo.intro}</Paragraph>
			<Box flexDirection="column" marginLeft={2}>
				{ordered.map(line => (
					<Paragraph key={line} lead="-">
						{line}
					</Paragraph>
				))}
			</Box>
			{saved ? null : <Paragraph>{text.undo.where}</Paragraph>}
		</Box>
	);
}
