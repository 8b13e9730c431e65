/**
 * Hostile strings for the quoting tests: pieces PowerShell could treat as syntax (the five
 * single quotes, the live double quotes, `$(...)`, backticks, statement separators, comment
 * marks, the dashes that start a parameter, line breaks, bidi controls), mixed with any code
 * point and with broken surrogates. Shared by test/plan/quote.test.ts (judged by the TypeScript
 * oracle) and test/powershell/real-parser-quoting.test.ts (judged by PowerShell's own parser).
 */
import fc from 'fast-check';

export const hostilePieces = [
	"'", '\u2018', '\u2019', '\u201A', '\u201B', "''", '\u2019\u2019', "'\u2019", '"', '\u201C', '\u201D', '\u201E',
	'$(Remove-CsUser x)', '$null', '${x}', '`', '`n', '`\'', ';', '|', '&', '&&', '||', '>', '<#', '#>', '#', '@(', '{', '}',
	'-', '\u2013', '\u2014', '\u2015', '\u2013PolicyName', ' -PolicyName ', '\0', '\n', '\r\n', '\u0085', '\u2028', '\u200F',
	'\u202E', '\u{1F600}', '\uD83D', '\uDE00', ' ', '\t', '\u00A0', 'Remove-CsUser y', 'O', 'x',
];

/** One piece: a hostile piece, any single code point, or a lone surrogate. */
export const hostileUnit = fc.oneof(
	{weight: 3, arbitrary: fc.constantFrom(...hostilePieces)},
	{weight: 2, arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 1})},
	{weight: 1, arbitrary: fc.integer({min: 0xd800, max: 0xdfff}).map(code => String.fromCharCode(code))},
);

export const hostile = fc.string({unit: hostileUnit, maxLength: 40});

/** The seed of the real-PowerShell run: the same 10,000 strings every time. */
export const hostileSeed = 20_250_301;

/** `count` hostile strings, always the same ones for the same seed. */
export function hostileStrings(count: number, seed: number = hostileSeed): string[] {
	return fc.sample(hostile, {numRuns: count, seed});
}
