import {Box, Text} from 'ink';
import {useState} from 'react';
import TextField from '../../components/TextField.js';
import useMessages from '../../hooks/use-messages.js';
import useTheme from '../../hooks/use-theme.js';
import {mergeUsers, parseTypedLine} from './typed-users.js';
import useLatestInput from '../../hooks/use-latest-input.js';

export type Props = {
	/** The list so far, in the order the names were given. */
	readonly users: readonly string[];
	readonly onUsers: (users: string[]) => void;
	/** Enter on an empty line with at least one user in the list. */
	readonly onDone: () => void;
};

/** How many of the latest names stay in view; the rest are counted. */
const shownNames = 3;

/**
 * Names typed a line at a time: each Enter adds the line's names to the list below, an Enter on
 * an empty line finishes, Backspace on an empty line takes the last name off.
 */
export default function TypedUsersQuestion({users, onUsers, onDone}: Props) {
	const {choices: text, plan} = useMessages();
	const theme = useTheme();
	const [line, setLine] = useState('');
	const [error, setError] = useState<string>();
	const [note, setNote] = useState<string>();

	useLatestInput((_input, key) => {
		if ((key.backspace || key.delete) && line === '' && users.length > 0) {
			setNote(text.usersTyped.removed(users.at(-1)!));
			setError(undefined);
			onUsers(users.slice(0, -1));
		}
	});

	const submit = (value: string) => {
		setNote(undefined);
		if (value.trim() === '') {
			if (users.length > 0) onDone();
			else setError(text.usersTyped.needOne);
			return;
		}

		const parsed = parseTypedLine(value);
		if (!parsed.ok) {
			setError(text.usersTyped.invalid(parsed.name, plan.problem(parsed.problem)));
			return;
		}

		const merged = mergeUsers(users, parsed.names);
		setError(undefined);
		setLine('');
		setNote(merged.added > 0 ? text.usersTyped.added(merged.added, merged.repeated) : text.usersTyped.nothingNew(merged.repeated));
		if (merged.added > 0) onUsers(merged.users);
	};

	const hidden = Math.max(0, users.length - shownNames);
	return (
		<Box flexDirection="column">
			<Text>{text.usersTyped.help}</Text>
			<Box marginTop={1}>
				<TextField
					label={text.usersTyped.label}
					value={line}
					placeholder={text.usersTyped.placeholder}
					onChange={value => {
						setError(undefined);
						setLine(value);
					}}
					onSubmit={submit}
					{...(error === undefined ? {} : {error})}
				/>
			</Box>
			{note === undefined ? null : <Text {...theme.muted}>{note}</Text>}
			<Box flexDirection="column" marginTop={1}>
				<Text>{text.usersTyped.count(users.length)}</Text>
				<Box flexDirection="column" marginLeft={2}>
					{hidden > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${text.usersTyped.earlier(hidden)}`}</Text> : null}
					{users.slice(-shownNames).map(user => (
						<Text key={user}>{user}</Text>
					))}
				</Box>
			</Box>
		</Box>
	);
}
