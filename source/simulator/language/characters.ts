/**
 * Character classes exactly as PowerShell's tokenizer defines them
 * (PowerShell/PowerShell, src/System.Management.Automation/engine/parser/CharTraits.cs).
 * The typographic quotes and dashes are the point: PowerShell ends a single-quoted string at
 * any of five quote characters, so a value that only doubles U+0027 can still break out.
 */

const singleQuotes = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);
const doubleQuotes = new Set(['"', '\u201C', '\u201D', '\u201E']);
const dashes = new Set(['-', '\u2013', '\u2014', '\u2015']);

export function isSingleQuote(c: string | undefined): boolean {
	return c !== undefined && singleQuotes.has(c);
}

export function isDoubleQuote(c: string | undefined): boolean {
	return c !== undefined && doubleQuotes.has(c);
}

export function isDash(c: string | undefined): boolean {
	return c !== undefined && dashes.has(c);
}

export function isNewline(c: string | undefined): boolean {
	return c === '\n' || c === '\r';
}

/** Newlines are not whitespace for PowerShell: they end statements. */
export function isWhitespace(c: string | undefined): boolean {
	if (c === undefined) return false;
	if (c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\u00A0' || c === '\u0085') return true;
	return c > '\u0100' && /\p{Zs}|\p{Zl}|\p{Zp}/u.test(c);
}

export function isIdentifierStart(c: string | undefined): boolean {
	return c !== undefined && (c === '_' || /\p{L}/u.test(c));
}

export function isIdentifierChar(c: string | undefined): boolean {
	return c !== undefined && (c === '_' || /[\p{L}\p{N}]/u.test(c));
}

export function isDigit(c: string | undefined): boolean {
	return c !== undefined && c >= '0' && c <= '9';
}

/** Characters that end a bare word (generic token) in command mode. */
export function endsGenericToken(c: string | undefined): boolean {
	return (
		c === undefined ||
		isWhitespace(c) ||
		isNewline(c) ||
		c === ';' ||
		c === '|' ||
		c === '&' ||
		c === '(' ||
		c === ')' ||
		c === '{' ||
		c === '}' ||
		c === ','
	);
}

/** The character a backtick escape stands for inside double quotes and bare words. */
export function backtickEscape(c: string): string {
	switch (c) {
		case '0':
			return '\0';
		case 'a':
			return '\x07';
		case 'b':
			return '\b';
		case 'e':
			return '\x1b';
		case 'f':
			return '\f';
		case 'n':
			return '\n';
		case 'r':
			return '\r';
		case 't':
			return '\t';
		case 'v':
			return '\v';
		default:
			return c;
	}
}
