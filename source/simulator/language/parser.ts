import type {
	CommandElementAst,
	Extent,
	ExpressionAst,
	PipelineAst,
	PipelineElementAst,
	Redirection,
	ScriptBlockAst,
	StatementAst,
} from './ast.js';
import {
	backtickEscape,
	endsGenericToken,
	isDash,
	isDigit,
	isDoubleQuote,
	isIdentifierChar,
	isIdentifierStart,
	isNewline,
	isSingleQuote,
	isWhitespace,
} from './characters.js';

/**
 * A parse error with PowerShell's own message and error id. `incomplete` is true when the input
 * ended inside a construct (an open string, brace or pipe): an interactive PowerShell then
 * waits for more lines, as `-Command -` does.
 */
export class ParseError extends Error {
	constructor(
		message: string,
		readonly errorId: string,
		readonly offset: number,
		readonly incomplete: boolean,
	) {
		super(message);
		this.name = 'ParseError';
	}
}

export function parseScript(source: string): ScriptBlockAst {
	const parser = new Parser(source);
	return parser.parseScript();
}

const keywords = new Set(['if', 'foreach', 'for', 'while', 'try', 'throw', 'break', 'continue', 'return', 'exit']);

const logicalOperators = new Set(['and', 'or', 'xor']);
const comparisonOperators = new Set(
	[
		'eq',
		'ne',
		'gt',
		'ge',
		'lt',
		'le',
		'like',
		'notlike',
		'match',
		'notmatch',
		'replace',
		'contains',
		'notcontains',
		'in',
		'notin',
		'split',
		'join',
		'is',
		'isnot',
		'as',
	].flatMap(op => (['is', 'isnot', 'as', 'join'].includes(op) ? [op] : [op, 'i' + op, 'c' + op])),
);
const bitwiseOperators = new Set(['band', 'bor', 'bxor', 'shl', 'shr']);
const unaryDashOperators = new Set(['not', 'bnot', 'split', 'join']);

const numberPattern = /^(?:0x[0-9a-f]+|(?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:e[+-]?\d+)?)(?:kb|mb|gb|tb|pb)?/i;

class Parser {
	private pos = 0;
	/** Inside method arguments a comma separates arguments instead of building an array. */
	private commaDepth: boolean[] = [true];

	constructor(private readonly src: string) {}

	parseScript(): ScriptBlockAst {
		const statements = this.parseStatementList(undefined);
		return {kind: 'scriptblock', statements, source: this.src, text: this.src};
	}

	// ---------------------------------------------------------------- scanning helpers

	private peek(offset = 0): string | undefined {
		return this.src[this.pos + offset];
	}

	private atEnd(): boolean {
		return this.pos >= this.src.length;
	}

	private error(message: string, errorId: string, incomplete = false, offset = this.pos): never {
		throw new ParseError(message, errorId, offset, incomplete);
	}

	private unexpectedToken(): never {
		if (this.atEnd()) this.error('Unexpected end of input.', 'UnexpectedEndOfInput', true);
		let end = this.pos + 1;
		while (end < this.src.length && !isWhitespace(this.src[end]) && !isNewline(this.src[end])) end++;
		this.error(`Unexpected token '${this.src.slice(this.pos, end)}' in expression or statement.`, 'UnexpectedToken');
	}

	/** Skips spaces, comments and line continuations; newlines too when `newlines` is true. */
	private skipTrivia(newlines: boolean): void {
		for (;;) {
			const c = this.peek();
			if (isWhitespace(c)) {
				this.pos++;
			} else if (c === '`' && isNewline(this.peek(1))) {
				this.pos += this.peek(1) === '\r' && this.peek(2) === '\n' ? 3 : 2;
			} else if (c === '<' && this.peek(1) === '#') {
				const end = this.src.indexOf('#>', this.pos + 2);
				if (end < 0) this.error("Missing the closing '#>' in the block comment.", 'MissingEndOfComment', true);
				this.pos = end + 2;
			} else if (c === '#') {
				while (!this.atEnd() && !isNewline(this.peek())) this.pos++;
			} else if (newlines && isNewline(c)) {
				this.pos++;
			} else {
				return;
			}
		}
	}

	private expect(char: string, message: string, errorId: string): void {
		if (this.peek() !== char) this.error(message, errorId, this.atEnd());
		this.pos++;
	}

	private extent(start: number): Extent {
		return {start, end: this.pos};
	}

	/** A keyword at the current position: letters followed by a non-identifier character. */
	private peekWord(): string | undefined {
		let end = this.pos;
		while (end < this.src.length && isIdentifierChar(this.src[end])) end++;
		if (end === this.pos) return undefined;
		const next = this.src[end];
		if (next !== undefined && (isDash(next) || next === '.' || next === '\\' || next === ':')) return undefined;
		return this.src.slice(this.pos, end).toLowerCase();
	}

	private consumeWord(word: string): boolean {
		if (this.peekWord() === word) {
			this.pos += word.length;
			return true;
		}

		return false;
	}

	/** A dash operator (`-eq`, `–and`) at the current position, without consuming it. */
	private peekDashOperator(): string | undefined {
		if (!isDash(this.peek()) || !isIdentifierStart(this.peek(1))) return undefined;
		let end = this.pos + 1;
		while (end < this.src.length && isIdentifierChar(this.src[end])) end++;
		return this.src.slice(this.pos + 1, end).toLowerCase();
	}

