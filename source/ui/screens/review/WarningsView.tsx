import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import type {WarningSeverity} from '../../../plan/warnings.js';
import Notice from '../../components/Notice.js';
import {scrollWindow} from '../../components/scroll-window.js';
import useMessages from '../../hooks/use-messages.js';
import useTheme from '../../hooks/use-theme.js';
import type {Status} from '../../theme.js';
import {wrapWords} from './wrap-words.js';

/** One terminal line of the warnings: the first of a warning carries its label. */
export type WarningLine = {
	readonly severity: WarningSeverity;
	/** "⚠ WARN:" on a warning's first line, absent on the lines that continue it. */
	readonly label?: string;
	readonly text: string;
};

const looks: Record<WarningSeverity, Status> = {blocking: 'fail', caution: 'warn', info: 'info'};

/** Continuation lines are indented by this much, under the label. */
const indent = 2;

/**
 * The warnings laid out as lines at `columns`, so that the view can scroll line by line and
 * fill exactly the lines it has. Done once per plan, language and width, not per key press.
 */
export function layoutWarnings(
	warnings: ReadonlyArray<{readonly severity: WarningSeverity; readonly text: string}>,
	labelOf: (severity: WarningSeverity) => string,
	columns: number,
): WarningLine[] {
	const lines: WarningLine[] = [];
	for (const {severity, text} of warnings) {
		const label = labelOf(severity);
		const [first = '', ...rest] = wrapWords(`${label} ${text}`, columns - 1);
		lines.push({severity, label, text: first.slice(label.length + 1)});
		for (const line of wrapWords(rest.join(' '), columns - 1 - indent)) {
			if (line !== '') lines.push({severity, text: line});
		}
	}

	return lines;
}

export type Props = {
	readonly lines: readonly WarningLine[];
	/** The first line shown, kept within the list. */
	readonly offset: number;
	/** How many terminal lines the view may use, the "more above / below" lines included. */
	readonly height: number;
	/** Screen-reader mode: every warning whole, in order (nothing to scroll for a reader). */
	readonly whole: ReadonlyArray<{readonly severity: WarningSeverity; readonly text: string}>;
};

/** The warnings in view: those that stop the run marked CANNOT RUN, the others WARN or INFO. */
export default function WarningsView({lines, offset, height, whole}: Props) {
	const {review: text, ui} = useMessages();
	const theme = useTheme();
	const screenReader = useIsScreenReaderEnabled();
	if (whole.length === 0) return <Text>{text.noWarnings}</Text>;
	if (screenReader) {
		return (
			<Box flexDirection="column">
				{whole.map(({severity, text: warning}, index) =>
					severity === 'blocking' ? (
						// By position: two warnings may read the same.
						<Text key={index}>{`${text.blocking}: ${warning}`}</Text>
					) : (
						<Notice key={index} tone={severity === 'info' ? 'info' : 'warn'} title={warning} />
					),
				)}
			</Box>
		);
	}

	const window = scrollWindow(lines.length, offset, height);
	return (
		<Box flexDirection="column">
			{window.above > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${ui.commandPreview.above(window.above)}`}</Text> : null}
			{lines.slice(window.first, window.first + window.count).map((line, position) => (
				// By position in the window: lines are not unique, and only the window is rendered.
				<Box key={position} marginLeft={line.label === undefined ? indent : 0}>
					<Text>
						{line.label === undefined ? null : <Text {...theme.status[looks[line.severity]].tone}>{line.label}</Text>}
						{line.label === undefined ? line.text : ` ${line.text}`}
					</Text>
				</Box>
			))}
			{window.below > 0 ? <Text {...theme.muted}>{`${theme.ellipsis} ${ui.commandPreview.below(window.below)}`}</Text> : null}
		</Box>
	);
}
