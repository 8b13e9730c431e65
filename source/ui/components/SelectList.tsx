import {Box, Text, useInput, useIsScreenReaderEnabled} from 'ink';
import SelectInput from 'ink-select-input';
import {useMemo, useRef} from 'react';
import useMessages from '../hooks/use-messages.js';
import useTheme from '../hooks/use-theme.js';
import Paragraph from './Paragraph.js';

/** One answer to pick: what it means to the program, and what the administrator reads. */
export type SelectItem<Value extends string> = {
	readonly value: Value;
	readonly label: string;
};

export type Props<Value extends string> = {
	readonly items: ReadonlyArray<SelectItem<Value>>;
	/** Highlighted at first (the answer given before); the first item when absent or unknown. */
	readonly initial?: Value;
	/** Enter (or the item's number) picked it. */
	readonly onSelect: (value: Value) => void;
	/** Up/Down moved the highlight to it. */
	readonly onHighlight?: (value: Value) => void;
	/** At most this many items at once; the list scrolls past them, and one more line says so. */
	readonly limit?: number;
	/** Whether keys go to this list. */
	readonly focus?: boolean;
};

/**
 * A list to pick one answer from (ink-select-input) in the wizard's theme: a pointer and bold
 * text on the highlighted answer; in screen-reader mode the word "selected" after it instead.
 * Up/Down move (a long list scrolls, wrapping around), Enter or an item's number picks.
 *
 * ink-select-input reads its highlighted index from the last render, so Down and Enter arriving
 * together (fast typing, a paste, tmux send-keys) would select the item that was highlighted
 * BEFORE Down: "Off" typed quickly could become "On". So the choice is settled once the keys of
 * the burst are handled: a number key picks its item, Enter picks the last item the highlight
 * moved to, which is what the screen shows.
 */
export default function SelectList<Value extends string>({items, initial, onSelect, onHighlight, limit, focus = true}: Props<Value>) {
	const {ui} = useMessages();
	const theme = useTheme();
	const entries = useMemo(() => items.map(item => ({key: item.value, label: item.label, value: item.value})), [items]);
	const initialIndex = Math.max(
		0,
		items.findIndex(item => item.value === initial),
	);
	const highlighted = useRef<Value | undefined>(items[initialIndex]?.value);
	const lastKeyWasNumber = useRef(false);
	const pending = useRef<{candidate: Value} | undefined>(undefined);
	useInput(
		input => {
			lastKeyWasNumber.current = /^[1-9]$/.test(input);
		},
		{isActive: focus},
	);

	const settle = (candidate: Value) => {
		if (pending.current) {
			pending.current.candidate = candidate;
			return;
		}

		pending.current = {candidate};
		setImmediate(() => {
			const chosen = pending.current!.candidate;
			pending.current = undefined;
			const current = highlighted.current;
			onSelect(lastKeyWasNumber.current || current === undefined || !items.some(item => item.value === current) ? chosen : current);
		});
	};

	const size = limit === undefined ? items.length : Math.min(limit, items.length);
	return (
		<Box flexDirection="column">
			<SelectInput
				items={entries}
				initialIndex={initialIndex}
				isFocused={focus}
				{...(limit === undefined ? {} : {limit})}
				indicatorComponent={Indicator}
				itemComponent={Item}
				onHighlight={item => {
					highlighted.current = item.value;
					onHighlight?.(item.value);
				}}
				onSelect={item => {
					settle(item.value);
				}}
			/>
			{items.length > size ? (
				<Box marginLeft={2}>
					<Text {...theme.muted}>{`${theme.ellipsis} ${ui.selectList.more(items.length - size)}`}</Text>
				</Box>
			) : null}
		</Box>
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
	const theme = useTheme();
	const {ui} = useMessages();
	const screenReader = useIsScreenReaderEnabled();
	if (screenReader) return <Text>{isSelected ? `${label}, ${ui.selectList.selected}` : label}</Text>;
	return <Paragraph tone={isSelected ? theme.heading : {}}>{label}</Paragraph>;
}