	// ---------------------------------------------------------------- statements

	private parseStatementList(terminator: '}' | ')' | undefined): StatementAst[] {
		const statements: StatementAst[] = [];
		for (;;) {
			this.skipTrivia(true);
			while (this.peek() === ';') {
				this.pos++;
				this.skipTrivia(true);
			}

			if (this.atEnd()) {
				if (terminator === '}') this.error("Missing closing '}' in statement block or type definition.", 'MissingEndCurlyBrace', true);
				if (terminator === ')') this.error("Missing closing ')' in subexpression.", 'MissingEndParenthesisInSubexpression', true);
				return statements;
			}

			const c = this.peek();
			if (c === terminator) return statements;
			if (c === '}' || c === ')') this.unexpectedToken();
			statements.push(this.parseStatement());
			this.skipTrivia(false);
			const next = this.peek();
			if (next === ';' || isNewline(next)) {
				this.pos++;
				continue;
			}

			if (this.atEnd() || next === terminator) continue;
			this.unexpectedToken();
		}
	}

	private parseBlock(after: string): StatementAst[] {
		this.skipTrivia(true);
		if (this.peek() !== '{') {
			this.error(`Missing statement block after ${after}.`, 'MissingStatementBlock', this.atEnd());
		}

		this.pos++;
		const statements = this.parseStatementList('}');
		this.pos++;
		return statements;
	}

	private parseStatement(): StatementAst {
		this.skipTrivia(false);
		const start = this.pos;
		const word = this.peekWord();
		if (word && keywords.has(word)) {
			switch (word) {
				case 'if':
					return this.parseIf(start);
				case 'foreach':
					return this.parseForeach(start);
				case 'for':
					return this.parseFor(start);
				case 'while':
					return this.parseWhile(start);
				case 'try':
					return this.parseTry(start);
				case 'break':
				case 'continue':
					this.pos += word.length;
					this.skipTrivia(false);
					if (isIdentifierStart(this.peek())) this.readIdentifier();
					return {kind: word, extent: this.extent(start)};
				case 'throw':
				case 'return':
				case 'exit': {
					this.pos += word.length;
					this.skipTrivia(false);
					const c = this.peek();
					const value = this.atEnd() || c === ';' || c === '}' || c === ')' || isNewline(c) ? undefined : this.parsePipelineOrAssignment();
					return {kind: word, ...(value ? {value} : {}), extent: this.extent(start)};
				}
			}
		}

		return this.parsePipelineOrAssignment();
	}

	private parseCondition(keyword: string): StatementAst {
		this.skipTrivia(true);
		if (this.peek() !== '(') {
			this.error(`Missing '(' after '${keyword}' in ${keyword} statement.`, `MissingOpenParenthesisIn${capitalize(keyword)}Statement`, this.atEnd());
		}

		this.pos++;
		this.skipTrivia(true);
		const condition = this.parsePipelineOrAssignment();
		this.skipTrivia(true);
		this.expect(')', `Missing closing ')' after expression in '${keyword}' statement.`, 'MissingEndParenthesisAfterStatement');
		return condition;
	}

	private parseIf(start: number): StatementAst {
		this.pos += 2;
		const clauses: Array<{condition: StatementAst; body: StatementAst[]}> = [];
		clauses.push({condition: this.parseCondition('if'), body: this.parseBlock("if ( condition )")});
		let elseBody: StatementAst[] | undefined;
		for (;;) {
			const save = this.pos;
			this.skipTrivia(true);
			if (this.consumeWord('elseif')) {
				clauses.push({condition: this.parseCondition('elseif'), body: this.parseBlock("elseif ( condition )")});
				continue;
			}

			if (this.consumeWord('else')) {
				elseBody = this.parseBlock("the 'else' keyword");
				break;
			}

			this.pos = save;
			break;
		}

		return {kind: 'if', clauses, ...(elseBody ? {elseBody} : {}), extent: this.extent(start)};
	}

	private parseForeach(start: number): StatementAst {
		this.pos += 'foreach'.length;
		this.skipTrivia(true);
		this.expect('(', "Missing opening '(' after keyword 'foreach'.", 'MissingOpenParenthesisAfterKeyword');
		this.skipTrivia(true);
		if (this.peek() !== '$') this.error("Missing variable name after foreach.", 'MissingVariableNameAfterForeach', this.atEnd());
		const variable = this.parseVariable();
		if (variable.kind !== 'variable') this.error("Missing variable name after foreach.", 'MissingVariableNameAfterForeach');
		this.skipTrivia(true);
		if (!this.consumeWord('in')) this.error("Missing 'in' after variable in foreach loop.", 'MissingInInForeach', this.atEnd());
		this.skipTrivia(true);
		const collection = this.parsePipelineOrAssignment();
		this.skipTrivia(true);
		this.expect(')', "Missing closing ')' after expression in 'foreach' statement.", 'MissingEndParenthesisAfterForeach');
		const body = this.parseBlock('foreach ( variable in collection )');
		return {kind: 'foreach', variable: variable.name, collection, body, extent: this.extent(start)};
	}

