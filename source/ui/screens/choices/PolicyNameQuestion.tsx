import {Box} from 'ink';
import {useState} from 'react';
import {validatePolicyName} from '../../../plan/validate.js';
import Paragraph from '../../components/Paragraph.js';
import TextField from '../../components/TextField.js';
import useMessages from '../../hooks/use-messages.js';

export type Props = {
	readonly value: string;
	readonly onChange: (value: string) => void;
	/** No per-user policy exists yet: say why the admin is asked for a new one straight away. */
	readonly noneYet: boolean;
	/** A valid name was confirmed. */
	readonly onName: (name: string) => void;
};

/** The name of a new per-user policy, checked like every name that becomes part of a command. */
export default function PolicyNameQuestion({value, onChange, noneYet, onName}: Props) {
	const {choices: text, plan} = useMessages();
	const [error, setError] = useState<string>();
	return (
		<Box flexDirection="column">
			{noneYet ? (
				<Box marginBottom={1}>
					<Paragraph>{text.policyName.noneYet}</Paragraph>
				</Box>
			) : null}
			<TextField
				label={text.policyName.label}
				value={value}
				onChange={next => {
					setError(undefined);
					onChange(next);
				}}
				onSubmit={submitted => {
					const validation = validatePolicyName(submitted);
					if (validation.ok) onName(validation.value);
					else setError(plan.problem(validation.problem));
				}}
				{...(error === undefined ? {} : {error})}
			/>
			<Box marginTop={1}>
				<Paragraph>{text.policyName.help}</Paragraph>
			</Box>
		</Box>
	);
}
