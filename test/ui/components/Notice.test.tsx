import {afterEach, describe, expect, it} from 'vitest';
import Notice from '../../../source/ui/components/Notice.js';
import {ansiEscape, cleanupUi, forceColor, renderUi} from './render-ui.js';

afterEach(cleanupUi);

const holders = ['tony@contoso.com (Sales)', 'ann@contoso.com (Sales)', 'bob@contoso.com (Legal)'];

describe('Notice', () => {
	it('says a warning in words, with its title', () => {
		const {lastFrame} = renderUi(<Notice title="Global does not reach users with a per-user policy" />);
		expect(lastFrame().trim()).toBe('⚠ WARN: Global does not reach users with a per-user policy');
	});

	it('says information in words', () => {
		const {lastFrame} = renderUi(<Notice tone="info" title="Only the latest Click-to-Run client shows offline messages" />);
		expect(lastFrame()).toContain('ℹ INFO: Only the latest');
	});

	it('lists its details beneath, indented', () => {
		const {lastFrame} = renderUi(<Notice title="Global does not reach these users" details={holders} />);
		expect(lastFrame().split('\n').slice(1)).toEqual(holders.map(holder => `  ${holder}`));
	});

	it('shows the first details and counts the rest', () => {
		const many = Array.from({length: 1200}, (_, index) => `user${index}@contoso.com`);
		const {lastFrame} = renderUi(<Notice title="Global does not reach these users" details={many} maxDetails={2} />);
		expect(lastFrame().split('\n').slice(1)).toEqual(['  user0@contoso.com', '  user1@contoso.com', '  … and 1,198 more']);
	});

	it('speaks Italian', () => {
		const {lastFrame} = renderUi(<Notice title="Il criterio Global non raggiunge questi utenti" details={holders} maxDetails={1} />, {language: 'it'});
		expect(lastFrame()).toContain('⚠ AVVISO: Il criterio Global');
		expect(lastFrame()).toContain('… e altri 2');
	});

	it('writes no ANSI escapes with NO_COLOR', () => {
		const restore = forceColor();
		try {
			expect(renderUi(<Notice title="Careful" />).lastFrame()).toContain(ansiEscape);
			expect(renderUi(<Notice title="Careful" />, {color: false}).lastFrame()).not.toContain(ansiEscape);
		} finally {
			restore();
		}
	});

	it('drops the symbol in screen-reader mode, keeping the word', () => {
		const {lastFrame} = renderUi(<Notice title="Careful" />, {screenReader: true});
		expect(lastFrame().trim()).toBe('WARN: Careful');
	});
});