	private parseFor(start: number): StatementAst {
		this.pos += 3;
		this.skipTrivia(true);
		this.expect('(', "Missing opening '(' after keyword 'for'.", 'MissingOpenParenthesisAfterKeyword');
		const part = (end: string): StatementAst | undefined => {
			this.skipTrivia(true);
			if (this.peek() === end) {
				this.pos++;
				return undefined;
			}

			const statement = this.parsePipelineOrAssignment();
			this.skipTrivia(true);
			this.expect(end, `Missing '${end}' in 'for' statement.`, 'MissingEndOfForStatement');
			return statement;
		};

		const init = part(';');
		const condition = part(';');
		const iterator = part(')');
		const body = this.parseBlock("for ( init ; condition ; iterator )");
		return {
			kind: 'for',
			...(init ? {init} : {}),
			...(condition ? {condition} : {}),
			...(iterator ? {iterator} : {}),
			body,
			extent: this.extent(start),
		};
	}

	private parseWhile(start: number): StatementAst {
		this.pos += 5;
		const condition = this.parseCondition('while');
		const body = this.parseBlock('while ( condition )');
		return {kind: 'while', condition, body, extent: this.extent(start)};
	}

	private parseTry(start: number): StatementAst {
		this.pos += 3;
		const body = this.parseBlock("the 'try' keyword");
		const catches: StatementAst[][] = [];
		let finallyBody: StatementAst[] | undefined;
		for (;;) {
			const save = this.pos;
			this.skipTrivia(true);
			if (this.consumeWord('catch')) {
				this.skipTrivia(true);
				// Exception type filters are accepted and ignored: every catch catches everything.
				while (this.peek() === '[') {
					this.parseTypeName();
					this.skipTrivia(true);
					if (this.peek() === ',') {
						this.pos++;
						this.skipTrivia(true);
					}
				}

				catches.push(this.parseBlock("the 'catch' keyword"));
				continue;
			}

			if (this.consumeWord('finally')) {
				finallyBody = this.parseBlock("the 'finally' keyword");
			} else {
				this.pos = save;
			}

			break;
		}

		if (catches.length === 0 && !finallyBody) {
			this.error('The Try statement is missing its Catch or Finally block.', 'MissingCatchOrFinally', this.atEnd());
		}

		return {kind: 'try', body, catches, ...(finallyBody ? {finallyBody} : {}), extent: this.extent(start)};
	}

	private parsePipelineOrAssignment(): StatementAst {
		const start = this.pos;
		const first = this.parsePipelineElement(true);
		this.skipTrivia(false);
		if (first.kind === 'expression' && first.redirections.length === 0) {
			const c = this.peek();
			let operator: '=' | '+=' | '-=' | undefined;
			if (c === '=') operator = '=';
			else if (c === '+' && this.peek(1) === '=') operator = '+=';
			else if (isDash(c) && this.peek(1) === '=') operator = '-=';
			if (operator) {
				if (!isAssignable(first.expression)) {
					this.error('The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', 'InvalidLeftHandSide');
				}

				this.pos += operator.length;
				this.skipTrivia(true);
				if (this.atEnd()) this.error(`You must provide a value expression following the '${operator}' operator.`, 'ExpectedValueExpression', true);
				const value = this.parseStatement();
				return {kind: 'assignment', target: first.expression, operator, value, extent: this.extent(start)};
			}
		}

		const elements: PipelineElementAst[] = [first];
		for (;;) {
			this.skipTrivia(false);
			if (this.peek() === '|' && this.peek(1) !== '|') {
				this.pos++;
				this.skipTrivia(true);
				if (this.atEnd()) this.error('An empty pipe element is not allowed.', 'EmptyPipeElement', true);
				const c = this.peek();
				if (c === ';' || c === '|' || c === ')' || c === '}') this.error('An empty pipe element is not allowed.', 'EmptyPipeElement');
				elements.push(this.parsePipelineElement(false));
				continue;
			}

			break;
		}

		const pipeline: PipelineAst = {kind: 'pipeline', elements, extent: this.extent(start)};
		return pipeline;
	}

	// ---------------------------------------------------------------- pipelines and commands

	private startsExpression(): boolean {
		const c = this.peek();
		if (c === undefined) return false;
		if (c === '$' || c === '(' || c === '@' || c === '[' || c === '{' || c === '!' || c === ',') return true;
		if (isSingleQuote(c) || isDoubleQuote(c)) return true;
		if (c === '+' && (this.peek(1) === '+' || isDigit(this.peek(1)))) return true;
		if (isDigit(c) || (c === '.' && isDigit(this.peek(1)))) {
			const match = numberPattern.exec(this.src.slice(this.pos));
			return match !== null && !isIdentifierChar(this.src[this.pos + match[0].length]);
		}

		if (isDash(c)) {
			const next = this.peek(1);
			if (isDigit(next) || next === '.' || next === '$' || next === '(' || isDash(next)) return true;
			const operator = this.peekDashOperator();
			return operator !== undefined && unaryDashOperators.has(operator);
		}

		return false;
	}

