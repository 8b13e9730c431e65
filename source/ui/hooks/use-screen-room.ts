import {useStdout} from 'ink';
import countWrappedLines from '../components/count-wrapped-lines.js';
import {keyHintLines, type KeyHint} from '../components/KeyHints.js';
import useRehearsal from './use-rehearsal.js';
import useTheme from './use-theme.js';

export type ScreenRoom = {
	/** The terminal's width (80 when unknown). */
	readonly columns: number;
	/** The terminal's height (24 when unknown). */
	readonly rows: number;
	/** How many lines `text` takes at the terminal's width less `indent` columns. */
	readonly lines: (text: string, indent?: number) => number;
	/**
	 * The lines left for a screen's list or pane once the step header, the key hints and `used`
	 * lines are drawn; at least `minimum`.
	 */
	readonly left: (used: number, hints: readonly KeyHint[], minimum?: number) => number;
};

/** The step header's lines: the title, the rehearsal label in a rehearsal, a blank line. */
export function headerLines(rehearsal: boolean): number {
	return 2 + (rehearsal ? 1 : 0);
}

/**
 * The terminal's size and what a screen's fixed parts leave of it, so that a long list gets the
 * rest of the screen and the frame never grows past the last row. Two rows are kept spare: the
 * cursor's line after the frame, and Ink clears the whole screen to redraw a frame as tall as
 * the terminal.
 */
export default function useScreenRoom(): ScreenRoom {
	const {stdout} = useStdout();
	const rehearsal = useRehearsal();
	const theme = useTheme();
	const columns = stdout.columns || 80;
	const rows = stdout.rows || 24;
	return {
		columns,
		rows,
		lines: (text, indent = 0) => countWrappedLines(text, columns - indent),
		left: (used, hints, minimum = 3) =>
			Math.max(minimum, rows - 2 - headerLines(rehearsal) - keyHintLines(hints, columns, theme.separator) - used),
	};
}
