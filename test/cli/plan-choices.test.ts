import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {choicesFromOptions, shown} from '../../source/commands/choices-from-options.js';
import type {ChoiceOptions, CommonOptions} from '../../source/commands/options.js';
import {InputError} from '../../source/errors.js';

const cwd = mkdtempSync(join(tmpdir(), 'offline-im-choices-'));
const env = {LANG: 'en_US.UTF-8'};
const choose = (options: CommonOptions & ChoiceOptions) => choicesFromOptions(options, {cwd, env});

function refusal(options: CommonOptions & ChoiceOptions): InputError {
	try {
		choose(options);
	} catch (error) {
		if (error instanceof InputError) return error;
		throw error;
	}

	throw new Error('expected an InputError');
}

describe('choicesFromOptions', () => {
	it('defaults to the local Server with the current Windows account', () => {
		expect(choose({state: 'off', scope: 'global'})).toEqual({
			choices: {target: {kind: 'server', signIn: {kind: 'integrated'}}, state: 'off', scope: {kind: 'global'}},
			language: 'en',
			notices: [],
		});
	});

	it('builds a remote pool target with credential sign-in, and an Online one with an admin domain', () => {
		expect(choose({state: 'on', scope: 'global', pool: 'pool01.contoso.com', signInUser: 'CONTOSO\\admin'}).choices.target).toEqual({
			kind: 'server',
			pool: 'pool01.contoso.com',
			signIn: {kind: 'credential', userName: 'CONTOSO\\admin'},
		});
		expect(choose({state: 'on', scope: 'global', target: 'online', adminDomain: 'contoso.onmicrosoft.com'}).choices.target).toEqual({
			kind: 'online',
			adminDomain: 'contoso.onmicrosoft.com',
			signIn: {kind: 'integrated'},
		});
	});

	it('uses remembered defaults when the flags are absent', () => {
		const result = choicesFromOptions(
			{state: 'off', scope: 'users', users: 'a'},
			{cwd, env, defaults: {target: 'server', pool: 'pool02.contoso.com', policy: 'NoOffline'}},
		);
		expect(result.choices.target).toEqual({kind: 'server', pool: 'pool02.contoso.com', signIn: {kind: 'integrated'}});
		expect(result.choices.scope).toMatchObject({policy: 'NoOffline'});
	});

	it('takes a site with or without the site: prefix', () => {
		expect(choose({state: 'off', scope: 'site', site: 'Redmond'}).choices.scope).toEqual({kind: 'site', site: 'Redmond'});
		expect(choose({state: 'off', scope: 'site', site: 'site:Redmond'}).choices.scope).toEqual({kind: 'site', site: 'Redmond'});
	});

	it('splits --users on commas, trims, skips empty entries and drops repeats with a notice', () => {
		const result = choose({state: 'off', scope: 'users', users: " Tony Smith , O'Brien,,tony smith, "});
		expect(result.choices.scope).toEqual({kind: 'users', policy: 'OfflineIM', policyMode: 'auto', users: ['Tony Smith', "O'Brien"]});
		expect(result.notices).toEqual(['--users: 1 repeated user was left out (names are compared ignoring case)']);
	});

	it('merges --users and --users-file', () => {
		writeFileSync(join(cwd, 'more.txt'), 'Ann\nTony Smith\nAnn\n');
		const result = choose({state: 'off', scope: 'users', users: 'Tony Smith', usersFile: 'more.txt'});
		expect(result.choices.scope).toMatchObject({users: ['Tony Smith', 'Ann']});
		expect(result.notices).toEqual(['more.txt: 2 repeated users were left out (names are compared ignoring case)']);
	});

	it.each([
		[{scope: 'global'}, '--state is missing', 'Add --state on or --state off.'],
		[{state: 'off'}, '--scope is missing', undefined],
		[{state: 'off', scope: 'users'}, '--scope users needs --users or --users-file', undefined],
		[{state: 'off', scope: 'global', site: 'x'}, '--site is only for --scope site', 'Remove --site, or use --scope site.'],
		[{state: 'off', scope: 'site', users: 'a'}, '--users is only for --scope users', undefined],
		[{state: 'off', scope: 'global', policy: 'P'}, '--policy is only for --scope users', undefined],
		[{state: 'off', scope: 'site'}, '--scope site needs --site NAME', undefined],
		[{state: 'off', scope: 'site', site: 'R', target: 'online'}, '--scope site is only for --target server: Skype for Business Online has no site policies', undefined],
		[{state: 'off', scope: 'global', target: 'online', pool: 'p.contoso.com'}, '--pool is only for --target server', undefined],
		[{state: 'off', scope: 'global', adminDomain: 'contoso.onmicrosoft.com'}, '--admin-domain is only for --target online', undefined],
		[{state: 'off', scope: 'global', signInUser: 'bob'}, '--sign-in-user needs a remote session: add --pool FQDN, or use --target online', undefined],
		[{state: 'off', scope: 'users', users: 'a', policy: 'Glo bal'}, '--policy "Glo bal": a policy name may contain only letters, digits, - and _ (found a space (U+0020))', undefined],
		[{state: 'off', scope: 'users', users: 'a', policy: 'global'}, '--policy "global": Global is the organization-wide policy', undefined],
		[{state: 'off', scope: 'site', site: 'Red*'}, '--site "Red*": a site name may contain only letters', undefined],
		[{state: 'off', scope: 'global', pool: 'https://pool01.contoso.com/OcsPowershell'}, '--pool "https://pool01.contoso.com/OcsPowershell": give only the host name', undefined],
		[{state: 'off', scope: 'users', users: 'a,b\u0007c'}, '--users: entry 2 "b\\u{7}c": it contains a control character (U+0007) at position 2', undefined],
		[{state: 'off', scope: 'users', users: ' , '}, '--users lists no user', undefined],
		[{state: 'off', scope: 'users', usersFile: 'missing.csv'}, '--users-file missing.csv: the file does not exist', undefined],
	] as Array<[CommonOptions & ChoiceOptions, string, string | undefined]>)('refuses %j naming the flag', (options, message, hint) => {
		const error = refusal(options);
		expect(error.message.startsWith(message)).toBe(true);
		expect(error.exitCode).toBe(2);
		if (hint) expect(error.hint).toBe(hint);
	});

	it('lists every bad line of a users file by number and keeps nothing', () => {
		writeFileSync(join(cwd, 'bad.csv'), 'UserPrincipalName,Name\na@c.com,A\n,Empty\n"open,X\n');
		const error = refusal({state: 'off', scope: 'users', usersFile: 'bad.csv'});
		expect(error.message).toBe(
			[
				'--users-file bad.csv: 2 lines cannot be used',
				'--users-file bad.csv: line 3: the UserPrincipalName column is empty',
				'--users-file bad.csv: line 4: a quoted value is not closed (a " is missing)',
			].join('\n'),
		);
		expect(error.hint).toContain('Nothing was written.');
	});

	it('refuses a folder, and a file that names no user', () => {
		mkdirSync(join(cwd, 'folder'), {recursive: true});
		expect(refusal({state: 'off', scope: 'users', usersFile: 'folder'}).message).toBe('--users-file folder: this is a folder, not a file');
		writeFileSync(join(cwd, 'empty.csv'), '\uFEFFUserPrincipalName\r\n# nobody\r\n');
		expect(refusal({state: 'off', scope: 'users', usersFile: 'empty.csv'}).message).toBe('--users-file empty.csv: the file names no user');
	});

	it('refuses more than 100,000 users', () => {
		writeFileSync(join(cwd, 'many.txt'), Array.from({length: 100_001}, (_, index) => `u${index}`).join('\n'));
		expect(refusal({state: 'off', scope: 'users', usersFile: 'many.txt'}).message).toBe(
			'too many users: 100001 users are more than one plan can hold (100000): split the list',
		);
	});

	it('speaks Italian with --lang it', () => {
		const error = (() => {
			try {
				choicesFromOptions({state: 'off', scope: 'site', lang: 'it'}, {cwd, env});
			} catch (caught) {
				return caught as InputError;
			}

			throw new Error('expected an InputError');
		})();
		expect(error.message).toBe('--scope site richiede --site NOME');
	});
});

describe('shown', () => {
	it('quotes a value and escapes what a terminal would hide or reorder', () => {
		expect(shown('Glo bal')).toBe('"Glo bal"');
		expect(shown('a\nb\u202Ec\u200Fd\uD800')).toBe('"a\\u{A}b\\u{202E}c\\u{200F}d\\u{D800}"');
		expect(shown("O'Brien \u{1F600}")).toBe('"O\'Brien \u{1F600}"');
	});
});