	private parsePipelineElement(first: boolean): PipelineElementAst {
		this.skipTrivia(false);
		const start = this.pos;
		const c = this.peek();
		if (c === '&' && this.peek(1) !== '&') {
			this.pos++;
			this.skipTrivia(false);
			return this.parseCommand(start, '&');
		}

		if (c === '.' && (isWhitespace(this.peek(1)) || this.peek(1) === '{' || this.peek(1) === '(' || this.peek(1) === '$' || isSingleQuote(this.peek(1)) || isDoubleQuote(this.peek(1)))) {
			this.pos++;
			this.skipTrivia(false);
			return this.parseCommand(start, '.');
		}

		if (this.startsExpression()) {
			if (!first) this.error('Expressions are only allowed as the first element of a pipeline.', 'ExpressionsMustBeFirstInPipeline');
			const expression = this.parseExpression();
			const redirections = this.parseRedirections();
			return {kind: 'expression', expression, redirections, extent: this.extent(start)};
		}

		if (this.atEnd() || c === ';' || c === ')' || c === '}' || c === '|' || isNewline(c)) this.unexpectedToken();
		return this.parseCommand(start, 'name');
	}

	private parseCommand(start: number, invocation: 'name' | '&' | '.'): PipelineElementAst {
		const nameStart = this.pos;
		const name = invocation === 'name' ? this.parseGenericToken() : this.parseCommandArgument();
		const nameExtent = this.extent(nameStart);
		const elements: CommandElementAst[] = [];
		const redirections: Redirection[] = [];
		for (;;) {
			this.skipTrivia(false);
			const c = this.peek();
			if (this.atEnd() || c === ';' || c === ')' || c === '}' || c === '|' || isNewline(c) || (c === '&' && this.peek(1) === '&')) break;
			const redirection = this.parseRedirection();
			if (redirection) {
				redirections.push(redirection);
				continue;
			}

			const elementStart = this.pos;
			if (isDash(c) && (isIdentifierStart(this.peek(1)) || this.peek(1) === '?')) {
				this.pos++;
				while (!this.atEnd() && !endsGenericToken(this.peek()) && this.peek() !== ':') this.pos++;
				const text = this.src.slice(elementStart, this.pos);
				const parameterName = text.slice(1);
				if (this.peek() === ':') {
					this.pos++;
					this.skipTrivia(false);
					const argument = this.parseCommandArgumentList();
					elements.push({kind: 'parameter', name: parameterName, text, argument, extent: this.extent(elementStart)});
				} else {
					elements.push({kind: 'parameter', name: parameterName, text, extent: this.extent(elementStart)});
				}

				continue;
			}

			if (isDash(c) && isDash(this.peek(1)) && endsGenericToken(this.peek(2))) {
				this.pos += 2;
				elements.push({kind: 'parameter', name: '--', text: '--', extent: this.extent(elementStart)});
				continue;
			}

			const value = this.parseCommandArgumentList();
			elements.push({kind: 'argument', value, extent: this.extent(elementStart)});
		}

		return {kind: 'command', invocation, name, elements, redirections, extent: this.extent(start), nameExtent};
	}

	private parseRedirections(): Redirection[] {
		const redirections: Redirection[] = [];
		for (;;) {
			this.skipTrivia(false);
			const redirection = this.parseRedirection();
			if (!redirection) return redirections;
			redirections.push(redirection);
		}
	}

	private parseRedirection(): Redirection | undefined {
		const match = /^([*1-6]?)(>>?)(&[12])?/.exec(this.src.slice(this.pos));
		if (!match) return undefined;
		const stream = match[1] || '1';
		if (match[3]) {
			this.pos += match[0].length;
			return stream === '2' && match[3] === '&1' ? 'merge-errors' : 'discard-output';
		}

		const start = this.pos;
		this.pos += match[0].length;
		this.skipTrivia(false);
		if (this.src.slice(this.pos, this.pos + 5).toLowerCase() === '$null' && !isIdentifierChar(this.peek(5))) {
			this.pos += 5;
			return stream === '*' ? 'discard-all' : stream === '2' ? 'discard-errors' : 'discard-output';
		}

		this.error('The simulator redirects output only to $null.', 'RedirectionNotSupported', false, start);
	}

	/** One command argument, or a comma-separated list of them (an array). */
	private parseCommandArgumentList(): ExpressionAst {
		return this.parseCommaList(() => this.parseCommandArgument(), ['Missing argument in parameter list.', 'MissingArgument']);
	}

	/** One element, or a comma-separated list of them (an array); `missing` is the error after a trailing comma. */
	private parseCommaList(element: () => ExpressionAst, missing: [message: string, id: string]): ExpressionAst {
		const start = this.pos;
		const first = element();
		const elements = [first];
		for (;;) {
			const save = this.pos;
			this.skipTrivia(false);
			if (this.peek() !== ',') {
				this.pos = save;
				break;
			}

			this.pos++;
			this.skipTrivia(true);
			if (this.atEnd()) this.error(missing[0], missing[1], true);
			elements.push(element());
		}

		return elements.length === 1 ? first : {kind: 'array', elements, extent: this.extent(start)};
	}

	private parseCommandArgument(): ExpressionAst {
		const c = this.peek();
		if (c === '$' || c === '(' || (c === '@' && (this.peek(1) === '(' || this.peek(1) === '{'))) {
			return this.parsePostfix(this.parsePrimary());
		}

		if (c === '{') return this.parsePrimary();
		if (isSingleQuote(c) || isDoubleQuote(c)) return this.parsePrimary();
		if (isDigit(c) || ((isDash(c) || c === '.') && (isDigit(this.peek(1)) || this.peek(1) === '.'))) {
			const negative = isDash(c);
			const text = this.src.slice(this.pos + (negative ? 1 : 0));
			const match = numberPattern.exec(text);
			if (match && endsGenericToken(text[match[0].length])) {
				const start = this.pos;
				this.pos += match[0].length + (negative ? 1 : 0);
				const value = parseNumber(match[0]);
				return {kind: 'constant', value: negative ? -value : value, extent: this.extent(start)};
			}
		}

		return this.parseGenericToken();
	}

