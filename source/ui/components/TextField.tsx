import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import TextInput from 'ink-text-input';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import {cleanTyped} from './clean-typed.js';

export type Props = {
	/** What to type: "Pool FQDN", "Password". */
	readonly label: string;
	readonly value: string;
	readonly onChange: (value: string) => void;
	/** Enter was pressed. */
	readonly onSubmit?: (value: string) => void;
	/** Shown while the field is empty, e.g. "pool01.contoso.com". */
	readonly placeholder?: string;
	/** Why the value is not acceptable, shown beneath the field; nothing when it is fine. */
	readonly error?: string;
	/** A password: every typed character is shown as the theme's mask, never itself. */
	readonly mask?: boolean;
	/** Whether typing goes to this field. */
	readonly focus?: boolean;
};

/** A labelled text input with its validation message; masked for passwords. */
export default function TextField({label, value, onChange, onSubmit, placeholder, error, mask = false, focus = true}: Props) {
	const {ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	// ink-text-input draws its cursor and placeholder with chalk itself, which knows nothing of
	// NO_COLOR: without colour the cursor is left out and the placeholder drawn here.
	const plain = !theme.colorEnabled || screenReader;
	const input = (
		<TextInput
			value={value}
			onChange={next => {
				onChange(cleanTyped(next));
			}}
			onSubmit={onSubmit === undefined ? undefined : submitted => onSubmit(cleanTyped(submitted))}
			focus={focus}
			mask={mask ? theme.mask : undefined}
			placeholder={plain ? undefined : placeholder}
			showCursor={!plain}
		/>
	);
	const showPlaceholder = plain && value === '' && placeholder !== undefined;
	return (
		<Box flexDirection="column">
			<Box columnGap={1}>
				<Text {...theme.heading}>{`${label}:`}</Text>
				{screenReader && mask ? (
					<>
						{/* Still mounted, so that it keeps receiving keys; hidden from the reader. */}
						<Box display="none">{input}</Box>
						<Text>{ui.textField.hidden(value.length)}</Text>
					</>
				) : (
					<Box>
						{input}
						{showPlaceholder ? <Text {...theme.muted}>{placeholder}</Text> : null}
					</Box>
				)}
			</Box>
			{error === undefined ? null : (
				<Box marginLeft={2}>
					<Text {...theme.status.fail.tone}>{`${screenReader ? '' : `${theme.status.fail.symbol} `}${ui.textField.invalid} ${error}`}</Text>
				</Box>
			)}
		</Box>
	);
}
