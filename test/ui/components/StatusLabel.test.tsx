import {Box, Text} from 'ink';
import {afterEach, describe, expect, it} from 'vitest';
import StatusLabel from '../../../source/ui/components/StatusLabel.js';
import {statuses} from '../../../source/ui/theme.js';
import {cleanupUi, renderUi} from './render-ui.js';

afterEach(cleanupUi);

/** Where the text after the label starts. */
function column(status: (typeof statuses)[number], language: 'en' | 'it') {
	const frame = renderUi(
		<Box>
			<StatusLabel status={status} />
			<Text>|after</Text>
		</Box>,
		{language},
	).lastFrame();
	return frame.indexOf('|after');
}

describe('StatusLabel', () => {
	it('puts what follows in one column whatever the status, so nothing moves when a status changes', () => {
		for (const language of ['en', 'it'] as const) {
			const columns = new Set(statuses.map(status => column(status, language)));
			expect(columns.size, language).toBe(1);
		}
	});

	it('is the word alone for a screen reader', () => {
		const {lastFrame} = renderUi(<StatusLabel status="fail" />, {screenReader: true, language: 'it'});
		expect(lastFrame().trim()).toBe('ERRORE:');
	});
});