	/** A bare word in command mode; quotes and `$variables` inside it are part of the word. */
	private parseGenericToken(): ExpressionAst {
		const start = this.pos;
		const parts: Array<string | ExpressionAst> = [];
		let literal = '';
		for (;;) {
			const c = this.peek();
			if (endsGenericToken(c)) break;
			if (c === '`') {
				const next = this.peek(1);
				if (next === undefined) {
					literal += '`';
					this.pos++;
					continue;
				}

				if (isNewline(next)) break;
				literal += backtickEscape(next);
				this.pos += 2;
				continue;
			}

			if (isSingleQuote(c)) {
				this.pos++;
				literal += this.scanSingleQuoted();
				continue;
			}

			if (isDoubleQuote(c)) {
				this.pos++;
				const inner = this.scanExpandable();
				for (const part of inner) {
					if (typeof part === 'string') {
						literal += part;
					} else {
						if (literal) parts.push(literal);
						literal = '';
						parts.push(part);
					}
				}

				continue;
			}

			if (c === '$' && this.startsVariable(1)) {
				if (literal) parts.push(literal);
				literal = '';
				parts.push(this.parseVariableOrSubexpression());
				continue;
			}

			literal += c;
			this.pos++;
		}

		if (literal || parts.length === 0) parts.push(literal);
		if (parts.length === 1 && typeof parts[0] === 'string') {
			return {kind: 'constant', value: parts[0], bare: true, extent: this.extent(start)};
		}

		return {kind: 'expandable', parts, extent: this.extent(start)};
	}

	// ---------------------------------------------------------------- expressions

	private parseExpression(): ExpressionAst {
		return this.parseLogical();
	}

	private parseBinaryLevel(next: () => ExpressionAst, matches: (operator: string) => boolean, readOperator: () => string | undefined): ExpressionAst {
		const start = this.pos;
		let left = next();
		for (;;) {
			const save = this.pos;
			this.skipTrivia(false);
			const operator = readOperator();
			if (operator === undefined || !matches(operator)) {
				this.pos = save;
				return left;
			}

			this.pos += operatorLength(this.src, this.pos, operator);
			this.skipTrivia(true);
			if (this.atEnd()) this.error(`You must provide a value expression following the '-${operator}' operator.`, 'ExpectedValueExpression', true);
			const right = next();
			left = {kind: 'binary', operator, left, right, extent: this.extent(start)};
		}
	}

	private parseLogical(): ExpressionAst {
		return this.parseBinaryLevel(
			() => this.parseComparison(),
			operator => logicalOperators.has(operator),
			() => this.peekDashOperator(),
		);
	}

	private parseComparison(): ExpressionAst {
		return this.parseBinaryLevel(
			() => this.parseAdditive(),
			operator => comparisonOperators.has(operator) || bitwiseOperators.has(operator),
			() => this.peekDashOperator(),
		);
	}

	private parseAdditive(): ExpressionAst {
		return this.parseBinaryLevel(
			() => this.parseMultiplicative(),
			operator => operator === '+' || operator === '-',
			() => {
				const c = this.peek();
				if (c === '+' && this.peek(1) !== '=' && this.peek(1) !== '+') return '+';
				if (isDash(c) && this.peek(1) !== '=' && !isIdentifierStart(this.peek(1)) && !isDash(this.peek(1))) return '-';
				return undefined;
			},
		);
	}

	private parseMultiplicative(): ExpressionAst {
		return this.parseBinaryLevel(
			() => this.parseFormat(),
			operator => operator === '*' || operator === '/' || operator === '%',
			() => {
				const c = this.peek();
				return (c === '*' || c === '/' || c === '%') && this.peek(1) !== '=' ? c : undefined;
			},
		);
	}

	private parseFormat(): ExpressionAst {
		return this.parseBinaryLevel(
			() => this.parseRange(),
			operator => operator === 'f',
			() => this.peekDashOperator(),
		);
	}

	private parseRange(): ExpressionAst {
		return this.parseBinaryLevel(
			() => this.parseArrayLiteral(),
			operator => operator === '..',
			() => (this.peek() === '.' && this.peek(1) === '.' ? '..' : undefined),
		);
	}

	private parseArrayLiteral(): ExpressionAst {
		if (!this.commaDepth[this.commaDepth.length - 1]) return this.parseUnary();
		return this.parseCommaList(() => this.parseUnary(), ["Missing expression after ','.", 'MissingExpressionAfterToken']);
	}

