import {Box, Text} from 'ink';
import {useRef, useState} from 'react';
import Paragraph from '../../components/Paragraph.js';
import TextField from '../../components/TextField.js';
import useLatestInput from '../../hooks/use-latest-input.js';
import useMessages from '../../hooks/use-messages.js';
import useTheme from '../../hooks/use-theme.js';
import {mergeUsers, parseTypedLine} from './typed-users.js';

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
 * Backspaces closer together than this are one run of keys (a key held down, or pressed
 * quickly to clear the line): a run removes users only if the line was empty before it began.
 */
export const backspaceRunMs = 300;

/** A run of Backspaces: when it began, and the users it removed. */
type Run = {last: number; began: number; removed: string[]};

/**
 * Names typed a line at a time: each Enter adds the line's names to the list below, an Enter on
 * an empty line finishes, Backspace on an empty line takes the last name off. A pasted column of
 * names (one per line) is a line of names.
 *
 * Clearing a line with a held or quickly repeated Backspace never removes users: a run of
 * Backspaces removes them only when the line was already empty before the run began.
 */
export default function TypedUsersQuestion({users, onUsers, onDone}: Props) {
	const {choices: text, plan} = useMessages();
	const theme = useTheme();
	const [line, setLine] = useState('');
	const [error, setError] = useState<string>();
	const [note, setNote] = useState<string>();
	// When the line last became empty (0: it has been from the start), and the current run.
	const emptySince = useRef<number | undefined>(0);
	const run = useRef<Run | undefined>(undefined);

	const changeLine = (value: string) => {
		if (value === '') emptySince.current ??= Date.now();
		else emptySince.current = undefined;
		setLine(value);
	};

	useLatestInput((input, key) => {
		const presses = key.backspace || key.delete ? 1 : /^[\u007F\b]+$/.test(input) ? input.length : 0;
		const now = Date.now();
		if (presses === 0) {
			run.current = undefined;
			return;
		}

		const current = run.current !== undefined && now - run.current.last < backspaceRunMs ? run.current : {began: now, last: now, removed: []};
		current.last = now;
		run.current = current;
		const since = emptySince.current;
		if (since === undefined || since >= current.began || users.length === 0) return;
		const kept = users.slice(0, Math.max(0, users.length - presses));
		current.removed = [...users.slice(kept.length), ...current.removed];
		setNote(text.usersTyped.removed(current.removed));
		setError(undefined);
		onUsers(kept);
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
		changeLine('');
		setNote(merged.added > 0 ? text.usersTyped.added(merged.added, merged.repeated) : text.usersTyped.nothingNew(merged.repeated));
		if (merged.added > 0) onUsers(merged.users);
	};

	const hidden = Math.max(0, users.length - shownNames);
	return (
		<Box flexDirection="column">
			<Paragraph>{text.usersTyped.help}</Paragraph>
			<Box marginTop={1}>
				<TextField
					label={text.usersTyped.label}
					value={line}
					placeholder={text.usersTyped.placeholder}
					newlines="separator"
					onChange={value => {
						setError(undefined);
						changeLine(value);
					}}
					onSubmit={submit}
					{...(error === undefined ? {} : {error})}
				/>
			</Box>
			{note === undefined ? null : <Paragraph tone={theme.muted}>{note}</Paragraph>}
			<Box flexDirection="column" marginTop={1}>
				<Text>{text.usersTyped.count(users.length)}</Text>
				<Box flexDirection="column" marginLeft={2}>
					{hidden > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${text.usersTyped.earlier(hidden)}`}</Text> : null}
					{users.slice(-shownNames).map(user => (
						<Text key={user} wrap="truncate-middle">
							{user}
						</Text>
					))}
				</Box>
			</Box>
		</Box>
	);
}
