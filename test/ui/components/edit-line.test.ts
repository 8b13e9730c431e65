import {describe, expect, it} from 'vitest';
import {editLine, type Line} from '../../../source/ui/components/edit-line.js';

const at = (value: string, cursor = value.length): Line => ({value, cursor});

describe('editLine', () => {
	it('lets a burst of Backspaces erase, as they would one at a time', () => {
		expect(editLine(at('users.csv'), '\u007F\u007F\u007F', {}).line.value).toBe('users.');
		expect(editLine(at('ab'), '\b', {}).line.value).toBe('a');
	});

	it('erases whole characters, astral ones included', () => {
		expect(editLine(at('Zoë😀'), '\u007F', {}).line).toEqual(at('Zoë'));
		expect(editLine(at('Zoë😀'), '', {delete: true}).line).toEqual(at('Zoë'));
	});

	it('drops control characters a paste may carry, and keeps the rest as typed', () => {
		expect(editLine(at(''), "O'Brien\u0000\u001B\u009B x’; y", {}).line.value).toBe("O'Brien x’; y");
	});

	it('takes Enter, alone or at the end of a burst, as a submission of the latest text', () => {
		expect(editLine(at('abc'), '\r', {return: true})).toEqual({line: at('abc'), submit: true});
		expect(editLine(at('ab'), 'c\r', {})).toEqual({line: at('abc'), submit: true});
		expect(editLine(at(''), '\n', {})).toEqual({line: at(''), submit: true});
	});

	it('joins the lines of a paste in a one-line field', () => {
		expect(editLine(at(''), 'a\nb', {})).toEqual({line: at('ab'), submit: false});
	});

	it('separates the lines of a pasted column, once, without a separator first or twice', () => {
		expect(editLine(at(''), 'a\r\n\r\nb\r\n', {}, 'separator')).toEqual({line: at('a; b'), submit: true});
		expect(editLine(at('x;'), '\na', {}, 'separator').line.value).toBe('x;a');
		expect(editLine(at(''), '\na\n\nb', {}, 'separator').line.value).toBe('a; b');
		expect(editLine(at('x '), '\ny', {}, 'separator').line.value).toBe('x; y');
	});

	it('moves the cursor and inserts there', () => {
		const moved = editLine(at('pool.contoso.com'), '', {leftArrow: true}).line;
		expect(moved.cursor).toBe(15);
		expect(editLine(at('pool.contoso.com', 4), '01', {}).line).toEqual(at('pool01.contoso.com', 6));
		expect(editLine(at('abc', 1), '', {home: true}).line.cursor).toBe(0);
		expect(editLine(at('abc', 1), '', {end: true}).line.cursor).toBe(3);
		expect(editLine(at('a😀', 3), '', {leftArrow: true}).line.cursor).toBe(1);
		expect(editLine(at('a😀', 1), '', {rightArrow: true}).line.cursor).toBe(3);
	});

	it('leaves the line alone on keys that belong to the screen', () => {
		for (const key of [{escape: true}, {tab: true}, {upArrow: true}, {downArrow: true}, {ctrl: true}, {pageUp: true}]) {
			expect(editLine(at('abc'), 'c', key)).toEqual({line: at('abc'), submit: false});
		}
	});
});