	private parseUnary(): ExpressionAst {
		const start = this.pos;
		const c = this.peek();
		if (c === '!') {
			this.pos++;
			this.skipTrivia(false);
			return {kind: 'unary', operator: 'not', operand: this.parseUnary(), extent: this.extent(start)};
		}

		if (c === ',') {
			this.pos++;
			this.skipTrivia(true);
			return {kind: 'unary', operator: ',', operand: this.parseUnary(), extent: this.extent(start)};
		}

		if ((c === '+' && this.peek(1) === '+') || (isDash(c) && isDash(this.peek(1)))) {
			this.pos += 2;
			const operand = this.parseUnary();
			return {kind: 'increment', operator: c === '+' ? '++' : '--', prefix: true, operand, extent: this.extent(start)};
		}

		if (isDash(c)) {
			const operator = this.peekDashOperator();
			if (operator !== undefined) {
				if (!unaryDashOperators.has(operator)) this.unexpectedToken();
				this.pos += operator.length + 1;
				this.skipTrivia(false);
				return {kind: 'unary', operator, operand: this.parseUnary(), extent: this.extent(start)};
			}

			this.pos++;
			this.skipTrivia(false);
			return {kind: 'unary', operator: '-', operand: this.parseUnary(), extent: this.extent(start)};
		}

		if (c === '+') {
			this.pos++;
			this.skipTrivia(false);
			return {kind: 'unary', operator: '+', operand: this.parseUnary(), extent: this.extent(start)};
		}

		if (c === '[') {
			const type = this.parseTypeName();
			const next = this.peek();
			if (next === ':' && this.peek(1) === ':') {
				return this.parsePostfix({kind: 'type', name: type, extent: this.extent(start)});
			}

			if (next === '.' && isIdentifierStart(this.peek(1))) {
				return this.parsePostfix({kind: 'type', name: type, extent: this.extent(start)});
			}

			const save = this.pos;
			this.skipTrivia(false);
			const d = this.peek();
			if (
				d === '$' ||
				d === '(' ||
				d === '@' ||
				d === '[' ||
				d === '!' ||
				isSingleQuote(d) ||
				isDoubleQuote(d) ||
				isDigit(d) ||
				(isDash(d) && (isDigit(this.peek(1)) || this.peek(1) === '$'))
			) {
				const operand = this.parseUnary();
				return {kind: 'convert', type, operand, extent: this.extent(start)};
			}

			this.pos = save;
			return {kind: 'type', name: type, extent: this.extent(start)};
		}

		return this.parsePostfix(this.parsePrimary());
	}

