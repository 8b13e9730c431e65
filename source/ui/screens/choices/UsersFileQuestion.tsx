import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {useState} from 'react';
import KeyHints from '../../components/KeyHints.js';
import Notice from '../../components/Notice.js';
import Paragraph from '../../components/Paragraph.js';
import TextField from '../../components/TextField.js';
import {unquotePath} from '../../components/unquote-path.js';
import useMessages from '../../hooks/use-messages.js';
import useTheme from '../../hooks/use-theme.js';
import type {UsersFileOutcome} from '../../wizard/types.js';
import SelectList from '../../components/SelectList.js';

export type Props = {
	/** The file read last time, offered again. */
	readonly defaultFile?: string;
	readonly readUsersFile: (file: string) => UsersFileOutcome;
	/** The admin goes on with the users read (at least one; the controller left out repeats). */
	readonly onUsers: (users: string[]) => void;
};

type Read = {file: string; outcome: UsersFileOutcome};

/** How many problem lines of a file are shown; the count says how many more there are. */
const shownProblems = 5;
const shownNotices = 3;

/**
 * The path of a users file (and the key hints, last); Enter reads it through the controller. A good file shows how many
 * users it holds and what was dropped, then asks to go on; a bad one shows why and which lines.
 */
export default function UsersFileQuestion({defaultFile = '', readUsersFile, onUsers}: Props) {
	const {choices: text, ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const [file, setFile] = useState(defaultFile);
	const [error, setError] = useState<string>();
	const [read, setRead] = useState<Read>();

	const outcome = read?.outcome;
	const users = outcome?.ok ? outcome.users : [];
	const accepted = outcome?.ok === true && users.length > 0;

	const failure = (message: string, details: readonly string[], hint?: string) => (
		<Box flexDirection="column" marginTop={1}>
			<Paragraph tone={theme.status.fail.tone} {...(screenReader ? {} : {lead: theme.status.fail.symbol})}>
				{message}
			</Paragraph>
			{details.length > 0 ? (
				<Box flexDirection="column" marginLeft={2}>
					<Text {...theme.muted}>{text.usersFile.problems}</Text>
					{details.slice(0, shownProblems).map((detail, index) => (
						// By position: two lines may have the same problem text.
						<Text key={index}>{detail}</Text>
					))}
					{details.length > shownProblems ? (
						<Text {...theme.muted}>{`${theme.ellipsis} ${ui.notice.more(details.length - shownProblems)}`}</Text>
					) : null}
				</Box>
			) : null}
			{hint === undefined ? null : <Paragraph>{hint}</Paragraph>}
		</Box>
	);

	return (
		<Box flexDirection="column">
			<Paragraph>{text.usersFile.help}</Paragraph>
			<Box marginTop={1}>
				<TextField
					label={text.usersFile.label}
					value={file}
					focus={!accepted}
					onChange={value => {
						setError(undefined);
						setRead(undefined);
						setFile(value);
					}}
					onSubmit={value => {
						const path = unquotePath(value);
						if (path === '') {
							setError(text.usersFile.needPath);
							return;
						}

						setRead({file: path, outcome: readUsersFile(path)});
					}}
					{...(error === undefined ? {} : {error})}
				/>
			</Box>
			{read === undefined || outcome === undefined ? null : outcome.ok ? (
				users.length === 0 ? (
					failure(text.usersFile.empty(read.file), outcome.notices)
				) : (
					<Box flexDirection="column" marginTop={1}>
						<Text>{text.usersFile.read(users.length, read.file)}</Text>
						{outcome.duplicates > 0 ? <Text>{text.usersFile.duplicates(outcome.duplicates)}</Text> : null}
						{outcome.notices.slice(0, shownNotices).map((notice, index) => (
							// By position: notices are sentences that may repeat.
							<Notice key={index} tone="info" title={notice} />
						))}
						<Box marginTop={1}>
							<SelectList
								items={[
									{label: text.usersFile.continue(users.length), value: 'continue'},
									{label: text.usersFile.another, value: 'another'},
								]}
								onSelect={choice => {
									if (choice === 'continue') onUsers(users);
									else setRead(undefined);
								}}
							/>
						</Box>
					</Box>
				)
			) : (
				failure(text.usersFile.couldNotRead(read.file, withoutFile(outcome.message, read.file)), outcome.problems, outcome.hint)
			)}
			<KeyHints
				hints={
					accepted
						? [
								{key: ui.keys.upDown, action: text.keys.choose},
								{key: ui.keys.enter, action: ui.actions.select},
								{key: ui.keys.escape, action: ui.actions.back},
							]
						: [
								{key: ui.keys.enter, action: text.keys.read},
								{key: ui.keys.escape, action: ui.actions.back},
							]
				}
			/>
		</Box>
	);
}

/** The reason in a message that starts with the file's name ("nope.csv: the file does not exist"). */
function withoutFile(message: string, file: string): string {
	return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}
