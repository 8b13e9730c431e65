/**
 * The one way a value from a person, a file or a flag becomes PowerShell text: a single-quoted
 * literal. Validation (validate.ts) runs first; quoting alone already keeps any value inert.
 *
 * PowerShell's tokenizer treats FIVE characters as single quotes, not one: `'` U+0027, `‘` U+2018,
 * `’` U+2019, `‚` U+201A and `‛` U+201B (`IsSingleQuote` in
 * PowerShell/PowerShell src/System.Management.Automation/engine/parser/CharTraits.cs). Any of them
 * ends a single-quoted string, so escaping only `'` would let `x’; Remove-CsUser y` run its second
 * half. Inside the string, two quote characters in a row are one literal quote: the tokenizer
 * (`ScanStringLiteral` in tokenizer.cs) drops the first as the escape and keeps the second.
 * Doubling each quote character as itself therefore keeps the value exactly.
 * Nothing else is special inside single quotes: `$`, backticks, double quotes, `;` and line
 * breaks are all literal there.
 */

const singleQuoteCharacters = /['\u2018\u2019\u201A\u201B]/g;

export function quotePowerShellLiteral(value: string): string {
	return `'${value.replace(singleQuoteCharacters, '$&$&')}'`;
}

/** `$true`, `$false` or `$null` (a policy value that is not set). */
export function powershellBoolean(value: boolean | null): '$true' | '$false' | '$null' {
	if (value === null) return '$null';
	return value ? '$true' : '$false';
}