	private parseTypeName(): string {
		const start = this.pos;
		this.pos++;
		let depth = 1;
		while (!this.atEnd() && depth > 0) {
			const c = this.peek();
			if (c === '[') depth++;
			else if (c === ']') depth--;
			else if (isNewline(c)) break;
			this.pos++;
		}

		if (depth > 0) this.error("Missing ']' at end of type token.", 'EndSquareBracketExpectedAtEndOfType', this.atEnd());
		const name = this.src.slice(start + 1, this.pos - 1).trim();
		if (!/^[\p{L}_][\p{L}\p{N}_.`,\[\] ]*$/u.test(name)) {
			this.error(`Unexpected token '${name}' in expression or statement.`, 'UnexpectedToken', false, start);
		}

		return name;
	}

	private parsePostfix(target: ExpressionAst): ExpressionAst {
		const start = target.extent.start;
		let expression = target;
		for (;;) {
			const c = this.peek();
			const isStatic = c === ':' && this.peek(1) === ':';
			if ((c === '.' && this.peek(1) !== '.') || isStatic) {
				const save = this.pos;
				this.pos += isStatic ? 2 : 1;
				const member = this.parseMemberName();
				if (member === undefined) {
					this.pos = save;
					if (isStatic) this.error('Missing property name after reference operator.', 'MissingPropertyName');
					return expression;
				}

				if (this.peek() === '(') {
					this.pos++;
					const args = this.parseMethodArguments();
					expression = {kind: 'invoke', target: expression, member, isStatic, args, extent: this.extent(start)};
				} else {
					expression = {kind: 'member', target: expression, member, isStatic, extent: this.extent(start)};
				}

				continue;
			}

			if (c === '[') {
				this.pos++;
				this.skipTrivia(true);
				if (this.peek() === ']') this.error('Array index expression is missing or not valid.', 'MissingArrayIndexExpression');
				this.commaDepth.push(true);
				const index = this.parseExpression();
				this.commaDepth.pop();
				this.skipTrivia(true);
				this.expect(']', "Missing ']' after array index expression.", 'MissingEndSquareBracket');
				expression = {kind: 'index', target: expression, index, extent: this.extent(start)};
				continue;
			}

			if ((c === '+' && this.peek(1) === '+') || (isDash(c) && isDash(this.peek(1)) && !isIdentifierStart(this.peek(2)))) {
				this.pos += 2;
				expression = {kind: 'increment', operator: c === '+' ? '++' : '--', prefix: false, operand: expression, extent: this.extent(start)};
				continue;
			}

			return expression;
		}
	}

	private parseMemberName(): string | undefined {
		const c = this.peek();
		if (isIdentifierStart(c)) return this.readIdentifier();
		if (isSingleQuote(c)) {
			this.pos++;
			return this.scanSingleQuoted();
		}

		if (isDoubleQuote(c)) {
			this.pos++;
			const parts = this.scanExpandable();
			return parts.every(part => typeof part === 'string') ? parts.join('') : undefined;
		}

		return undefined;
	}

	private parseMethodArguments(): ExpressionAst[] {
		const args: ExpressionAst[] = [];
		this.skipTrivia(true);
		if (this.peek() === ')') {
			this.pos++;
			return args;
		}

		this.commaDepth.push(false);
		for (;;) {
			this.skipTrivia(true);
			args.push(this.parseExpression());
			this.skipTrivia(true);
			const c = this.peek();
			if (c === ',') {
				this.pos++;
				continue;
			}

			if (c === ')') {
				this.pos++;
				break;
			}

			this.commaDepth.pop();
			this.error("Missing closing ')' in method call.", 'MissingEndParenthesisInMethodCall', this.atEnd());
		}

		this.commaDepth.pop();
		return args;
	}

	private readIdentifier(): string {
		const start = this.pos;
		while (isIdentifierChar(this.peek())) this.pos++;
		return this.src.slice(start, this.pos);
	}

	private parsePrimary(): ExpressionAst {
		const start = this.pos;
		const c = this.peek();
		if (c === '$') return this.parseVariableOrSubexpression();
		if (c === '@' && this.peek(1) === '(') {
			this.pos += 2;
			this.commaDepth.push(true);
			const statements = this.parseStatementList(')');
			this.commaDepth.pop();
			this.pos++;
			return {kind: 'arrayExpression', statements, extent: this.extent(start)};
		}

		if (c === '@' && this.peek(1) === '{') {
			this.pos += 2;
			return this.parseHashtable(start);
		}

		if (c === '(') {
			this.pos++;
			this.skipTrivia(true);
			if (this.peek() === ')') this.error('An expression was expected after \'(\'.', 'ExpectedExpression');
			this.commaDepth.push(true);
			const statement = this.parseStatement();
			this.commaDepth.pop();
			this.skipTrivia(true);
			this.expect(')', "Missing closing ')' in expression.", 'MissingEndParenthesisInExpression');
			return {kind: 'paren', statement, extent: this.extent(start)};
		}

		if (c === '{') {
			this.pos++;
			const block = this.parseScriptBlockBody();
			return {kind: 'scriptblock', block, extent: this.extent(start)};
		}

		if (isSingleQuote(c)) {
			this.pos++;
			const value = this.scanSingleQuoted();
			return {kind: 'constant', value, extent: this.extent(start)};
		}

		if (isDoubleQuote(c)) {
			this.pos++;
			const parts = this.scanExpandable();
			if (parts.every(part => typeof part === 'string')) {
				return {kind: 'constant', value: parts.join(''), extent: this.extent(start)};
			}

			return {kind: 'expandable', parts, extent: this.extent(start)};
		}

		if (isDigit(c) || (c === '.' && isDigit(this.peek(1)))) {
			const match = numberPattern.exec(this.src.slice(this.pos));
			if (match) {
				this.pos += match[0].length;
				return {kind: 'constant', value: parseNumber(match[0]), extent: this.extent(start)};
			}
		}

		return this.unexpectedToken();
	}

	private parseScriptBlockBody(): ScriptBlockAst {
		const bodyStart = this.pos;
		this.commaDepth.push(true);
		const statements = this.parseStatementList('}');
		this.commaDepth.pop();
		const text = this.src.slice(bodyStart, this.pos);
		this.pos++;
		return {kind: 'scriptblock', statements, source: this.src, text};
	}

	private parseHashtable(start: number): ExpressionAst {
		const entries: Array<{key: ExpressionAst; value: StatementAst}> = [];
		for (;;) {
			this.skipTrivia(true);
			while (this.peek() === ';') {
				this.pos++;
				this.skipTrivia(true);
			}

			if (this.atEnd()) this.error('The hash literal was incomplete.', 'IncompleteHashLiteral', true);
			if (this.peek() === '}') {
				this.pos++;
				break;
			}

			const keyStart = this.pos;
			let key: ExpressionAst;
			if (isIdentifierStart(this.peek())) {
				let end = this.pos;
				while (end < this.src.length && (isIdentifierChar(this.src[end]) || isDash(this.src[end]))) end++;
				const name = this.src.slice(this.pos, end);
				this.pos = end;
				key = {kind: 'constant', value: name, extent: this.extent(keyStart)};
			} else {
				this.commaDepth.push(false);
				key = this.parseUnary();
				this.commaDepth.pop();
			}

			this.skipTrivia(false);
			if (this.peek() !== '=') this.error("Missing '=' operator after key in hash literal.", 'MissingEqualsInHashLiteral', this.atEnd());
			this.pos++;
			this.skipTrivia(true);
			if (this.atEnd()) this.error("Missing statement after '=' in hash literal.", 'MissingStatementInHashLiteral', true);
			const value = this.parseStatement();
			entries.push({key, value});
			this.skipTrivia(false);
			const c = this.peek();
			if (c === ';' || isNewline(c)) {
				this.pos++;
				continue;
			}

			if (c === '}') continue;
			if (this.atEnd()) this.error('The hash literal was incomplete.', 'IncompleteHashLiteral', true);
			this.error("Missing '=' operator after key in hash literal.", 'MissingEqualsInHashLiteral');
		}

		return {kind: 'hashtable', entries, extent: this.extent(start)};
	}

	/** Whether `$` at `pos + offset - 1` begins a variable or `$(`. */
	private startsVariable(offset: number): boolean {
		const c = this.peek(offset);
		return c === '(' || c === '{' || c === '_' || c === '?' || c === '^' || c === '$' || isIdentifierChar(c);
	}

	private parseVariableOrSubexpression(): ExpressionAst {
		const start = this.pos;
		if (this.peek(1) === '(') {
			this.pos += 2;
			this.commaDepth.push(true);
			const statements = this.parseStatementList(')');
			this.commaDepth.pop();
			this.pos++;
			return {kind: 'subExpression', statements, extent: this.extent(start)};
		}

		return this.parseVariable();
	}

	private parseVariable(): ExpressionAst & {kind: 'variable'} {
		const start = this.pos;
		this.pos++;
		const c = this.peek();
		let name: string;
		if (c === '{') {
			this.pos++;
			let text = '';
			while (!this.atEnd() && this.peek() !== '}') {
				if (this.peek() === '`' && this.peek(1) !== undefined) {
					text += this.peek(1);
					this.pos += 2;
				} else {
					text += this.peek();
					this.pos++;
				}
			}

			if (this.atEnd()) this.error("Missing '}' in variable reference.", 'IncompleteDollarVariableReference', true);
			this.pos++;
			name = text;
		} else if (c === '$' || c === '?' || c === '^') {
			this.pos++;
			name = c;
		} else if (isIdentifierChar(c)) {
			name = this.readIdentifier();
		} else {
			this.error(
				"Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
				'InvalidVariableReference',
			);
		}

		if (this.peek() === ':' && this.peek(1) !== ':' && (isIdentifierChar(this.peek(1)) || this.peek(1) === '{')) {
			const qualifier = name.toLowerCase();
			this.pos++;
			const rest = this.readIdentifier();
			const scope =
				qualifier === 'global' || qualifier === 'script' || qualifier === 'local' || qualifier === 'private' || qualifier === 'env'
					? qualifier
					: undefined;
			if (scope) return {kind: 'variable', name: rest, scope, extent: this.extent(start)};
			name = `${name}:${rest}`;
		}

		return {kind: 'variable', name, extent: this.extent(start)};
	}

