import {describe, expect, it} from 'vitest';
import {cleanTyped} from '../../../source/ui/components/clean-typed.js';

describe('cleanTyped', () => {
	it('lets a burst of Backspaces erase, as they would one at a time', () => {
		expect(cleanTyped('users.csv\u007F\u007F\u007F')).toBe('users.');
		expect(cleanTyped('ab\b')).toBe('a');
	});

	it('erases whole characters, astral ones included', () => {
		expect(cleanTyped('Zoë😀\u007F')).toBe('Zoë');
	});

	it('drops control characters a paste may carry, and keeps the rest as typed', () => {
		expect(cleanTyped("O'Brien\u0000\u001B\u009B x’; y")).toBe("O'Brien x’; y");
	});
});
