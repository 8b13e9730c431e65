import {afterEach, describe, expect, it} from 'vitest';
import KeyHints, {keyHintLines} from '../../../source/ui/components/KeyHints.js';
import {ansiEscape, cleanupUi, forceColor, renderUi} from './render-ui.js';

afterEach(cleanupUi);

const hints = [
	{key: 'Enter', action: 'continue'},
	{key: 'Esc', action: 'back'},
	{key: 'r', action: 'run again'},
	{key: 'Ctrl+C', action: 'quit'},
];

describe('KeyHints', () => {
	it('lists the keys in order on one line', () => {
		const {lastFrame} = renderUi(<KeyHints hints={hints} />);
		expect(lastFrame().trim()).toBe('Enter continue · Esc back · r run again · Ctrl+C quit');
	});

	it('separates with ASCII in a terminal without Unicode symbols', () => {
		const {lastFrame} = renderUi(<KeyHints hints={hints.slice(0, 2)} />, {unicode: false});
		expect(lastFrame().trim()).toBe('Enter continue | Esc back');
	});

	it('says "Keys" first in screen-reader mode', () => {
		const {lastFrame} = renderUi(<KeyHints hints={hints.slice(0, 2)} />, {screenReader: true, language: 'it'});
		expect(lastFrame().trim()).toBe('Tasti: Enter continue, Esc back');
	});

	it('wraps between two hints, never between a key and what it does', () => {
		const many = [
			{key: 'r', action: 'run'},
			{key: 's', action: 'save as .ps1'},
			{key: 'q', action: 'quit without running'},
			{key: 'Tab', action: 'warnings / commands / undo'},
			{key: 'Esc', action: 'back'},
		];
		const lines = renderUi(<KeyHints hints={many} />, {columns: 40}).lastFrame().split('\n').slice(1);
		expect(lines).toEqual(['r run · s save as .ps1 ·', 'q quit without running ·', 'Tab warnings / commands / undo ·', 'Esc back']);
		expect(keyHintLines(many, 40, ' · ')).toBe(1 + lines.length);
		expect(keyHintLines(hints, 100, ' · ')).toBe(2);
	});

	it('writes no ANSI escapes with NO_COLOR', () => {
		const restore = forceColor();
		try {
			expect(renderUi(<KeyHints hints={hints} />).lastFrame()).toContain(ansiEscape);
			expect(renderUi(<KeyHints hints={hints} />, {color: false}).lastFrame()).not.toContain(ansiEscape);
		} finally {
			restore();
		}
	});
});
