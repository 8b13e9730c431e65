import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {grantCommand, readUserCommand, removePolicyCommand} from '../../source/plan/commands.js';
import {powershellBoolean, quotePowerShellLiteral as quote} from '../../source/plan/quote.js';
import {hostile, hostileUnit as unit} from '../support/hostile-strings.js';
import {parseSimpleCommand, singleQuotedValues, tokenizeCommandLine} from '../support/powershell-literal-oracle.js';

const grantLine = (identity: string) => `Grant-CsClientPolicy -Identity ${quote(identity)} -PolicyName 'P'`;

describe('quotePowerShellLiteral', () => {
	it('wraps a plain value in single quotes', () => {
		expect(quote('Tony Smith')).toBe("'Tony Smith'");
		expect(quote('')).toBe("''");
	});

	it('doubles each of the five single-quote characters as itself', () => {
		expect(quote("O'Brien")).toBe("'O''Brien'");
		expect(quote('x\u2019; Remove-CsUser y')).toBe("'x\u2019\u2019; Remove-CsUser y'");
		expect(quote('a\u2018b')).toBe("'a\u2018\u2018b'");
		expect(quote('\u201B')).toBe("'\u201B\u201B'");
		expect(quote('\u201A')).toBe("'\u201A\u201A'");
	});

	it('leaves double quotes, $, backticks and dashes alone: they are literal inside single quotes', () => {
		expect(quote('"$(x)" `n \u2013Force')).toBe("'\"$(x)\" `n \u2013Force'");
	});

	it.each([
		["O'Brien"],
		['x\u2019; Remove-CsUser y'],
		['a\u2018b'],
		['\u201B'],
		['\u201A'],
		["'"],
		["''''"],
		['\u2018\u2019\u201A\u201B\''],
		["'\u2019'\u2019"],
		["x'; Remove-CsUser y; '"],
	])('keeps %j one literal argument', identity => {
		expect(parseSimpleCommand(grantLine(identity))).toEqual({
			command: 'Grant-CsClientPolicy',
			arguments: [
				['Identity', identity],
				['PolicyName', 'P'],
			],
		});
	});

	it('round-trips hostile strings through the oracle: exactly [s, "P"] and nothing else runs', () => {
		fc.assert(
			fc.property(hostile, identity => {
				expect(parseSimpleCommand(grantLine(identity))).toEqual({
					command: 'Grant-CsClientPolicy',
					arguments: [
						['Identity', identity],
						['PolicyName', 'P'],
					],
				});
			}),
			{numRuns: 10_000},
		);
	});

	it('round-trips very long hostile strings', () => {
		fc.assert(
			fc.property(fc.string({unit, minLength: 2_000, maxLength: 6_000}), identity => {
				expect(singleQuotedValues(grantLine(identity))).toEqual([identity, 'P']);
			}),
			{numRuns: 200},
		);
	});

	it('keeps strings made only of quote characters intact', () => {
		fc.assert(
			fc.property(fc.string({unit: fc.constantFrom("'", '\u2018', '\u2019', '\u201A', '\u201B'), maxLength: 30}), quotes => {
				expect(singleQuotedValues(grantLine(quotes))).toEqual([quotes, 'P']);
			}),
			{numRuns: 1_000},
		);
	});

	it('makes every command built from outside values parse to exactly those values', () => {
		fc.assert(
			fc.property(hostile, hostile, (identity, policy) => {
				expect(parseSimpleCommand(grantCommand(identity, policy))?.arguments).toEqual([
					['Identity', identity],
					['PolicyName', policy],
				]);
				const remove = tokenizeCommandLine(removePolicyCommand(policy));
				expect(remove).toEqual([
					{kind: 'bareword', text: 'Remove-CsClientPolicy'},
					{kind: 'parameter', name: 'Identity'},
					{kind: 'string', value: policy},
				]);
				// The read pipeline after the identity is constant: only the literal may differ.
				const reference = tokenizeCommandLine(readUserCommand('X'));
				const read = tokenizeCommandLine(readUserCommand(identity));
				expect(read).toEqual(reference.map((token, index) => (index === 2 ? {kind: 'string', value: identity} : token)));
			}),
			{numRuns: 2_000},
		);
	});
});

describe('the oracle', () => {
	it('follows ScanStringLiteral: a pair of any two quote characters is one quote, the second one', () => {
		expect(singleQuotedValues("'a''b'")).toEqual(["a'b"]);
		expect(singleQuotedValues("'a\u2019\u2019b'")).toEqual(['a\u2019b']);
		expect(singleQuotedValues("'a'\u2019b'")).toEqual(['a\u2019b']);
		expect(singleQuotedValues("'a\u2018'b'")).toEqual(["a'b"]);
		expect(singleQuotedValues("\u2018typographic\u2019")).toEqual(['typographic']);
	});

	it('ends a string at a lone typographic quote, as PowerShell does', () => {
		expect(tokenizeCommandLine("'x\u2019; Remove-CsUser y'")).toEqual([
			{kind: 'string', value: 'x'},
			{kind: 'other', text: ';'},
			{kind: 'bareword', text: 'Remove-CsUser'},
			{kind: 'bareword', text: 'y'},
			{kind: 'other', text: "'"},
		]);
	});

	it('catches a quoting function that only doubles the ASCII quote', () => {
		const naive = (value: string) => `'${value.replaceAll("'", "''")}'`;
		const line = `Grant-CsClientPolicy -Identity ${naive('x\u2019; Remove-CsUser y')} -PolicyName 'P'`;
		expect(parseSimpleCommand(line)).toBeUndefined();
		expect(tokenizeCommandLine(line)).toContainEqual({kind: 'bareword', text: 'Remove-CsUser'});
	});

	it('treats the typographic dashes as parameter dashes', () => {
		expect(tokenizeCommandLine('Get-CsUser \u2013Identity \u2014Force \u2015X')).toEqual([
			{kind: 'bareword', text: 'Get-CsUser'},
			{kind: 'parameter', name: 'Identity'},
			{kind: 'parameter', name: 'Force'},
			{kind: 'parameter', name: 'X'},
		]);
	});

	it('reports an unterminated string as something other than a string', () => {
		expect(parseSimpleCommand("Grant-CsClientPolicy -Identity 'abc")).toBeUndefined();
	});
});

describe('powershellBoolean', () => {
	it('writes $true, $false and $null', () => {
		expect(powershellBoolean(true)).toBe('$true');
		expect(powershellBoolean(false)).toBe('$false');
		expect(powershellBoolean(null)).toBe('$null');
	});
});
