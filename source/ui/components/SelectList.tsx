import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {useLayoutEffect, useRef, useState} from 'react';
import useLatestInput from '../hooks/use-latest-input.js';
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
	/**
	 * At most this many items at once; the list scrolls past them, with one more line that says
	 * how many are out of view above and below.
	 */
	readonly limit?: number;
	/** Whether keys go to this list. */
	readonly focus?: boolean;
};

type Position = {readonly index: number; readonly first: number};

/** The first item shown so that `index` is in a window of `size` items, moving it as little as possible. */
function windowFor(index: number, first: number, size: number, total: number): number {
	const top = index < first ? index : index >= first + size ? index - size + 1 : first;
	return Math.min(Math.max(0, top), Math.max(0, total - size));
}

/**
 * A list to pick one answer from, in the wizard's theme: a pointer and bold text on the
 * highlighted answer; in screen-reader mode the word "selected" after it instead. Up/Down (or
 * k/j) move, wrapping around at the ends; PgUp/PgDn, Home and End move further in a long list;
 * Enter or an item's number (as shown, 1 to 9) picks.
 *
 * Each key moves the latest highlight, not the one of the last render, so Down and Enter
 * arriving together (fast typing, a paste, tmux send-keys) pick what the screen then shows.
 */
export default function SelectList<Value extends string>({items, initial, onSelect, onHighlight, limit, focus = true}: Props<Value>) {
	const {ui} = useMessages();
	const theme = useTheme();
	const size = limit === undefined ? items.length : Math.max(1, Math.min(limit, items.length));
	const [position, setPosition] = useState<Position>(() => {
		const index = Math.max(
			0,
			items.findIndex(item => item.value === initial),
		);
		return {index, first: windowFor(index, index, size, items.length)};
	});
	const latest = useRef(position);
	// Fewer items than before: the highlight stays on the list.
	const index = Math.min(position.index, Math.max(0, items.length - 1));
	const first = windowFor(index, position.first, size, items.length);
	useLayoutEffect(() => {
		latest.current = {index, first};
	});

	const moveTo = (next: number) => {
		if (items.length === 0) return;
		const wrapped = ((next % items.length) + items.length) % items.length;
		const moved = {index: wrapped, first: windowFor(wrapped, latest.current.first, size, items.length)};
		latest.current = moved;
		setPosition(moved);
		onHighlight?.(items[wrapped]!.value);
	};

	useLatestInput(
		(input, key) => {
			const current = latest.current.index;
			if (key.upArrow || input === 'k') {
				moveTo(current - 1);
			} else if (key.downArrow || input === 'j') {
				moveTo(current + 1);
			} else if (key.pageUp) {
				moveTo(Math.max(0, current - size));
			} else if (key.pageDown) {
				moveTo(Math.min(items.length - 1, current + size));
			} else if (key.home) {
				moveTo(0);
			} else if (key.end) {
				moveTo(items.length - 1);
			} else if (key.return) {
				const item = items[current];
				if (item) onSelect(item.value);
			} else if (/^[1-9]$/.test(input)) {
				const item = items[latest.current.first + Number(input) - 1];
				if (item && Number(input) <= size) onSelect(item.value);
			}
		},
		{isActive: focus},
	);

	const above = first;
	const below = items.length - first - size;
	return (
		<Box flexDirection="column">
			{items.slice(first, first + size).map((item, offset) => (
				<Row key={item.value} label={item.label} selected={first + offset === index} />
			))}
			{above > 0 || below > 0 ? (
				<Box marginLeft={2}>
					<Text {...theme.muted}>{`${theme.ellipsis} ${ui.selectList.more(above, below)}`}</Text>
				</Box>
			) : null}
		</Box>
	);
}

function Row({selected, label}: {readonly selected: boolean; readonly label: string}) {
	const theme = useTheme();
	const {ui} = useMessages();
	const screenReader = useIsScreenReaderEnabled();
	if (screenReader) return <Text>{selected ? `${label}, ${ui.selectList.selected}` : label}</Text>;
	return (
		<Paragraph tone={selected ? theme.heading : {}} lead={<Text {...theme.key}>{selected ? (theme.unicode ? '❯' : '>') : ' '}</Text>}>
			{label}
		</Paragraph>
	);
}
