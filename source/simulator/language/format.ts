import {type ErrorRecord, lineOf, shortTypeName} from './errors.js';
import type {ParseError} from './parser.js';
import {CustomObject, Hashtable, PSObject, type Value, toText, unroll} from './values.js';

/**
 * How PowerShell writes a value and an error to a redirected console. Windows PowerShell 5.1
 * uses the NormalView error format with position and category lines; PowerShell 7 uses the
 * shorter ConciseView (`Cmd: message`).
 */

export function formatError(record: ErrorRecord, core: boolean): string {
	const {message, commandName, activity, position, category, targetName, targetType, exceptionType, errorId} = record.info;
	if (core) return `${commandName ? commandName + ': ' : ''}${message}\n`;
	const lines: string[] = [`${commandName ? commandName + ' : ' : ''}${message}`];
	if (position) {
		const {line, column, text} = lineOf(position);
		const width = Math.max(1, Math.min(position.end, position.start + text.length - column + 1) - position.start);
		lines.push(`At line:${line} char:${column}`, `+ ${text}`, `+ ${' '.repeat(column - 1)}${'~'.repeat(width)}`);
	}

	const target = targetName === undefined ? '(:)' : `(${targetName}:${targetType ?? 'String'})`;
	lines.push(
		`    + CategoryInfo          : ${category}: ${target} [${activity ?? commandName ?? ''}], ${shortTypeName(exceptionType)}`,
		`    + FullyQualifiedErrorId : ${errorId}`,
		' ',
	);
	return lines.join('\n') + '\n';
}

export function formatParseError(error: ParseError, source: string, core: boolean): string {
	const {line, column, text} = lineOf({source, start: Math.min(error.offset, source.length), end: error.offset + 1});
	if (core) return `ParserError: \nLine |\n${String(line).padStart(4)} |  ${text}\n     |  ${' '.repeat(column - 1)}~\n     | ${error.message}\n`;
	return [
		`At line:${line} char:${column}`,
		`+ ${text}`,
		`+ ${' '.repeat(column - 1)}~`,
		error.message,
		'    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException',
		`    + FullyQualifiedErrorId : ${error.errorId}`,
		' ',
	].join('\n') + '\n';
}

/** Out-Default for a statement's output: scalars one per line, objects as tables or lists. */
export function formatOutput(values: readonly Value[]): string {
	const items = values.flatMap(value => unroll(value));
	let text = '';
	let index = 0;
	while (index < items.length) {
		const item = items[index] ?? null;
		if (!(item instanceof PSObject) || item instanceof Hashtable === false && item.displayProperties().length === 0) {
			if (item !== null) text += toText(item) + '\n';
			index++;
			continue;
		}

		if (item instanceof Hashtable) {
			text += formatTable(['Name', 'Value'], [...item.entries.values()].map(entry => [toText(entry.key), toText(entry.value)]));
			index++;
			continue;
		}

		const columns = item.displayProperties();
		const group: PSObject[] = [];
		while (index < items.length) {
			const next = items[index];
			if (!(next instanceof PSObject) || next instanceof Hashtable || next.typeName !== item.typeName) break;
			if (next.displayProperties().join('\u0000') !== columns.join('\u0000')) break;
			group.push(next);
			index++;
		}

		if (columns.length <= 4 || !(item instanceof CustomObject)) {
			text += formatTable(columns, group.map(object => columns.map(column => toText(object.getProperty(column) ?? null))));
		} else {
			text += formatList(columns, group);
		}
	}

	return text;
}

function formatTable(columns: string[], rows: string[][]): string {
	const widths = columns.map((column, i) => Math.max(column.length, ...rows.map(row => (row[i] ?? '').length)));
	const line = (cells: string[]): string =>
		cells
			.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
			.join(' ')
			.trimEnd();
	return ['', line(columns), line(columns.map(column => '-'.repeat(column.length))), ...rows.map(line), '', ''].join('\n');
}

function formatList(columns: string[], objects: PSObject[]): string {
	const width = Math.max(...columns.map(column => column.length));
	const blocks = objects.map(object => columns.map(column => `${column.padEnd(width)} : ${toText(object.getProperty(column) ?? null)}`).join('\n'));
	return '\n' + blocks.join('\n\n') + '\n\n\n';
}
