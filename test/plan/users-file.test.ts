import {describe, expect, it} from 'vitest';
import {decodeUsersFile, parseUsersFile} from '../../source/plan/users-file.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const withBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);
const utf16le = (text: string, bom = true) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
	const little = Buffer.from(text, 'utf16le');
	const big = Buffer.alloc(little.length);
	for (let index = 0; index < little.length; index += 2) {
		big[index] = little[index + 1]!;
		big[index + 1] = little[index]!;
	}

	return Buffer.concat([Buffer.from([0xfe, 0xff]), big]);
};

describe('parseUsersFile: one identity per line', () => {
	it('reads one identity per line, trimmed, skipping blank and # lines', () => {
		const file = parseUsersFile(utf8('# sales team\n  Tony Smith  \n\nsip:ann@contoso.com\n   \n  # indented comment\nO\'Brien\n'));
		expect(file).toMatchObject({format: 'lines', encoding: 'utf-8', duplicates: 0, problems: []});
		expect(file.users).toEqual(['Tony Smith', 'sip:ann@contoso.com', "O'Brien"]);
	});

	it('keeps a line with a comma as one identity when there is no recognised header', () => {
		expect(parseUsersFile(utf8('Smith, Tony\nRossi, Mario\n')).users).toEqual(['Smith, Tony', 'Rossi, Mario']);
	});

	it('unwraps a line in double quotes', () => {
		expect(parseUsersFile(utf8('"Smith, Tony"\n"Say ""hi"""\n')).users).toEqual(['Smith, Tony', 'Say "hi"']);
	});

	it('handles CRLF, lone CR and a missing final newline', () => {
		expect(parseUsersFile(utf8('a\r\nb\rc')).users).toEqual(['a', 'b', 'c']);
	});

	it('drops and counts duplicates, ignoring case, keeping the first spelling', () => {
		const file = parseUsersFile(utf8('Tony Smith\ntony smith\nAnn\nTONY SMITH\nann\n'));
		expect(file.users).toEqual(['Tony Smith', 'Ann']);
		expect(file.duplicates).toBe(3);
	});

	it('reports a bad line by its number and keeps reading', () => {
		const file = parseUsersFile(utf8('Tony\nAnn\u0007Bell\n\nMario\n'));
		expect(file.users).toEqual(['Tony', 'Mario']);
		expect(file.problems).toEqual([{line: 2, problem: {kind: 'invalid', problem: {kind: 'control-character', codePoint: 7, position: 4}}}]);
	});
});

describe('parseUsersFile: CSV', () => {
	it('finds the column by its header, case-insensitively, and keeps quoted commas', () => {
		const file = parseUsersFile(utf8('DisplayName,userprincipalname,Department\n"Smith, Tony",tony@contoso.com,Sales\nAnn,ann@contoso.com,"R&D, Lab"\n'));
		expect(file).toMatchObject({format: 'csv', column: 'userprincipalname', delimiter: ',', problems: []});
		expect(file.users).toEqual(['tony@contoso.com', 'ann@contoso.com']);
	});

	it.each([['SipAddress'], ['Identity'], ['USER'], ['UserPrincipalName']])('recognises a %s column', column => {
		expect(parseUsersFile(utf8(`${column}\nx@contoso.com\n`)).users).toEqual(['x@contoso.com']);
	});

	it('prefers UserPrincipalName, then SipAddress, Identity, User', () => {
		expect(parseUsersFile(utf8('User,SipAddress\nu,sip:s@c.com\n')).users).toEqual(['sip:s@c.com']);
		expect(parseUsersFile(utf8('SipAddress,UserPrincipalName\nsip:s@c.com,u@c.com\n')).users).toEqual(['u@c.com']);
	});

	it('reads the semicolon CSV of Excel in Italian and other locales, and tab-separated files', () => {
		expect(parseUsersFile(utf8('Nome;UserPrincipalName\n"Rossi; Mario";mario@contoso.it\n')).users).toEqual(['mario@contoso.it']);
		expect(parseUsersFile(utf8('Name\tSipAddress\nAnn\tsip:ann@contoso.com\n')).users).toEqual(['sip:ann@contoso.com']);
	});

	it('skips the #TYPE line that Windows PowerShell 5.1 Export-Csv writes', () => {
		const file = parseUsersFile(utf8('#TYPE Selected.Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser\n"SipAddress","DisplayName"\n"sip:a@c.com","A"\n'));
		expect(file.users).toEqual(['sip:a@c.com']);
	});

	it('reports each bad line by number: empty cell, missing cell, extra fields, quotes', () => {
		const file = parseUsersFile(
			utf8(['UserPrincipalName,Name', 'a@c.com,A', ',Empty', 'b@c.com,B,extra', '"unterminated,X', 'c"d@c.com,Y', '"f@c.com"g,Z', 'e@c.com,E'].join('\n')),
		);
		expect(file.users).toEqual(['a@c.com', 'e@c.com']);
		expect(file.problems).toEqual([
			{line: 3, problem: {kind: 'empty-cell', column: 'UserPrincipalName'}},
			{line: 4, problem: {kind: 'extra-fields', fields: 3, expected: 2}},
			{line: 5, problem: {kind: 'unterminated-quote'}},
			{line: 6, problem: {kind: 'misplaced-quote'}},
			{line: 7, problem: {kind: 'misplaced-quote'}},
		]);
	});

	it('reports a row that stops before the identity column', () => {
		const file = parseUsersFile(utf8('Name,Identity\nOnly a name\n'));
		expect(file.problems).toEqual([{line: 2, problem: {kind: 'missing-cell', column: 'Identity'}}]);
	});
});

