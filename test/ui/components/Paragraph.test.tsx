import {Box, Text} from 'ink';
import {afterEach, describe, expect, it} from 'vitest';
import Paragraph, {trimWrapped} from '../../../source/ui/components/Paragraph.js';
import {cleanupUi, renderUi} from './render-ui.js';

afterEach(cleanupUi);

// 80 characters up to the comma: Ink alone starts the next line with the space after it.
const sentence =
	'It checks your PowerShell setup and connects, shows each command before it runs, then verifies the result and leaves a journal and a rollback script.';

describe('Paragraph', () => {
	it('starts no wrapped line with a space', () => {
		const plain = renderUi(<Text>{sentence}</Text>, {columns: 80}).lastFrame().split('\n');
		expect(plain[1]).toMatch(/^ then/);
		const lines = renderUi(<Paragraph>{sentence}</Paragraph>, {columns: 80}).lastFrame().split('\n');
		expect(lines[1]).toMatch(/^then verifies/);
	});

	it('indents wrapped lines under the text after its lead', () => {
		const lines = renderUi(
			<Box marginLeft={2}>
				<Paragraph lead="-">{sentence}</Paragraph>
			</Box>,
			{columns: 40},
		)
			.lastFrame()
			.split('\n');
		expect(lines[0]).toBe('  - It checks your PowerShell setup and');
		expect(lines.slice(1).every(line => line.startsWith('    ') && line[4] !== ' ')).toBe(true);
	});

	it('keeps the first line as given and styled lines intact', () => {
		expect(trimWrapped(' first', 0)).toBe(' first');
		expect(trimWrapped('\u001B[2m then', 1)).toBe('\u001B[2mthen');
		expect(trimWrapped('  indented', 2)).toBe(' indented');
	});

	it('reads lead and text as one line for a screen reader', () => {
		const {lastFrame} = renderUi(<Paragraph lead="CANNOT RUN:">{sentence}</Paragraph>, {columns: 40, screenReader: true});
		expect(lastFrame().trim()).toBe(`CANNOT RUN: ${sentence}`);
	});
});
