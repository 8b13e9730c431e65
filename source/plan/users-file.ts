/**
 * Users from a file: a CSV with a header naming the identity column, or one identity per line.
 *
 * - Encoding: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (Windows PowerShell 5.1's
 *   `Out-File` default), UTF-16 without BOM when the NUL bytes give it away, and Windows-1252
 *   when the bytes are not UTF-8 (Excel's "CSV" on Western Windows).
 * - Lines: CRLF, LF or CR; blank lines and lines starting with `#` are skipped (PowerShell 5.1's
 *   `Export-Csv` writes a `#TYPE` line first).
 * - CSV: recognised when the first line has a column named `UserPrincipalName`, `SipAddress`,
 *   `Identity` or `User` (case-insensitive; this order decides when several are present).
 *   The delimiter is `,`, `;` (Excel in Italian and other locales) or a tab, whichever makes the
 *   header name such a column. Each physical line is one record, parsed by csv-parse: a quoted
 *   field cannot span lines (no identity contains a line break), and that keeps line numbers exact.
 * - One per line: any other first line. Each line is one identity verbatim, commas included
 *   (`Smith, Tony` is a display name), except that a line wrapped in double quotes is unquoted.
 *
 * Values are trimmed and validated; duplicates (case-insensitive) are dropped and counted; every
 * bad line is reported with its number and the file goes on being read.
 */
import {parse} from 'csv-parse/sync';
import {validateIdentity, type ValidationProblem} from './validate.js';

export const identityColumns = ['UserPrincipalName', 'SipAddress', 'Identity', 'User'] as const;

export type UsersFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type UsersFileProblem =
	| {kind: 'invalid'; problem: ValidationProblem}
	| {kind: 'empty-cell'; column: string}
	| {kind: 'missing-cell'; column: string}
	| {kind: 'extra-fields'; fields: number; expected: number}
	| {kind: 'unterminated-quote'}
	| {kind: 'misplaced-quote'}
	/** Any other CSV syntax error, with the parser's own (English) message. */
	| {kind: 'csv-syntax'; message: string};

export type UsersFileLineProblem = {line: number; problem: UsersFileProblem};

export type UsersFile = {
	format: 'csv' | 'lines';
	/** CSV: the identity column's header as written in the file. */
	column?: string;
	/** CSV: the field delimiter found in the header. */
	delimiter?: ',' | ';' | '\t';
	encoding: UsersFileEncoding;
	/** Valid, trimmed, without duplicates, in file order. */
	users: string[];
	/** How many values were dropped as repeats of an earlier one. */
	duplicates: number;
	problems: UsersFileLineProblem[];
};

export function decodeUsersFile(content: Uint8Array): {text: string; encoding: UsersFileEncoding} {
	const [b0, b1, b2] = content;
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return {text: decode('utf-8', content.subarray(3)), encoding: 'utf-8'};
	if (b0 === 0xff && b1 === 0xfe) return {text: decode('utf-16le', content.subarray(2)), encoding: 'utf-16le'};
	if (b0 === 0xfe && b1 === 0xff) return {text: decode('utf-16be', content.subarray(2)), encoding: 'utf-16be'};
	const utf16 = guessUtf16WithoutBom(content);
	if (utf16) return {text: decode(utf16, content), encoding: utf16};
	try {
		return {text: new TextDecoder('utf-8', {fatal: true}).decode(content), encoding: 'utf-8'};
	} catch {
		return {text: decodeWindows1252(content), encoding: 'windows-1252'};
	}
}

// 0x80-0x9F of Windows-1252 (undefined bytes stay as their C1 code points and fail validation).
// Node 20's TextDecoder('windows-1252') decodes these as ISO-8859-1 C1 controls instead.
const windows1252High = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
		.toString('latin1')
		.replace(/[\u0080-\u009f]/g, character => String.fromCharCode(windows1252High[character.charCodeAt(0) - 0x80]!));
}

/**
 * UTF-16 is read code unit by code unit, so that an unpaired surrogate stays what it is and
 * validation refuses it by name (TextDecoder would turn it into U+FFFD silently, and the plan
 * would grant a name that is not the file's: found by the real-parser test, issue 9).
 */
function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
	if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
	const units = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
	if (encoding === 'utf-16be') units.swap16();
	return units.toString('utf16le');
}

