import {describe, expect, it} from 'vitest';
import {plainWizardOptions} from '../../source/cli.js';

describe('plainWizardOptions (the wizard started without commander)', () => {
	it.each([
		[[], {}],
		[['--simulate'], {simulate: true}],
		[['--lang', 'it', '--simulate'], {lang: 'it', simulate: true}],
		[['--bypass-execution-policy', '--lang', 'en'], {bypassExecutionPolicy: true, lang: 'en'}],
	])('reads %j itself', (argv, options) => {
		expect(plainWizardOptions(argv)).toEqual(options);
	});

	it.each([
		[['doctor']],
		[['--help']],
		[['-v']],
		[['--lang', 'fr']],
		[['--lang']],
		[['--lang=it']],
		[['--simulate', '--pool', 'pool01.contoso.com']],
		[['--timeout', '5']],
		[['--simulate', 'apply']],
	])('leaves %j to commander', argv => {
		expect(plainWizardOptions(argv)).toBeUndefined();
	});
});
