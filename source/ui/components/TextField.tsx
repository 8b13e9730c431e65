import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {useLayoutEffect, useRef, useState} from 'react';
import useLatestInput from '../hooks/use-latest-input.js';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import {editLine, type Line, type Newlines} from './edit-line.js';

export type Props = {
	/** What to type: "Pool FQDN", "Password". */
	readonly label: string;
	readonly value: string;
	readonly onChange: (value: string) => void;
	/** Enter was pressed (or pasted text ended with a line break), with the value as typed up to then. */
	readonly onSubmit?: (value: string) => void;
	/** An example shown while the field is empty, e.g. "pool01.contoso.com": it reads "for example: …". */
	readonly placeholder?: string;
	/** Why the value is not acceptable, shown beneath the field; nothing when it is fine. */
	readonly error?: string;
	/** A password: every typed character is shown as the theme's mask, never itself. */
	readonly mask?: boolean;
	/** Whether typing goes to this field. */
	readonly focus?: boolean;
	/**
	 * What a line break inside pasted text becomes: `drop` (the default) joins the lines,
	 * `separator` keeps them apart with "; " (a column of names). A line break at the end of
	 * the paste is Enter either way.
	 */
	readonly newlines?: Newlines;
};

/**
 * A labelled text input with its validation message; masked for passwords. It edits the latest
 * value, not the one of the last render, so that a paste followed at once by Enter submits what
 * was pasted, and several Backspaces in one burst each erase a character.
 */
export default function TextField({label, value, onChange, onSubmit, placeholder, error, mask = false, focus = true, newlines = 'drop'}: Props) {
	const {ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	const line = useRef<Line>({value, cursor: value.length});
	const [cursor, setCursor] = useState(value.length);
	// The parent may reset the value (after Enter) or refuse a change: the latest render's value
	// wins, with the cursor at its end.
	useLayoutEffect(() => {
		if (line.current.value !== value) {
			line.current = {value, cursor: value.length};
			setCursor(value.length);
		}
	});

	useLatestInput(
		(input, key) => {
			const edited = editLine(line.current, input, key, newlines);
			const changed = edited.line.value !== line.current.value;
			line.current = edited.line;
			setCursor(edited.line.cursor);
			if (changed) onChange(edited.line.value);
			if (edited.submit) onSubmit?.(edited.line.value);
		},
		{isActive: focus},
	);

	// Without colour (NO_COLOR) or for a screen reader there is no cursor to draw.
	const plain = !theme.colorEnabled || screenReader;
	const shown = mask ? theme.mask.repeat([...value].length) : value;
	const example = placeholder === undefined ? undefined : ui.textField.example(placeholder);
	const at = Math.min(mask ? [...value.slice(0, cursor)].length : cursor, shown.length);
	let field;
	if (value === '' && example !== undefined) {
		field =
			focus && !plain ? (
				<Text>
					<Text inverse>{example.slice(0, 1)}</Text>
					<Text {...theme.muted}>{example.slice(1)}</Text>
				</Text>
			) : (
				<Text {...theme.muted}>{example}</Text>
			);
	} else if (focus && !plain) {
		const characters = [...shown.slice(at)];
		field = (
			<Text>
				{shown.slice(0, at)}
				<Text inverse>{characters[0] ?? ' '}</Text>
				{characters.slice(1).join('')}
			</Text>
		);
	} else {
		field = <Text>{shown}</Text>;
	}

	return (
		<Box flexDirection="column">
			<Box columnGap={1}>
				<Box flexShrink={0}>
					<Text {...theme.heading}>{`${label}:`}</Text>
				</Box>
				{screenReader && mask ? <Text>{ui.textField.hidden([...value].length)}</Text> : field}
			</Box>
			{error === undefined ? null : (
				<Box marginLeft={2}>
					<Text {...theme.status.fail.tone}>{`${screenReader ? '' : `${theme.status.fail.symbol} `}${ui.textField.invalid} ${error}`}</Text>
				</Box>
			)}
		</Box>
	);
}