/** Text in UTF-16 has a NUL in every other byte when it is mostly Latin script. */
function guessUtf16WithoutBom(content: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	if (content.length < 4 || content.length % 2 !== 0) return undefined;
	const sample = Math.min(content.length, 4096);
	let evenZeros = 0;
	let oddZeros = 0;
	for (let index = 0; index < sample; index++) {
		if (content[index] === 0) {
			if (index % 2 === 0) evenZeros++;
			else oddZeros++;
		}
	}

	const pairs = sample / 2;
	if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
	if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
	return undefined;
}

type Header = {index: number; column: string; fields: number; delimiter: ',' | ';' | '\t'};

const delimiters = [',', ';', '\t'] as const;

function findHeader(line: string): Header | undefined {
	for (const delimiter of delimiters) {
		const cells = parseRecord(line, delimiter);
		if (!Array.isArray(cells)) continue;
		const names = cells.map(cell => cell.trim().toLowerCase());
		for (const wanted of identityColumns) {
			const index = names.indexOf(wanted.toLowerCase());
			if (index >= 0) return {index, column: cells[index]!.trim(), fields: cells.length, delimiter};
		}
	}

	return undefined;
}

/** One physical line as one CSV record: its fields, or the problem that stopped the parser. */
function parseRecord(line: string, delimiter: string): string[] | UsersFileProblem {
	try {
		const records = parse(line, {delimiter, relax_column_count: true, trim: true}) as string[][];
		return records[0] ?? [];
	} catch (error) {
		return csvProblem(error);
	}
}

function csvProblem(error: unknown): UsersFileProblem {
	const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
	if (code === 'CSV_QUOTE_NOT_CLOSED') return {kind: 'unterminated-quote'};
	if (code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'INVALID_OPENING_QUOTE' || code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
		return {kind: 'misplaced-quote'};
	}

	return {kind: 'csv-syntax', message: error instanceof Error ? error.message : String(error)};
}

export function parseUsersFile(content: Uint8Array): UsersFile {
	const {text, encoding} = decodeUsersFile(content);
	const lines = text.split(/\r\n|\n|\r/);
	const users: string[] = [];
	const seen = new Set<string>();
	const problems: UsersFileLineProblem[] = [];
	let duplicates = 0;
	let header: Header | undefined;
	let headerChecked = false;

	const accept = (line: number, raw: string) => {
		const validation = validateIdentity(raw);
		if (!validation.ok) {
			problems.push({line, problem: {kind: 'invalid', problem: validation.problem}});
			return;
		}

		const key = validation.value.toLowerCase();
		if (seen.has(key)) {
			duplicates++;
			return;
		}

		seen.add(key);
		users.push(validation.value);
	};

	for (let index = 0; index < lines.length; index++) {
		const lineNumber = index + 1;
		const line = lines[index]!;
		const trimmed = line.trim();
		if (trimmed === '' || trimmed.startsWith('#')) continue;

		if (!headerChecked) {
			headerChecked = true;
			header = findHeader(trimmed);
			if (header) continue;
		}

		if (!header) {
			accept(lineNumber, unwrapQuotedLine(trimmed));
			continue;
		}

		// csv-parse works on UTF-8 bytes, where an unpaired surrogate becomes U+FFFD: refuse the
		// line here, as validation refuses the same value typed.
		const lone = loneSurrogate.exec(line);
		if (lone) {
			problems.push({line: lineNumber, problem: {kind: 'invalid', problem: {kind: 'lone-surrogate', position: lone.index + 1}}});
			continue;
		}

		const cells = parseRecord(line, header.delimiter);
		if (!Array.isArray(cells)) {
			problems.push({line: lineNumber, problem: cells});
			continue;
		}

		if (cells.length > header.fields) {
			problems.push({line: lineNumber, problem: {kind: 'extra-fields', fields: cells.length, expected: header.fields}});
			continue;
		}

		const cell = cells[header.index];
		if (cell === undefined) {
			problems.push({line: lineNumber, problem: {kind: 'missing-cell', column: header.column}});
			continue;
		}

		if (cell.trim() === '') {
			problems.push({line: lineNumber, problem: {kind: 'empty-cell', column: header.column}});
			continue;
		}

		accept(lineNumber, cell);
	}

	return {
		format: header ? 'csv' : 'lines',
		...(header ? {column: header.column, delimiter: header.delimiter} : {}),
		encoding,
		users,
		duplicates,
		problems,
	};
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `"Smith, Tony"` on a line of its own is the name without the quotes. */
function unwrapQuotedLine(line: string): string {
	if (loneSurrogate.test(line)) return line;
	if (line.length < 2 || !line.startsWith('"') || !line.endsWith('"')) return line;
	const cells = parseRecord(line, ',');
	return Array.isArray(cells) && cells.length === 1 ? cells[0]! : line;
}
