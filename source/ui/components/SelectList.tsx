import {Box, Text, useInput, useIsScreenReaderEnabled} from 'ink';
import SelectInput from 'ink-select-input';
import {useMemo, useRef, useState} from 'react';
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
 * Up/Down (or k/j) move (a long list scrolls, wrapping around), Enter or an item's number picks.
 *
 * The keys are handled here, not by ink-select-input, which computes the next index from the
 * state of its last render: Ink hands every key of one chunk (key repeat, a fast typist, a paste,
 * `tmux send-keys Down Down`) to the same handler before React re-renders, so two Downs moved the
 * highlight once and Down + Enter picked the item highlighted BEFORE Down. Here the highlight
 * lives in a ref that each key updates at once; ink-select-input draws the list from it (it is
 * mounted again at the new index, unfocused, so it never reads keys itself).
 */
export default function SelectList<Value extends string>({items, initial, onSelect, onHighlight, limit, focus = true}: Props<Value>) {
	const {ui} = useMessages();
	const theme = useTheme();
	const entries = useMemo(() => items.map(item => ({key: item.value, label: item.label, value: item.value})), [items]);
	const initialIndex = Math.max(
		0,
		items.findIndex(item => item.value === initial),
	);
	const highlight = useRef(initialIndex);
	const [shown, setShown] = useState(initialIndex);
	// Other answers in the same place (the next question): start again on `initial`, as
	// ink-select-input does when its items change.
	const signature = useMemo(() => items.map(item => item.value).join('\u0000'), [items]);
	const [seen, setSeen] = useState(signature);
	if (seen !== signature) {
		setSeen(signature);
		highlight.current = initialIndex;
		setShown(initialIndex);
	}

	const size = limit === undefined ? items.length : Math.min(limit, items.length);
	// ink-select-input's window for an initial index: the first `size` items, or those ending at it.
	const windowStart = (index: number) => Math.max(0, index - (size - 1));

	useInput(
		(input, key) => {
			const count = items.length;
			if (count === 0) return;
			if (key.upArrow || key.downArrow || input === 'k' || input === 'j') {
				const step = key.upArrow || input === 'k' ? -1 : 1;
				highlight.current = (highlight.current + step + count) % count;
				setShown(highlight.current);
				onHighlight?.(items[highlight.current]!.value);
			} else if (key.return) {
				onSelect(items[highlight.current]!.value);
			} else if (/^[1-9]$/.test(input)) {
				// As ink-select-input: the number of an item in the window shown.
				const target = windowStart(highlight.current) + Number(input) - 1;
				if (target < windowStart(highlight.current) + size && items[target]) onSelect(items[target].value);
			}
		},
		{isActive: focus},
	);

	return (
		<Box flexDirection="column">
			<SelectInput
				key={`${signature}\u0000${shown}`}
				items={entries}
				initialIndex={shown}
				isFocused={false}
				{...(limit === undefined ? {} : {limit})}
				indicatorComponent={Indicator}
				itemComponent={Item}
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
