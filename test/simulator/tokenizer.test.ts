import {describe, expect, it} from 'vitest';
import type {ExpressionAst, PipelineAst, StatementAst} from '../../source/simulator/language/ast.js';
import {ParseError, parseScript} from '../../source/simulator/language/parser.js';
import {createSession} from '../support/simulator.js';

const singleQuotes = ["'", '\u2018', '\u2019', '\u201A', '\u201B'];
const doubleQuotes = ['"', '\u201C', '\u201D', '\u201E'];
const dashes = ['-', '\u2013', '\u2014', '\u2015'];

function statements(source: string): StatementAst[] {
	return parseScript(source).statements;
}

/** The value of a one-statement script made of a single constant expression. */
function constantOf(source: string): unknown {
	const [statement] = statements(source);
	const pipeline = statement as PipelineAst;
	const element = pipeline.elements[0];
	if (element?.kind !== 'expression' || element.expression.kind !== 'constant') throw new Error(`not a constant: ${source}`);
	return element.expression.value;
}

function commandOf(source: string): {name: string; elements: Array<{kind: string; name?: string; value?: ExpressionAst}>} {
	const [statement] = statements(source);
	const element = (statement as PipelineAst).elements[0];
	if (element?.kind !== 'command' || element.name.kind !== 'constant') throw new Error(`not a command: ${source}`);
	return {name: String(element.name.value), elements: element.elements as Array<{kind: string; name?: string; value?: ExpressionAst}>};
}

describe('single-quoted strings (PowerShell tokenizer.cs ScanStringLiteral)', () => {
	it.each(singleQuotes.flatMap(open => singleQuotes.map(close => [open, close] as const)))(
		'a string opened with U+%s ends at any single quote, here U+%s',
		(open, close) => {
			expect(constantOf(`${open}abc${close}`)).toBe('abc');
		},
	);

	it.each(singleQuotes.flatMap(first => singleQuotes.map(second => [first, second] as const)))(
		'two quote characters in a row (%s%s) stand for the second one',
		(first, second) => {
			expect(constantOf(`'a${first}${second}b'`)).toBe(`a${second}b`);
		},
	);

	it('does not expand variables, subexpressions or backticks', () => {
		expect(constantOf("'$x $(1+1) `n'")).toBe('$x $(1+1) `n');
	});

	it('ends at a typographic quote, so the rest of the line runs as PowerShell', () => {
		const parsed = statements("Grant-CsClientPolicy -Identity 'x\u2019; Remove-CsUser y #' -PolicyName 'P'");
		expect(parsed).toHaveLength(2);
		const removal = commandOf("Remove-CsUser y #' -PolicyName 'P'");
		expect(removal.name).toBe('Remove-CsUser');
		expect(removal.elements).toHaveLength(1);
	});

	it('keeps a doubled typographic quote inside the string', () => {
		const parsed = statements("Grant-CsClientPolicy -Identity 'x\u2019\u2019; Remove-CsUser y #' -PolicyName 'P'");
		expect(parsed).toHaveLength(1);
		const grant = commandOf("Grant-CsClientPolicy -Identity 'x\u2019\u2019; Remove-CsUser y #' -PolicyName 'P'");
		const identity = grant.elements[1]?.value;
		expect(identity?.kind === 'constant' && identity.value).toBe('x\u2019; Remove-CsUser y #');
	});

	it('reports a missing terminator as incomplete input, with PowerShell\'s message', () => {
		let error: unknown;
		try {
			parseScript("Get-CsUser -Identity 'Tony");
		} catch (caught) {
			error = caught;
		}

		expect(error).toBeInstanceOf(ParseError);
		expect((error as ParseError).message).toBe("The string is missing the terminator: '.");
		expect((error as ParseError).errorId).toBe('TerminatorExpectedAtEndOfString');
		expect((error as ParseError).incomplete).toBe(true);
	});
});

describe('double-quoted strings', () => {
	it.each(doubleQuotes.flatMap(open => doubleQuotes.map(close => [open, close] as const)))('opened with %s and closed with %s', (open, close) => {
		expect(constantOf(`${open}abc${close}`)).toBe('abc');
	});

	it('doubles any double quote character to escape it', () => {
		expect(constantOf('"a""b\u201C\u201Dc"')).toBe('a"b\u201Dc');
	});

	it('expands variables and subexpressions, and backtick escapes', () => {
		const {run} = createSession();
		expect(run('$name = \'Tony\'; "Hi $name, $(1 + 2)`t!"').stdout).toBe('Hi Tony, 3\t!\n');
		expect(run('"`$name is literal"').stdout).toBe('$name is literal\n');
	});

	it('runs a subexpression smuggled in a typographic double-quoted string', () => {
		const {run} = createSession();
		expect(run('\u201C$(\'injected\')\u201D').stdout).toBe('injected\n');
	});

	it('does not treat member access as part of an expanded variable', () => {
		const {run} = createSession();
		expect(run('$a = \'x\'; "$a.Length"').stdout).toBe('x.Length\n');
	});
});

describe('dashes and bare words', () => {
	it.each(dashes)('U+%s introduces a parameter name', dash => {
		const command = commandOf(`Get-CsUser ${dash}Identity 'Tony Smith'`);
		expect(command.elements[0]).toMatchObject({kind: 'parameter', name: 'Identity'});
	});

	it.each(dashes)('U+%s works as an operator dash', dash => {
		const {run} = createSession();
		expect(run(`1 ${dash}eq 1`).stdout).toBe('True\n');
	});

	it('a lone dash is an argument, as in the article\'s "- PolicyName" typo', () => {
		const command = commandOf('Grant-CsClientPolicy -Identity "Tony Smith" - PolicyName OfflineIM');
		expect(command.elements.map(element => element.kind)).toEqual(['parameter', 'argument', 'argument', 'argument', 'argument']);
	});

	it('joins quoted pieces of a bare word, as ScanGenericToken does', () => {
		const {run} = createSession();
		expect(run("Write-Output ab'c d'e").stdout).toBe('abc de\n');
	});

	it('reads sip: addresses, UPNs and DOMAIN\\user as bare words', () => {
		const command = commandOf('Get-CsUser sip:tony@contoso.com');
		expect(command.elements[0]?.value).toMatchObject({kind: 'constant', value: 'sip:tony@contoso.com'});
		const domain = commandOf('Get-CsUser CONTOSO\\tony');
		expect(domain.elements[0]?.value).toMatchObject({kind: 'constant', value: 'CONTOSO\\tony'});
	});

	it('splits statements on ; and newlines, and comments end at the line end', () => {
		expect(statements("'a'; 'b'\n'c' # 'd'; 'e'")).toHaveLength(3);
	});

	it('reads comma lists in command arguments as one array', () => {
		const command = commandOf('Get-Module -ListAvailable -Name SkypeForBusiness, Lync, MicrosoftTeams');
		expect(command.elements[2]?.value).toMatchObject({kind: 'array'});
	});
});
