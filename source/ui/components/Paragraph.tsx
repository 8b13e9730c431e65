import {Box, Text, Transform} from 'ink';
import type {ReactNode} from 'react';
import type {Tone} from '../theme.js';

export type Props = {
	/** The text; nested `<Text>` for styled words is fine. */
	readonly children: ReactNode;
	/** How the text looks (a theme tone). */
	readonly tone?: Tone;
	/**
	 * Before the first line, e.g. a status symbol, "-" or a label: the lines the text wraps onto
	 * are indented under the text, not under it.
	 */
	readonly lead?: ReactNode;
};

/**
 * Ink wraps with wrap-ansi without trimming, so a line that wraps at a space starts the next one
 * with that space. Only wrapped lines lose it: the first line keeps what it was given.
 */
export function trimWrapped(line: string, index: number): string {
	return index === 0 ? line : line.replace(/^((?:\u001B\[[\d;]*m)*) /, '$1');
}

/** Text that wraps cleanly: no stray space at the start of a line, a hanging indent after a lead. */
export default function Paragraph({children, tone = {}, lead}: Props) {
	const text = (
		<Transform transform={trimWrapped}>
			<Text {...tone}>{children}</Text>
		</Transform>
	);
	if (lead === undefined) return text;
	return (
		<Box>
			<Box flexShrink={0} marginRight={1}>
				{typeof lead === 'string' ? <Text {...tone}>{lead}</Text> : lead}
			</Box>
			{text}
		</Box>
	);
}
