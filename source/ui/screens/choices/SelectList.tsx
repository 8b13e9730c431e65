import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import SelectInput from 'ink-select-input';
import {useMemo} from 'react';
import useMessages from '../../hooks/use-messages.js';
import useTheme from '../../hooks/use-theme.js';

export type SelectItem<V extends string> = {
	readonly label: string;
	readonly value: V;
};

export type Props<V extends string> = {
	readonly items: ReadonlyArray<SelectItem<V>>;
	/** The item highlighted first, e.g. the answer given before. */
	readonly initial?: V;
	readonly onSelect: (value: V) => void;
	/** At most this many items at once; the list scrolls past them. */
	readonly limit?: number;
	readonly isFocused?: boolean;
};

/**
 * ink-select-input in the wizard's theme: the highlighted item is marked by a pointer and bold
 * text, and in screen-reader mode by the word "selected" instead of a symbol.
 */
export default function SelectList<V extends string>({items, initial, onSelect, limit, isFocused = true}: Props<V>) {
	const initialIndex = Math.max(
		0,
		items.findIndex(item => item.value === initial),
	);
	const mutableItems = useMemo(() => items.map(item => ({key: item.value, label: item.label, value: item.value})), [items]);
	return (
		<SelectInput
			items={mutableItems}
			initialIndex={initialIndex}
			isFocused={isFocused}
			{...(limit === undefined ? {} : {limit})}
			onSelect={item => {
				onSelect(item.value);
			}}
			indicatorComponent={Indicator}
			itemComponent={Item}
		/>
	);
}

function Indicator({isSelected = false}: {readonly isSelected?: boolean}) {
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	if (screenReader) return null;
	return (
		<Box marginRight={1}>
			<Text {...theme.heading}>{isSelected ? (theme.unicode ? '❯' : '>') : ' '}</Text>
		</Box>
	);
}

function Item({isSelected = false, label}: {readonly isSelected?: boolean; readonly label: string}) {
	const theme = useTheme();
	const {choices} = useMessages();
	const screenReader = useIsScreenReaderEnabled();
	return <Text {...(isSelected ? theme.heading : {})}>{screenReader && isSelected ? `${label}, ${choices.selected}` : label}</Text>;
}
