import {describe, expect, it} from 'vitest';
import {detectLanguage} from '../../source/i18n/language.js';

describe('detectLanguage', () => {
	it('uses --lang when it names a known language', () => {
		expect(detectLanguage('it', {LANG: 'en_US.UTF-8'}, 'en-US')).toBe('it');
	});

	it('ignores an unknown --lang and falls back to the locale', () => {
		expect(detectLanguage('fr', {LANG: 'it_IT.UTF-8'}, 'en-US')).toBe('it');
	});

	it('prefers LC_ALL over LANG', () => {
		expect(detectLanguage(undefined, {LC_ALL: 'en_GB.UTF-8', LANG: 'it_IT.UTF-8'}, 'it-IT')).toBe('en');
	});

	it('falls back to the runtime locale, then English', () => {
		expect(detectLanguage(undefined, {}, 'it-IT')).toBe('it');
		expect(detectLanguage(undefined, {}, 'de-DE')).toBe('en');
	});
});
