import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import SelectInput from 'ink-select-input';
import {useMemo} from 'react';
import useMessages from '../../hooks/use-messages.js';
import useTheme from '../../hooks/use-theme.js';

/** One answer to pick: what it means to the program, and what the administrator reads. */
export type Choice<Value extends string> = {
	readonly value: Value;
	readonly label: string;
};

export type Props<Value extends string> = {
	readonly choices: ReadonlyArray<Choice<Value>>;
	/** Highlighted at first; the first choice when absent or unknown. */
	readonly initial?: Value;
	/** Enter (or the choice's number) picked it. */
	readonly onSelect: (value: Value) => void;
	/** Up/Down moved the highlight to it. */
	readonly onHighlight?: (value: Value) => void;
	/** Whether keys go to this list. */
	readonly focus?: boolean;
};

/**
 * A list to pick one answer from (ink-select-input) in the wizard's theme: a pointer and bold
 * text on the highlighted answer, and in screen-reader mode the word "selected" after it instead.
 */
export default function ChoiceList<Value extends string>({choices, initial, onSelect, onHighlight, focus = true}: Props<Value>) {
	const items = useMemo(() => choices.map(choice => ({key: choice.value, label: choice.label, value: choice.value})), [choices]);
	const initialIndex = Math.max(
		0,
		choices.findIndex(choice => choice.value === initial),
	);
	return (
		<SelectInput
			items={items}
			initialIndex={initialIndex}
			isFocused={focus}
			indicatorComponent={Indicator}
			itemComponent={Item}
			onSelect={item => {
				onSelect(item.value);
			}}
			onHighlight={item => {
				onHighlight?.(item.value);
			}}
		/>
	);
}

function Indicator({isSelected = false}: {readonly isSelected?: boolean}) {
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	if (screenReader) return null;
	return (
		<Box marginRight={1} flexShrink={0}>
			<Text {...theme.key}>{isSelected ? (theme.unicode ? '❯' : '>') : ' '}</Text>
		</Box>
	);
}

function Item({isSelected = false, label}: {readonly isSelected?: boolean; readonly label: string}) {
	const {welcome} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	if (screenReader) return <Text>{isSelected ? `${label} (${welcome.selected})` : label}</Text>;
	return <Text {...(isSelected ? theme.key : {})}>{label}</Text>;
}
