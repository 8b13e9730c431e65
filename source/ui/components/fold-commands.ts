import type {StepPhase} from '../../plan/plan.js';

/** A command line for the preview: its phase and its exact text. */
export type PreviewCommand = {
	readonly phase: StepPhase;
	readonly command: string;
};

/**
 * The preview as runs of lines: a run of similar commands longer than `2 * keep + 1` shows its
 * first and last `keep` and one fold line between. Built in one pass without copying the
 * commands, so that 10,000 grants cost a handful of segments.
 */
export type Segment =
	| {readonly kind: 'heading'; readonly phase: StepPhase}
	/** Commands `start` to `end - 1`, one line each. */
	| {readonly kind: 'lines'; readonly start: number; readonly end: number}
	| {readonly kind: 'fold'; readonly count: number; readonly cmdlet: string};

export type PreviewRow =
	| {readonly kind: 'heading'; readonly phase: StepPhase}
	| {readonly kind: 'command'; readonly index: number}
	| {readonly kind: 'fold'; readonly count: number; readonly cmdlet: string};

export type FoldedCommands = {
	readonly segments: readonly Segment[];
	/** How many rows the whole preview takes, folded. */
	readonly rows: number;
};

/** Commands are similar when they run the same cmdlet: the first word of the line. */
function cmdletOf(command: string): string {
	const space = command.indexOf(' ');
	return space === -1 ? command : command.slice(0, space);
}

function segmentRows(segment: Segment): number {
	return segment.kind === 'lines' ? segment.end - segment.start : 1;
}

export function foldCommands(commands: readonly PreviewCommand[], keep = 3): FoldedCommands {
	const segments: Segment[] = [];
	let rows = 0;
	const push = (segment: Segment) => {
		const previous = segments.at(-1);
		// Neighbouring line ranges join, so that the windowing walks fewer segments.
		if (segment.kind === 'lines' && previous?.kind === 'lines' && previous.end === segment.start) {
			segments[segments.length - 1] = {kind: 'lines', start: previous.start, end: segment.end};
		} else {
			segments.push(segment);
		}

		rows += segmentRows(segment);
	};

	let index = 0;
	while (index < commands.length) {
		const {phase} = commands[index]!;
		push({kind: 'heading', phase});
		while (index < commands.length && commands[index]!.phase === phase) {
			const cmdlet = cmdletOf(commands[index]!.command);
			let end = index + 1;
			while (end < commands.length && commands[end]!.phase === phase && cmdletOf(commands[end]!.command) === cmdlet) end++;
			const length = end - index;
			if (length > 2 * keep + 1) {
				push({kind: 'lines', start: index, end: index + keep});
				push({kind: 'fold', count: length - 2 * keep, cmdlet});
				push({kind: 'lines', start: end - keep, end});
			} else {
				push({kind: 'lines', start: index, end});
			}

			index = end;
		}
	}

	return {segments, rows};
}

/** The rows `offset` to `offset + count - 1` of a folded preview; walks segments, not commands. */
export function rowsInWindow(folded: FoldedCommands, offset: number, count: number): PreviewRow[] {
	const rows: PreviewRow[] = [];
	const last = Math.min(folded.rows, offset + count);
	let first = 0;
	for (const segment of folded.segments) {
		if (first >= last) break;
		const size = segmentRows(segment);
		if (first + size > offset) {
			if (segment.kind === 'lines') {
				const from = Math.max(offset, first) - first + segment.start;
				const to = Math.min(last, first + size) - first + segment.start;
				for (let index = from; index < to; index++) rows.push({kind: 'command', index});
			} else {
				rows.push(segment);
			}
		}

		first += size;
	}

	return rows;
}
