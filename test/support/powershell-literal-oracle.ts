/**
 * A test oracle for PowerShell single-quoted strings, written from PowerShell's own tokenizer and
 * independently of source/plan/quote.ts. It splits one command line into tokens, enough to tell
 * where each single-quoted string begins and ends and what it means; everything it does not
 * model (operators, variables, sub-expressions, double-quoted strings...) becomes an `other`
 * token, so a test that expects only a command, parameters and strings fails when anything else
 * would run.
 *
 * The rules, from PowerShell/PowerShell src/System.Management.Automation/engine/parser/:
 * - CharTraits.cs `IsSingleQuote`: `'` U+0027, U+2018, U+2019, U+201A, U+201B all start and end a
 *   single-quoted string (`IsDoubleQuote`: `"` U+201C U+201D U+201E start an expandable one).
 * - tokenizer.cs `ScanStringLiteral(StringBuilder)`: read characters until a single-quote
 *   character; if the NEXT character is also a single-quote character (any of the five), the
 *   pair stands for one quote and the SECOND character of the pair is appended ("the first is
 *   the escape and append the second quote"); otherwise the string ends. Nothing else is special
 *   inside (no `$`, no backtick, line breaks included). Reaching the end of input first is an
 *   error (TerminatorExpectedAtEndOfString).
 * - CharTraits.cs `IsDash`: `-` and U+2013, U+2014, U+2015 all start a parameter.
 *
 * Note: the tree-sitter-powershell grammar does not treat U+2018-U+201B as quotes, which is why
 * it cannot serve as this oracle.
 */

export type OracleToken =
	/** A command name or an unquoted argument: letters, digits and `-`, starting with a letter. */
	| {kind: 'bareword'; text: string}
	/** `-Name` (with any of the four dash characters). */
	| {kind: 'parameter'; name: string}
	| {kind: 'string'; value: string}
	/** Anything else: one character, or an unterminated string (`text` is the rest of the line). */
	| {kind: 'other'; text: string};

const singleQuotes = new Set(['\u0027', '\u2018', '\u2019', '\u201A', '\u201B']);
const dashes = new Set(['-', '\u2013', '\u2014', '\u2015']);

export function isPowerShellSingleQuote(character: string | undefined): boolean {
	return character !== undefined && singleQuotes.has(character);
}

const isLetter = (character: string | undefined) => character !== undefined && /^[A-Za-z]$/.test(character);
const isWordCharacter = (character: string | undefined) => character !== undefined && /^[A-Za-z0-9-]$/.test(character);

/** Splits a command line into tokens, working on UTF-16 code units as PowerShell's tokenizer does. */
export function tokenizeCommandLine(line: string): OracleToken[] {
	const tokens: OracleToken[] = [];
	let index = 0;
	while (index < line.length) {
		const character = line[index]!;
		if (character === ' ' || character === '\t') {
			index++;
			continue;
		}

		if (isPowerShellSingleQuote(character)) {
			const start = index;
			let value = '';
			index++;
			let closed = false;
			while (index < line.length) {
				const current = line[index]!;
				if (isPowerShellSingleQuote(current)) {
					if (!isPowerShellSingleQuote(line[index + 1])) {
						index++;
						closed = true;
						break;
					}

					value += line[index + 1];
					index += 2;
					continue;
				}

				value += current;
				index++;
			}

			tokens.push(closed ? {kind: 'string', value} : {kind: 'other', text: line.slice(start)});
			continue;
		}

		if (dashes.has(character) && isLetter(line[index + 1])) {
			let end = index + 1;
			while (end < line.length && /^[A-Za-z0-9]$/.test(line[end]!)) end++;
			tokens.push({kind: 'parameter', name: line.slice(index + 1, end)});
			index = end;
			continue;
		}

		if (isLetter(character)) {
			let end = index;
			while (end < line.length && isWordCharacter(line[end])) end++;
			tokens.push({kind: 'bareword', text: line.slice(index, end)});
			index = end;
			continue;
		}

		tokens.push({kind: 'other', text: character});
		index++;
	}

	return tokens;
}

/** The values of the single-quoted strings of a command line, in order. */
export function singleQuotedValues(line: string): string[] {
	return tokenizeCommandLine(line).flatMap(token => (token.kind === 'string' ? [token.value] : []));
}

/**
 * A command made only of a name, parameters and single-quoted arguments, as
 * `{command, arguments: [[parameter, value]...]}`; `undefined` when the line holds anything else
 * (another statement, an operator, an unterminated string, a bare argument).
 */
export function parseSimpleCommand(line: string): {command: string; arguments: Array<[string, string]>} | undefined {
	const tokens = tokenizeCommandLine(line);
	const [first, ...rest] = tokens;
	if (first?.kind !== 'bareword' || rest.length % 2 !== 0) return undefined;
	const parameters: Array<[string, string]> = [];
	for (let index = 0; index < rest.length; index += 2) {
		const name = rest[index]!;
		const value = rest[index + 1]!;
		if (name.kind !== 'parameter' || value.kind !== 'string') return undefined;
		parameters.push([name.name, value.value]);
	}

	return {command: first.text, arguments: parameters};
}