	/** The text of a single-quoted string; `pos` is just after the opening quote. */
	private scanSingleQuoted(): string {
		const start = this.pos - 1;
		let value = '';
		for (;;) {
			if (this.atEnd()) this.error("The string is missing the terminator: '.", 'TerminatorExpectedAtEndOfString', true, start);
			const c = this.src[this.pos++] as string;
			if (isSingleQuote(c)) {
				// Two quote characters in a row (any of the five, in any mix) stand for the second one.
				const next = this.peek();
				if (isSingleQuote(next)) {
					value += next;
					this.pos++;
					continue;
				}

				return value;
			}

			value += c;
		}
	}

	/** The parts of a double-quoted string; `pos` is just after the opening quote. */
	private scanExpandable(): Array<string | ExpressionAst> {
		const start = this.pos - 1;
		const parts: Array<string | ExpressionAst> = [];
		let literal = '';
		for (;;) {
			if (this.atEnd()) this.error('The string is missing the terminator: ".', 'TerminatorExpectedAtEndOfString', true, start);
			const c = this.src[this.pos] as string;
			if (isDoubleQuote(c)) {
				this.pos++;
				const next = this.peek();
				if (isDoubleQuote(next)) {
					literal += next;
					this.pos++;
					continue;
				}

				break;
			}

			if (c === '`') {
				const next = this.peek(1);
				if (next === undefined) {
					literal += '`';
					this.pos++;
					continue;
				}

				if (next === 'u' && this.peek(2) === '{') {
					const close = this.src.indexOf('}', this.pos + 3);
					const hex = close > 0 ? this.src.slice(this.pos + 3, close) : '';
					if (/^[0-9a-fA-F]{1,6}$/.test(hex)) {
						literal += String.fromCodePoint(Number.parseInt(hex, 16));
						this.pos = close + 1;
						continue;
					}
				}

				literal += backtickEscape(next);
				this.pos += 2;
				continue;
			}

			if (c === '$' && this.startsVariable(1)) {
				if (literal) parts.push(literal);
				literal = '';
				parts.push(this.parseVariableOrSubexpression());
				continue;
			}

			literal += c;
			this.pos++;
		}

		if (literal || parts.length === 0) parts.push(literal);
		return parts;
	}
}

function isAssignable(expression: ExpressionAst): boolean {
	switch (expression.kind) {
		case 'variable':
		case 'member':
		case 'index':
			return true;
		case 'convert':
			return isAssignable(expression.operand);
		default:
			return false;
	}
}

function operatorLength(source: string, pos: number, operator: string): number {
	if (operator === '+' || operator === '-' || operator === '*' || operator === '/' || operator === '%') return 1;
	if (operator === '..') return 2;
	// Dash operators: the dash (any of the four) plus the name.
	return source[pos] !== undefined && isDash(source[pos]) ? operator.length + 1 : operator.length;
}

function parseNumber(text: string): number {
	const lower = text.toLowerCase();
	const multipliers: Record<string, number> = {kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5};
	const suffix = lower.slice(-2);
	const multiplier = multipliers[suffix];
	const digits = multiplier ? lower.slice(0, -2) : lower;
	const value = digits.startsWith('0x') ? Number.parseInt(digits.slice(2), 16) : Number(digits);
	return multiplier ? value * multiplier : value;
}

function capitalize(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}