describe('parseUsersFile: encodings', () => {
	const text = 'UserPrincipalName\r\nniccolò@contoso.it\r\nzoë@contoso.com\r\n';
	const expected = ['niccolò@contoso.it', 'zoë@contoso.com'];

	it('reads UTF-8 with a BOM (the BOM does not spoil the header)', () => {
		const file = parseUsersFile(withBom(text));
		expect(file).toMatchObject({encoding: 'utf-8', format: 'csv', users: expected});
	});

	it('reads UTF-16 LE with a BOM (Out-File in Windows PowerShell 5.1)', () => {
		expect(parseUsersFile(utf16le(text))).toMatchObject({encoding: 'utf-16le', format: 'csv', users: expected});
	});

	it('reads UTF-16 BE with a BOM', () => {
		expect(parseUsersFile(utf16be(text))).toMatchObject({encoding: 'utf-16be', format: 'csv', users: expected});
	});

	it('recognises UTF-16 LE without a BOM from its NUL bytes', () => {
		expect(parseUsersFile(utf16le(text, false))).toMatchObject({encoding: 'utf-16le', users: expected});
	});

	it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
		const bytes = Buffer.from([...Buffer.from('Niccol'), 0xf2, 0x0a, ...Buffer.from('Zo'), 0xeb]);
		expect(decodeUsersFile(bytes)).toEqual({text: 'Niccolò\nZoë', encoding: 'windows-1252'});
		expect(parseUsersFile(bytes).users).toEqual(['Niccolò', 'Zoë']);
	});

	it('maps the Windows-1252 punctuation range, so O’Brien typed in Word survives', () => {
		expect(decodeUsersFile(Buffer.from([0x4f, 0x92, 0x42, 0x0a, 0x80, 0x96]))).toEqual({text: 'O\u2019B\n\u20AC\u2013', encoding: 'windows-1252'});
	});

	it('handles a BOM, CRLF, duplicates and one bad line together', () => {
		const file = parseUsersFile(withBom('Identity\r\nTony Smith\r\n\r\ntony smith\r\nAnn\tBell\r\nO\'Brien\r\n# done\r\n'));
		expect(file.users).toEqual(['Tony Smith', "O'Brien"]);
		expect(file.duplicates).toBe(1);
		// The tab is a control character; line 5 counts the blank line 3.
		expect(file.problems).toEqual([{line: 5, problem: {kind: 'invalid', problem: {kind: 'control-character', codePoint: 9, position: 4}}}]);
	});
});

describe('parseUsersFile: size', () => {
	// Its speed is a benchmark's figure (npm run bench, 10,000 users), not a timed unit test.
	it('reads 100,000 lines, every one, in order', () => {
		const lines = Array.from({length: 100_000}, (_, index) => `user${index}@contoso.com`).join('\n');
		const file = parseUsersFile(utf8(`UserPrincipalName\n${lines}\n`));
		expect(file.users).toHaveLength(100_000);
		expect(file.users[0]).toBe('user0@contoso.com');
		expect(file.users.at(-1)).toBe('user99999@contoso.com');
	});
});
