import {describe, expect, it} from 'vitest';
import {createTheme, isColorEnabled, isUnicodeSupported, statuses} from '../../../source/ui/theme.js';

describe('theme', () => {
	it('turns colour off when NO_COLOR has any value', () => {
		expect(isColorEnabled({NO_COLOR: '1'})).toBe(false);
		expect(isColorEnabled({NO_COLOR: 'false'})).toBe(false);
	});

	it('keeps colour when NO_COLOR is absent or empty, as no-color.org says', () => {
		expect(isColorEnabled({})).toBe(true);
		expect(isColorEnabled({NO_COLOR: ''})).toBe(true);
	});

	it('has no style at all without colour', () => {
		const theme = createTheme({env: {NO_COLOR: '1'}, platform: 'linux'});
		const tones = [theme.heading, theme.muted, theme.command, theme.rehearsal, theme.key, theme.bar.tone];
		for (const status of statuses) tones.push(theme.status[status].tone);
		expect(tones.every(tone => Object.keys(tone).length === 0)).toBe(true);
	});

	it('gives every status a distinct symbol', () => {
		for (const platform of ['linux', 'win32'] as const) {
			const theme = createTheme({env: {}, platform});
			expect(new Set(statuses.map(status => theme.status[status].symbol)).size).toBe(statuses.length);
		}
	});

	it('falls back to ASCII in the classic Windows console, not in Windows Terminal', () => {
		expect(isUnicodeSupported({}, 'win32')).toBe(false);
		expect(isUnicodeSupported({WT_SESSION: 'abc'}, 'win32')).toBe(true);
		expect(createTheme({env: {}, platform: 'win32'}).status.pass.symbol).toBe('+');
	});

	it('falls back to ASCII on the Linux console', () => {
		expect(isUnicodeSupported({TERM: 'linux'}, 'linux')).toBe(false);
		expect(isUnicodeSupported({TERM: 'xterm-256color'}, 'linux')).toBe(true);
	});
});
