import type {CommandElementAst, Extent, ExpressionAst, PipelineAst, PipelineElementAst, ScriptBlockAst, StatementAst} from './ast.js';
import {
	type CommandContext,
	type CommandDefinition,
	type CommandError,
	type ParameterSpec,
	commonParameters,
	shouldProcessParameters,
} from './commands.js';
import {ErrorRecord, type ErrorRecordInit, RuntimeError, lineOf} from './errors.js';
import {formatError, formatOutput, formatParseError} from './format.js';
import {ParseError, parseScript} from './parser.js';
import {Scope} from './scope.js';
import {
	CustomObject,
	EnumValue,
	Hashtable,
	PSObject,
	ScriptBlockValue,
	TypeInfoValue,
	type Value,
	VersionValue,
	isEnumerable,
	primitiveMethod,
	primitiveProperty,
	toArray,
	toBool,
	toNumber,
	toText,
	typeNameOf,
	unroll,
	voidResult,
} from './values.js';

export type Flavor = {
	/** PowerShell 6+ (Core): its texts and error view differ from Windows PowerShell's. */
	core: boolean;
};

/** A .NET type's static side, as `[Type]::Member` sees it. */
export type StaticType = {
	fullName: string;
	getStatic?(name: string): Value | undefined;
	setStatic?(name: string, value: Value): boolean;
	/** `undefined` when there is no such method. May throw `DotNetException`. */
	callStatic?(name: string, args: Value[]): Value | undefined;
	/** `[Type]$value`. */
	convert?(value: Value): Value;
};

/** An exception thrown by a simulated .NET method; PowerShell wraps it in MethodInvocationException. */
export class DotNetException extends Error {
	constructor(
		readonly exceptionType: string,
		message: string,
	) {
		super(message);
		this.name = 'DotNetException';
	}
}

export type EngineHost = {
	readonly flavor: Flavor;
	writeOut(text: string): void;
	writeErr(text: string): void;
	/** Environment variables, keys lower-cased (Windows is case-insensitive). */
	readonly environment: Map<string, {name: string; value: string}>;
	/** Read-only automatic variables such as $PSVersionTable and $Host. */
	automatic(name: string): Value | undefined;
	resolveType(name: string): StaticType | undefined;
};

export class TypeValue extends PSObject {
	readonly typeName = 'System.RuntimeType';

	constructor(readonly type: StaticType) {
		super();
	}

	override getProperty(name: string): Value | undefined {
		const lower = name.toLowerCase();
		if (lower === 'fullname') return this.type.fullName;
		if (lower === 'name') return this.type.fullName.split('.').pop() ?? this.type.fullName;
		return undefined;
	}

	override toText(): string {
		return this.type.fullName;
	}
}

class BreakSignal {}
class ContinueSignal {}
class ReturnSignal {
	constructor(readonly value: Value[]) {}
}

/** `exit N`: the host ends the process. */
export class ExitSignal {
	constructor(readonly code: number) {}
}

/** A command that never returns (the tenant's hangOnGrant fault): the process stays alive, silent. */
export class HangSignal {}

export type CommandOutcome = {ok: true; output: Value[]} | {ok: false; record: ErrorRecord};

type ErrorMode = {discard: boolean; merge?: Value[]};

/** Evaluates the PowerShell subset: statements, pipelines, commands with parameter binding. */
export class Engine {
	readonly global = new Scope();
	private readonly commands = new Map<string, CommandDefinition>();
	private readonly aliases = new Map<string, string>();
	/** Inside `try`, terminating errors go to the catch block instead of the console. */
	private tryDepth = 0;
	private errorMode: ErrorMode = {discard: false};
	private readonly wildcardCache = new Map<string, RegExp>();

	constructor(readonly host: EngineHost) {
		this.global.set('ErrorActionPreference', 'Continue');
		this.global.set('ProgressPreference', 'Continue');
		this.global.set('WarningPreference', 'Continue');
	}

	// ---------------------------------------------------------------- command table

	define(definition: CommandDefinition): void {
		this.commands.set(definition.name.toLowerCase(), definition);
	}

	undefine(name: string): void {
		this.commands.delete(name.toLowerCase());
	}

	alias(alias: string, target: string): void {
		this.aliases.set(alias.toLowerCase(), target);
	}

	resolveCommand(name: string): CommandDefinition | undefined {
		const lower = name.toLowerCase();
		return this.commands.get(lower) ?? this.commands.get(this.aliases.get(lower)?.toLowerCase() ?? '');
	}

	// ---------------------------------------------------------------- entry points

	/**
	 * Runs one interactive input (what `-Command -` reads as a statement list): output to stdout,
	 * errors to stderr in PowerShell's format. A statement-terminating error ends its statement,
	 * a script-terminating one (`throw`, -ErrorAction Stop) the whole input.
	 */
	runInteractive(source: string, parsed?: ScriptBlockAst): void {
		let script: ScriptBlockAst;
		try {
			script = parsed ?? parseScript(source);
		} catch (error) {
			if (error instanceof ParseError) {
				this.host.writeErr(formatParseError(error, source, this.host.flavor.core));
				return;
			}

			throw error;
		}

		const previousSource = this.currentSource;
		this.currentSource = source;
		try {
			this.runStatementsInteractively(script.statements);
		} finally {
			this.currentSource = previousSource;
		}
	}

	private runStatementsInteractively(statements: readonly StatementAst[]): void {
		for (const statement of statements) {
			const output: Value[] = [];
			try {
				this.executeStatement(statement, this.global, output);
			} catch (error) {
				if (output.length > 0) this.host.writeOut(formatOutput(output));
				if (error instanceof RuntimeError) {
					this.host.writeErr(formatError(error.record, this.host.flavor.core));
					if (error.scope === 'script') return;
					continue;
				}

				if (error instanceof BreakSignal || error instanceof ContinueSignal) return;
				if (error instanceof ReturnSignal) {
					if (error.value.length > 0) this.host.writeOut(formatOutput(error.value));
					return;
				}

				throw error;
			}

			if (output.length > 0) this.host.writeOut(formatOutput(output));
		}
	}

	/**
	 * Runs one command the way the bridge's request frame does: the text becomes a script block
	 * dot-sourced at global scope with $ErrorActionPreference = 'Stop' inside try/catch, its
	 * output collected with @(...).
	 */
	runFramedCommand(text: string): CommandOutcome {
		let script: ScriptBlockAst;
		try {
			script = parseScript(text);
		} catch (error) {
			if (error instanceof ParseError) {
				const {line, column, text: lineText} = lineOf({source: text, start: Math.min(error.offset, text.length), end: error.offset + 1});
				const detail = `At line:${line} char:${column}\r\n+ ${lineText}\r\n+ ${' '.repeat(column - 1)}~\r\n${error.message}`;
				return {
					ok: false,
					record: new ErrorRecord({
						message: `Exception calling "Create" with "1" argument(s): "${detail}"`,
						errorId: 'ParseException',
						category: 'NotSpecified',
						exceptionType: 'System.Management.Automation.MethodInvocationException',
					}),
				};
			}

			throw error;
		}

		const output: Value[] = [];
		const previousSource = this.currentSource;
		this.currentSource = text;
		this.global.set('ErrorActionPreference', 'Stop');
		this.tryDepth++;
		try {
			this.executeStatements(script.statements, this.global, output);
			return {ok: true, output};
		} catch (error) {
			if (error instanceof RuntimeError) return {ok: false, record: error.record};
			if (error instanceof ReturnSignal) return {ok: true, output: [...output, ...error.value]};
			if (error instanceof BreakSignal || error instanceof ContinueSignal) return {ok: true, output};
			throw error;
		} finally {
			this.tryDepth--;
			this.currentSource = previousSource;
			this.global.set('ErrorActionPreference', 'Continue');
		}
	}

	// ---------------------------------------------------------------- statements

	executeStatements(statements: readonly StatementAst[], scope: Scope, output: Value[]): void {
		for (const statement of statements) {
			try {
				this.executeStatement(statement, scope, output);
			} catch (error) {
				if (error instanceof RuntimeError && error.scope === 'statement' && this.tryDepth === 0) {
					if (this.preference(scope, 'ErrorActionPreference') === 'stop') throw new RuntimeError(error.record, 'script');
					this.reportError(error.record);
					continue;
				}

				throw error;
			}
		}
	}

	private executeStatement(statement: StatementAst, scope: Scope, output: Value[]): void {
		switch (statement.kind) {
			case 'pipeline':
				this.runPipeline(statement, scope, output);
				return;
			case 'assignment':
				this.assign(statement.target, statement.operator, this.statementValue(statement.value, scope), scope);
				return;
			case 'if': {
				for (const clause of statement.clauses) {
					if (toBool(this.statementValue(clause.condition, scope))) {
						this.executeStatements(clause.body, scope, output);
						return;
					}
				}

				if (statement.elseBody) this.executeStatements(statement.elseBody, scope, output);
				return;
			}

			case 'foreach': {
				const collection = this.statementValue(statement.collection, scope);
				const items = collection === null ? [] : toArray(collection);
				for (const item of items) {
					scope.set(statement.variable, item);
					try {
						this.executeStatements(statement.body, scope, output);
					} catch (error) {
						if (error instanceof BreakSignal) break;
						if (error instanceof ContinueSignal) continue;
						throw error;
					}
				}

				return;
			}

			case 'for': {
				if (statement.init) this.executeStatement(statement.init, scope, []);
				for (;;) {
					if (statement.condition && !toBool(this.statementValue(statement.condition, scope))) break;
					try {
						this.executeStatements(statement.body, scope, output);
					} catch (error) {
						if (error instanceof BreakSignal) break;
						if (!(error instanceof ContinueSignal)) throw error;
					}

					if (statement.iterator) this.executeStatement(statement.iterator, scope, []);
				}

				return;
			}

			case 'while': {
				while (toBool(this.statementValue(statement.condition, scope))) {
					try {
						this.executeStatements(statement.body, scope, output);
					} catch (error) {
						if (error instanceof BreakSignal) break;
						if (!(error instanceof ContinueSignal)) throw error;
					}
				}

				return;
			}

			case 'try':
				this.executeTry(statement, scope, output);
				return;
			case 'throw': {
				const value = statement.value ? this.statementValue(statement.value, scope) : null;
				if (value instanceof ErrorRecord) throw new RuntimeError(value, 'script');
				const message = value === null ? 'ScriptHalted' : toText(value);
				throw new RuntimeError(
					new ErrorRecord({
						message,
						errorId: message,
						category: 'OperationStopped',
						exceptionType: 'System.Management.Automation.RuntimeException',
						targetName: message,
						position: this.position(statement.extent, statement),
					}),
					'script',
				);
			}

			case 'break':
				throw new BreakSignal();
			case 'continue':
				throw new ContinueSignal();
			case 'return': {
				const value: Value[] = [];
				if (statement.value) this.executeStatement(statement.value, scope, value);
				throw new ReturnSignal(value);
			}

			case 'exit': {
				const value = statement.value ? this.statementValue(statement.value, scope) : 0;
				throw new ExitSignal(toNumber(value) ?? 0);
			}
		}
	}

	private executeTry(statement: StatementAst & {kind: 'try'}, scope: Scope, output: Value[]): void {
		try {
			this.tryDepth++;
			try {
				this.executeStatements(statement.body, scope, output);
			} finally {
				this.tryDepth--;
			}
		} catch (error) {
			const handler = statement.catches[0];
			if (!(error instanceof RuntimeError) || !handler) throw error;
			const previous = scope.lookup('_');
			scope.set('_', error.record);
			scope.set('PSItem', error.record);
			try {
				this.executeStatements(handler, scope, output);
			} finally {
				scope.set('_', previous.value);
				scope.set('PSItem', previous.value);
			}
		} finally {
			if (statement.finallyBody) this.executeStatements(statement.finallyBody, scope, output);
		}
	}

	/** The value of a statement used as an expression: an expression keeps its value, a pipeline collects. */
	statementValue(statement: StatementAst, scope: Scope): Value {
		if (statement.kind === 'pipeline' && statement.elements.length === 1) {
			const element = statement.elements[0] as PipelineElementAst;
			if (element.kind === 'expression' && element.redirections.length === 0) return this.evaluate(element.expression, scope);
		}

		if (statement.kind === 'assignment') {
			const value = this.statementValue(statement.value, scope);
			return this.assign(statement.target, statement.operator, value, scope);
		}

		const output: Value[] = [];
		this.executeStatement(statement, scope, output);
		return collect(output);
	}

	// ---------------------------------------------------------------- pipelines

	private runPipeline(pipeline: PipelineAst, scope: Scope, output: Value[]): void {
		let input: Value[] = [];
		let hasInput = false;
		for (const element of pipeline.elements) {
			if (element.kind === 'expression') {
				const expression = element.expression;
				if (expression.kind === 'increment') {
					this.evaluate(expression, scope);
					input = [];
				} else if (expression.kind === 'invoke') {
					const value = this.invokeMethod(expression, scope);
					input = value === voidResult ? [] : unroll(value);
				} else {
					const value = this.evaluate(expression, scope);
					input = expression.kind === 'convert' && expression.type.toLowerCase() === 'void' ? [] : unroll(value);
				}

				if (element.redirections.includes('discard-output') || element.redirections.includes('discard-all')) input = [];
			} else {
				input = this.invokeCommandElement(element, input, hasInput, scope);
			}

			hasInput = true;
		}

		for (const value of input) output.push(value);
	}

	private invokeCommandElement(element: PipelineElementAst & {kind: 'command'}, input: Value[], hasInput: boolean, scope: Scope): Value[] {
		const previousMode = this.errorMode;
		const redirections = element.redirections;
		const merged: Value[] = [];
		if (redirections.includes('discard-errors') || redirections.includes('discard-all')) this.errorMode = {discard: true};
		else if (redirections.includes('merge-errors')) this.errorMode = {discard: false, merge: merged};
		try {
			let result = this.invokeCommand(element, input, hasInput, scope);
			if (redirections.includes('discard-output') || redirections.includes('discard-all')) result = [];
			return merged.length > 0 ? [...merged, ...result] : result;
		} finally {
			this.errorMode = previousMode;
		}
	}

	private invokeCommand(element: PipelineElementAst & {kind: 'command'}, input: Value[], hasInput: boolean, scope: Scope): Value[] {
		const nameValue =
			element.invocation === 'name' && element.name.kind === 'constant' ? element.name.value : this.evaluate(element.name, scope);
		if (nameValue instanceof ScriptBlockValue) {
			const args = element.elements.map(item => (item.kind === 'argument' ? this.evaluate(item.value, scope) : item.text));
			const target = element.invocation === '.' ? scope : new Scope(scope);
			target.set('args', args);
			return this.invokeScriptBlock(nameValue.block, target, input.length > 0 ? {input} : {});
		}

		const name = toText(nameValue);
		const definition = this.resolveCommand(name);
		if (!definition) throw new RuntimeError(this.commandNotFound(name, this.position(element.nameExtent, element)), 'statement');
		const position = this.position(element.extent, element);
		const bound = this.bind(definition, element.elements, scope, hasInput, position);
		const output: Value[] = [];
		const errorAction = bound.get('ErrorAction');
		const qualify = (error: CommandError): ErrorRecord =>
			new ErrorRecord({
				...error,
				errorId: error.qualified ? error.errorId : `${error.errorId},${definition.netClass}`,
				commandName: definition.name,
				position: error.position ?? position,
			});
		const context: CommandContext = {
			name: definition.name,
			bound,
			input,
			hasInput,
			scope,
			output,
			writeError: error => this.writeNonTerminating(qualify(error), errorAction === undefined ? undefined : toText(errorAction), scope),
			fail: error => {
				throw new RuntimeError(qualify(error), 'statement');
			},
			writeWarning: text => {
				const action = toText(bound.get('WarningAction') ?? this.preference(scope, 'WarningPreference')).toLowerCase();
				if (action !== 'silentlycontinue' && action !== 'ignore') this.host.writeOut(`WARNING: ${text}\n`);
			},
			writeHost: text => this.host.writeOut(text + '\n'),
		};
		definition.invoke(context);
		return output;
	}

	/** Runs a script block in `scope` (the caller decides: new child scope, or dot-sourced). */
	invokeScriptBlock(block: ScriptBlockAst, scope: Scope, options: {input?: Value[]; dollarUnder?: Value} = {}): Value[] {
		const output: Value[] = [];
		const hasUnder = 'dollarUnder' in options;
		const previous = hasUnder ? scope.lookup('_') : undefined;
		if (hasUnder) {
			scope.set('_', options.dollarUnder ?? null);
			scope.set('PSItem', options.dollarUnder ?? null);
		}

		if (options.input) scope.set('input', options.input);
		try {
			this.executeStatements(block.statements, scope, output);
		} catch (error) {
			if (error instanceof ReturnSignal) return [...output, ...error.value];
			throw error;
		} finally {
			if (hasUnder && previous) {
				scope.set('_', previous.value);
				scope.set('PSItem', previous.value);
			}
		}

		return output;
	}

	private writeNonTerminating(record: ErrorRecord, errorAction: string | undefined, scope: Scope): void {
		const action = (errorAction ?? toText(this.preference(scope, 'ErrorActionPreference'))).toLowerCase();
		if (action === 'stop') throw new RuntimeError(record, 'script');
		if (action === 'silentlycontinue' || action === 'ignore') return;
		this.reportError(record);
	}

	private reportError(record: ErrorRecord): void {
		if (this.errorMode.discard) return;
		if (this.errorMode.merge) {
			this.errorMode.merge.push(record);
			return;
		}

		this.host.writeErr(formatError(record, this.host.flavor.core));
	}

	private preference(scope: Scope, name: string): string {
		return toText(scope.lookup(name).value ?? 'Continue').toLowerCase();
	}

	private commandNotFound(name: string, position: ErrorRecordInit['position']): ErrorRecord {
		// Windows PowerShell 5.1 and PowerShell 7 word this differently; both verified.
		const message = this.host.flavor.core
			? `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`
			: `The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`;
		return new ErrorRecord({
			message,
			errorId: 'CommandNotFoundException',
			category: 'ObjectNotFound',
			exceptionType: 'System.Management.Automation.CommandNotFoundException',
			targetName: name,
			targetType: 'String',
			commandName: name,
			activity: '',
			...(position ? {position} : {}),
		});
	}

	private position(extent: Extent, node: {extent: Extent}): ErrorRecordInit['position'] {
		const source = this.sourceOf(node);
		return source === undefined ? undefined : {source, start: extent.start, end: extent.end};
	}

	/** Extents index into the source of the script being run; it is tracked per parse. */
	private currentSource: string | undefined;

	private sourceOf(_node: unknown): string | undefined {
		return this.currentSource;
	}

	withSource<T>(source: string, run: () => T): T {
		const previous = this.currentSource;
		this.currentSource = source;
		try {
			return run();
		} finally {
			this.currentSource = previous;
		}
	}

	// ---------------------------------------------------------------- parameter binding

	private bind(definition: CommandDefinition, elements: readonly CommandElementAst[], scope: Scope, hasInput: boolean, position: ErrorRecordInit['position']): Map<string, Value> {
		const specs = [...definition.parameters, ...commonParameters, ...(definition.shouldProcess ? shouldProcessParameters : [])];
		const bound = new Map<string, Value>();
		const positional: Value[] = [];
		const bindingError = (message: string, errorId: string, category = 'InvalidArgument'): never => {
			throw new RuntimeError(
				new ErrorRecord({
					message,
					errorId: `${errorId},${definition.netClass}`,
					category,
					exceptionType: 'System.Management.Automation.ParameterBindingException',
					commandName: definition.name,
					...(position ? {position} : {}),
				}),
				'statement',
			);
		};

		let onlyPositional = false;
		for (let index = 0; index < elements.length; index++) {
			const element = elements[index] as CommandElementAst;
			if (element.kind === 'argument' || onlyPositional) {
				positional.push(element.kind === 'argument' ? this.evaluate(element.value, scope) : element.text);
				continue;
			}

			if (element.name === '--') {
				onlyPositional = true;
				continue;
			}

			const spec = matchParameter(specs, element.name, bindingError);
			if (bound.has(spec.name)) {
				bindingError(
					`Cannot bind parameter because parameter '${spec.name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
					'ParameterAlreadyBound',
				);
			}

			let value: Value;
			if (element.argument) {
				value = this.evaluate(element.argument, scope);
			} else if (spec.type === 'switch') {
				value = true;
			} else {
				const next = elements[index + 1];
				if (!next || next.kind !== 'argument') {
					bindingError(
						`Missing an argument for parameter '${spec.name}'. Specify a parameter of type '${netTypeOf(spec)}' and try again.`,
						'MissingArgument',
					);
				}

				value = this.evaluate((next as CommandElementAst & {kind: 'argument'}).value, scope);
				index++;
			}

			bound.set(spec.name, convertArgument(spec, value, bindingError));
		}

		const positionalSpecs = specs.filter(spec => spec.position !== undefined).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
		for (const value of positional) {
			const spec = positionalSpecs.find(candidate => !bound.has(candidate.name));
			if (!spec) return bindingError(`A positional parameter cannot be found that accepts argument '${toText(value)}'.`, 'PositionalParameterNotFound');
			bound.set(spec.name, convertArgument(spec, value, bindingError));
		}

		const missing = definition.parameters.filter(spec => spec.mandatory && !bound.has(spec.name) && !(hasInput && spec.fromPipeline));
		if (missing.length > 0) {
			// -NonInteractive: PowerShell cannot prompt for the missing values.
			bindingError(
				`Cannot process command because of one or more missing mandatory parameters: ${missing.map(spec => spec.name).join(' ')}.`,
				'MissingMandatoryParameter',
			);
		}

		return bound;
	}

	// ---------------------------------------------------------------- expressions

	evaluate(expression: ExpressionAst, scope: Scope): Value {
		switch (expression.kind) {
			case 'constant':
				return expression.value;
			case 'expandable':
				return expression.parts.map(part => (typeof part === 'string' ? part : toText(this.evaluate(part, scope)))).join('');
			case 'variable':
				return this.readVariable(expression, scope);
			case 'array':
				return expression.elements.map(element => this.evaluate(element, scope));
			case 'arrayExpression': {
				const output: Value[] = [];
				this.executeStatements(expression.statements, scope, output);
				return output;
			}

			case 'subExpression': {
				const output: Value[] = [];
				this.executeStatements(expression.statements, scope, output);
				return collect(output);
			}

			case 'paren':
				return this.statementValue(expression.statement, scope);
			case 'hashtable': {
				const table = new Hashtable();
				for (const entry of expression.entries) table.set(this.evaluate(entry.key, scope), this.statementValue(entry.value, scope));
				return table;
			}

			case 'scriptblock':
				return new ScriptBlockValue(expression.block);
			case 'type':
				return new TypeValue(this.requireType(expression.name, expression));
			case 'convert':
				return this.convert(expression.type, this.evaluate(expression.operand, scope), expression);
			case 'unary':
				return this.unary(expression.operator, expression.operand, scope, expression);
			case 'binary':
				return this.binary(expression, scope);
			case 'increment': {
				const current = toNumber(this.evaluate(expression.operand, scope)) ?? 0;
				const next = expression.operator === '++' ? current + 1 : current - 1;
				this.assign(expression.operand, '=', next, scope);
				return expression.prefix ? next : current;
			}

			case 'member': {
				const target = this.evaluate(expression.target, scope);
				if (expression.isStatic) {
					if (!(target instanceof TypeValue)) return null;
					return target.type.getStatic?.(expression.member) ?? null;
				}

				return memberOf(target, expression.member);
			}

			case 'invoke': {
				const value = this.invokeMethod(expression, scope);
				return value === voidResult ? null : value;
			}
			case 'index':
				return this.index(this.evaluate(expression.target, scope), this.evaluate(expression.index, scope), expression);
		}
	}

	private readVariable(expression: ExpressionAst & {kind: 'variable'}, scope: Scope): Value {
		if (expression.scope === 'env') return this.host.environment.get(expression.name.toLowerCase())?.value ?? null;
		const lower = expression.name.toLowerCase();
		if (lower === 'true') return true;
		if (lower === 'false') return false;
		if (lower === 'null') return null;
		const automatic = this.host.automatic(lower);
		if (automatic !== undefined) return automatic;
		const target = expression.scope === 'global' ? scope.global : scope;
		return target.lookup(lower === 'psitem' ? '_' : lower).value;
	}

	assign(target: ExpressionAst, operator: '=' | '+=' | '-=', rawValue: Value, scope: Scope): Value {
		let value = rawValue;
		if (operator !== '=') {
			const current = this.evaluate(target, scope);
			value = operator === '+=' ? this.add(current, rawValue, target) : this.arithmetic('-', current, rawValue, target);
		}

		switch (target.kind) {
			case 'variable': {
				const lower = target.name.toLowerCase();
				if (target.scope === 'env') {
					if (value === null || value === '') this.host.environment.delete(lower);
					else this.host.environment.set(lower, {name: target.name, value: toText(value)});
					return value;
				}

				if (lower === 'true' || lower === 'false' || lower === 'null' || this.host.automatic(lower) !== undefined) {
					if (lower === 'null') return value;
					this.fail(`Cannot overwrite variable ${target.name} because it is read-only or constant.`, 'VariableNotWritable', 'WriteError', 'System.Management.Automation.SessionStateUnauthorizedAccessException', target);
				}

				(target.scope === 'global' ? scope.global : scope).set(lower, value);
				return value;
			}

			case 'convert':
				return this.assign(target.operand, '=', this.convert(target.type, value, target), scope);
			case 'member': {
				const object = this.evaluate(target.target, scope);
				if (target.isStatic && object instanceof TypeValue) {
					if (object.type.setStatic?.(target.member, value)) return value;
				} else if (object instanceof PSObject && object.setProperty(target.member, value)) {
					return value;
				}

				this.fail(
					`The property '${target.member}' cannot be found on this object. Verify that the property exists and can be set.`,
					'PropertyNotFound',
					'InvalidOperation',
					'System.Management.Automation.RuntimeException',
					target,
				);
			}

			case 'index': {
				const object = this.evaluate(target.target, scope);
				const key = this.evaluate(target.index, scope);
				if (object instanceof Hashtable) {
					object.set(key, value);
					return value;
				}

				if (Array.isArray(object) || object instanceof Uint8Array) {
					const position = toNumber(key) ?? 0;
					const index = position < 0 ? object.length + position : position;
					if (index < 0 || index >= object.length) {
						this.fail('Index was outside the bounds of the array.', 'System.IndexOutOfRangeException', 'OperationStopped', 'System.IndexOutOfRangeException', target);
					}

					if (object instanceof Uint8Array) object[index] = (toNumber(value) ?? 0) & 0xff;
					else object[index] = value;
					return value;
				}

				if (object === null) this.fail('Cannot index into a null array.', 'NullArray', 'InvalidOperation', 'System.Management.Automation.RuntimeException', target);
				this.fail(`Unable to index into an object of type ${typeNameOf(object)}.`, 'CannotIndex', 'InvalidOperation', 'System.Management.Automation.RuntimeException', target);
			}

			default:
				return this.fail(
					'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
					'InvalidLeftHandSide',
					'ParserError',
					'System.Management.Automation.ParseException',
					target,
				);
		}
	}

	/** A statement-terminating runtime error at `node`. */
	fail(message: string, errorId: string, category: string, exceptionType: string, node?: {extent: Extent}): never {
		throw new RuntimeError(
			new ErrorRecord({
				message,
				errorId,
				category,
				exceptionType,
				...(node ? {position: this.position(node.extent, node)} : {}),
			}),
			'statement',
		);
	}

	private requireType(name: string, node: {extent: Extent}): StaticType {
		const type = this.host.resolveType(name);
		if (!type) this.fail(`Unable to find type [${name}].`, 'TypeNotFound', 'InvalidOperation', 'System.Management.Automation.RuntimeException', node);
		return type;
	}

	convert(typeName: string, value: Value, node: {extent: Extent}): Value {
		const name = typeName.toLowerCase().replace(/^system\./, '');
		const numberOf = (target: string, integral: boolean): number => {
			const number = toNumber(value);
			if (number === undefined) {
				this.fail(
					`Cannot convert value "${toText(value)}" to type "${target}". Error: "Input string was not in a correct format."`,
					'InvalidCastFromStringToInteger',
					'InvalidArgument',
					'System.Management.Automation.RuntimeException',
					node,
				);
			}

			return integral ? roundHalfEven(number) : number;
		};

		switch (name) {
			case 'string':
				return toText(value);
			case 'bool':
			case 'boolean':
				return toBool(value);
			case 'int':
			case 'int32':
				return numberOf('System.Int32', true);
			case 'long':
			case 'int64':
				return numberOf('System.Int64', true);
			case 'byte':
				return numberOf('System.Byte', true) & 0xff;
			case 'double':
			case 'float':
			case 'single':
			case 'decimal':
				return numberOf('System.Double', false);
			case 'array':
			case 'object[]':
				return value === null ? [] : [...toArray(value)];
			case 'string[]':
				return value === null ? [] : toArray(value).map(toText);
			case 'byte[]':
				return value instanceof Uint8Array ? value : Uint8Array.from(toArray(value).map(item => (toNumber(item) ?? 0) & 0xff));
			case 'object':
			case 'psobject':
				return value;
			case 'void':
				return null;
			case 'char':
				return typeof value === 'number' ? String.fromCharCode(value) : toText(value).charAt(0);
			case 'version':
				return new VersionValue(toText(value));
			case 'hashtable':
			case 'collections.hashtable':
			case 'ordered':
				if (value instanceof Hashtable) return value;
				break;
			case 'pscustomobject':
			case 'management.automation.pscustomobject':
				if (value instanceof Hashtable) return new CustomObject([...value.entries.values()].map(entry => [toText(entry.key), entry.value] as const));
				return value;
			case 'scriptblock':
			case 'management.automation.scriptblock':
				if (value instanceof ScriptBlockValue) return value;
				break;
			default: {
				const type = this.requireType(typeName, node);
				if (type.convert) return type.convert(value);
			}
		}

		return this.fail(
			`Cannot convert the "${toText(value)}" value of type "${typeNameOf(value)}" to type "${typeName}".`,
			'ConvertToFinalInvalidCastException',
			'InvalidArgument',
			'System.Management.Automation.RuntimeException',
			node,
		);
	}

	private unary(operator: string, operandAst: ExpressionAst, scope: Scope, node: ExpressionAst): Value {
		const operand = this.evaluate(operandAst, scope);
		switch (operator) {
			case 'not':
				return !toBool(operand);
			case ',':
				return [operand];
			case '-': {
				const number = toNumber(operand);
				if (number === undefined) this.fail(`Cannot convert value "${toText(operand)}" to type "System.Int32".`, 'InvalidCastFromStringToInteger', 'InvalidArgument', 'System.Management.Automation.RuntimeException', node);
				return -number;
			}

			case '+':
				return toNumber(operand) ?? operand;
			case 'bnot':
				return ~(toNumber(operand) ?? 0);
			case 'join':
				return toArray(operand).map(toText).join('');
			case 'split':
				return toText(operand).trim().split(/\s+/);
			default:
				return this.fail(`Unexpected token '-${operator}' in expression or statement.`, 'UnexpectedToken', 'ParserError', 'System.Management.Automation.ParseException', node);
		}
	}

	private binary(expression: ExpressionAst & {kind: 'binary'}, scope: Scope): Value {
		const {operator} = expression;
		if (operator === 'and') return toBool(this.evaluate(expression.left, scope)) && toBool(this.evaluate(expression.right, scope));
		if (operator === 'or') return toBool(this.evaluate(expression.left, scope)) || toBool(this.evaluate(expression.right, scope));
		const left = this.evaluate(expression.left, scope);
		const right = this.evaluate(expression.right, scope);
		switch (operator) {
			case 'xor':
				return toBool(left) !== toBool(right);
			case '+':
				return this.add(left, right, expression);
			case '-':
			case '*':
			case '/':
			case '%':
				return this.arithmetic(operator, left, right, expression);
			case '..': {
				const from = toNumber(left) ?? 0;
				const to = toNumber(right) ?? 0;
				const result: number[] = [];
				for (let i = from; from <= to ? i <= to : i >= to; i += from <= to ? 1 : -1) result.push(i);
				return result;
			}

			case 'f': {
				const args = toArray(right);
				return toText(left).replace(/\{(\d+)(?:[,:][^}]*)?\}/g, (_, index: string) => toText(args[Number(index)] ?? null));
			}

			case 'band':
				return (toNumber(left) ?? 0) & (toNumber(right) ?? 0);
			case 'bor':
				return (toNumber(left) ?? 0) | (toNumber(right) ?? 0);
			case 'bxor':
				return (toNumber(left) ?? 0) ^ (toNumber(right) ?? 0);
			case 'shl':
				return (toNumber(left) ?? 0) << (toNumber(right) ?? 0);
			case 'shr':
				return (toNumber(left) ?? 0) >> (toNumber(right) ?? 0);
			case 'join':
				return left === null ? '' : toArray(left).map(toText).join(toText(right));
			case 'is':
			case 'isnot': {
				const typeName = right instanceof TypeValue ? right.type.fullName : toText(right);
				const matches = typeMatches(left, typeName);
				return operator === 'is' ? matches : !matches;
			}

			case 'as':
				try {
					return this.convert(right instanceof TypeValue ? right.type.fullName : toText(right), left, expression);
				} catch {
					return null;
				}

			default:
				return this.compare(operator, left, right, expression);
		}
	}

	private add(left: Value, right: Value, node: {extent: Extent}): Value {
		if (left === null) return isEnumerable(right) ? [...toArray(right)] : right;
		if (typeof left === 'string') return left + toText(right);
		if (Array.isArray(left) || left instanceof Uint8Array) return [...toArray(left), ...(isEnumerable(right) ? toArray(right) : [right])];
		if (left instanceof Hashtable) {
			if (!(right instanceof Hashtable)) {
				this.fail('A hash table can only be added to another hash table.', 'AddHashTableToNonHashTable', 'InvalidOperation', 'System.Management.Automation.RuntimeException', node);
			}

			const merged = new Hashtable();
			for (const entry of left.entries.values()) merged.set(entry.key, entry.value);
			for (const entry of right.entries.values()) {
				if (merged.get(entry.key) !== undefined) {
					this.fail(`Item has already been added. Key in dictionary: '${toText(entry.key)}'    Key being added: '${toText(entry.key)}'`, 'DuplicateKeyInHashLiteral', 'InvalidOperation', 'System.Management.Automation.RuntimeException', node);
				}

				merged.set(entry.key, entry.value);
			}

			return merged;
		}

		return this.arithmetic('+', left, right, node);
	}

	private arithmetic(operator: string, left: Value, right: Value, node: {extent: Extent}): Value {
		if (operator === '*' && typeof left === 'string') return left.repeat(Math.max(0, toNumber(right) ?? 0));
		const a = toNumber(left);
		const b = toNumber(right);
		if (a === undefined || b === undefined) {
			if (typeof left === 'object' && left !== null && !Array.isArray(left)) {
				const names: Record<string, string> = {'+': 'op_Addition', '-': 'op_Subtraction', '*': 'op_Multiply', '/': 'op_Division', '%': 'op_Modulus'};
				this.fail(`Method invocation failed because [${typeNameOf(left)}] does not contain a method named '${names[operator] ?? operator}'.`, 'MethodNotFound', 'InvalidOperation', 'System.Management.Automation.RuntimeException', node);
			}

			this.fail(`Cannot convert value "${toText(a === undefined ? left : right)}" to type "System.Int32". Error: "Input string was not in a correct format."`, 'InvalidCastFromStringToInteger', 'InvalidArgument', 'System.Management.Automation.RuntimeException', node);
		}

		switch (operator) {
			case '+':
				return a + b;
			case '-':
				return a - b;
			case '*':
				return a * b;
			case '/':
				if (b === 0) this.fail('Attempted to divide by zero.', 'RuntimeException', 'NotSpecified', 'System.Management.Automation.RuntimeException', node);
				return a / b;
			default:
				return a % b;
		}
	}

	private compare(operator: string, left: Value, right: Value, node: {extent: Extent}): Value {
		let op = operator;
		let caseSensitive = false;
		if (op.startsWith('c') && op !== 'contains') {
			caseSensitive = true;
			op = op.slice(1);
		} else if (op.startsWith('i') && op !== 'in' && op !== 'is' && op !== 'isnot') {
			op = op.slice(1);
		}

		switch (op) {
			case 'contains':
			case 'notcontains': {
				const found = (left === null ? [] : toArray(left)).some(item => valuesEqual(item, right, caseSensitive));
				return op === 'contains' ? found : !found;
			}

			case 'in':
			case 'notin': {
				const found = (right === null ? [] : toArray(right)).some(item => valuesEqual(item, left, caseSensitive));
				return op === 'in' ? found : !found;
			}

			case 'replace': {
				const [pattern, replacement] = isEnumerable(right) ? toArray(right) : [right, ''];
				const regex = this.regex(toText(pattern ?? null), caseSensitive, 'g', node);
				const apply = (item: Value): string => toText(item).replace(regex, toText(replacement ?? null));
				return isEnumerable(left) ? toArray(left).map(apply) : apply(left);
			}

			case 'split': {
				const regex = this.regex(toText(right), caseSensitive, '', node);
				return (left === null ? [''] : toArray(left)).flatMap(item => toText(item).split(regex));
			}

			default:
				break;
		}

		const test = (item: Value): boolean => {
			switch (op) {
				case 'eq':
					return valuesEqual(item, right, caseSensitive);
				case 'ne':
					return !valuesEqual(item, right, caseSensitive);
				case 'gt':
					return compareOrder(item, right, caseSensitive) > 0;
				case 'ge':
					return compareOrder(item, right, caseSensitive) >= 0;
				case 'lt':
					return compareOrder(item, right, caseSensitive) < 0;
				case 'le':
					return compareOrder(item, right, caseSensitive) <= 0;
				case 'like':
				case 'notlike': {
					const matches = this.wildcard(toText(right), caseSensitive).test(toText(item));
					return op === 'like' ? matches : !matches;
				}

				case 'match':
				case 'notmatch': {
					const matches = this.regex(toText(right), caseSensitive, '', node).test(toText(item));
					return op === 'match' ? matches : !matches;
				}

				default:
					return this.fail(`Unexpected token '-${operator}' in expression or statement.`, 'UnexpectedToken', 'ParserError', 'System.Management.Automation.ParseException', node);
			}
		};

		if (isEnumerable(left)) return toArray(left).filter(item => test(item));
		return test(left);
	}

	wildcard(pattern: string, caseSensitive = false): RegExp {
		const key = (caseSensitive ? 'c:' : 'i:') + pattern;
		let regex = this.wildcardCache.get(key);
		if (!regex) {
			regex = wildcardToRegex(pattern, caseSensitive);
			this.wildcardCache.set(key, regex);
		}

		return regex;
	}

	private regex(pattern: string, caseSensitive: boolean, flags: string, node: {extent: Extent}): RegExp {
		try {
			return new RegExp(pattern, (caseSensitive ? '' : 'i') + flags);
		} catch {
			return this.fail(`The regular expression pattern ${pattern} is not valid.`, 'InvalidRegularExpression', 'InvalidOperation', 'System.Management.Automation.RuntimeException', node);
		}
	}

	private invokeMethod(expression: ExpressionAst & {kind: 'invoke'}, scope: Scope): Value {
		const target = this.evaluate(expression.target, scope);
		const args = expression.args.map(arg => this.evaluate(arg, scope));
		const name = expression.member;
		try {
			if (expression.isStatic) {
				if (!(target instanceof TypeValue)) return this.fail(`Unable to find type.`, 'TypeNotFound', 'InvalidOperation', 'System.Management.Automation.RuntimeException', expression);
				const result = target.type.callStatic?.(name, args);
				if (result === undefined) {
					this.fail(`Method invocation failed because [${target.type.fullName}] does not contain a method named '${name}'.`, 'MethodNotFound', 'InvalidOperation', 'System.Management.Automation.RuntimeException', expression);
				}

				return result;
			}

			if (target === null) this.fail('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull', 'InvalidOperation', 'System.Management.Automation.RuntimeException', expression);
			const result = primitiveMethod(target, name, args);
			if (result !== undefined) return result;
			if (Array.isArray(target)) {
				const results = target.map(item => (item === null ? undefined : primitiveMethod(item, name, args)));
				if (results.every(item => item !== undefined)) return collect(results as Value[]);
			}

			return this.fail(`Method invocation failed because [${typeNameOf(target)}] does not contain a method named '${name}'.`, 'MethodNotFound', 'InvalidOperation', 'System.Management.Automation.RuntimeException', expression);
		} catch (error) {
			if (error instanceof DotNetException) {
				throw new RuntimeError(
					new ErrorRecord({
						message: `Exception calling "${name}" with "${args.length}" argument(s): "${error.message}"`,
						errorId: error.exceptionType.split('.').pop() ?? error.exceptionType,
						category: 'NotSpecified',
						exceptionType: 'System.Management.Automation.MethodInvocationException',
						position: this.position(expression.extent, expression),
					}),
					'statement',
				);
			}

			throw error;
		}
	}

	private index(target: Value, key: Value, node: {extent: Extent}): Value {
		if (target === null) this.fail('Cannot index into a null array.', 'NullArray', 'InvalidOperation', 'System.Management.Automation.RuntimeException', node);
		if (target instanceof Hashtable) {
			if (isEnumerable(key)) return toArray(key).map(item => target.get(item) ?? null);
			return target.get(key) ?? null;
		}

		const pick = (position: Value): Value => {
			const number = toNumber(position) ?? 0;
			if (typeof target === 'string') {
				const index = number < 0 ? target.length + number : number;
				return target.charAt(index) || null;
			}

			if (Array.isArray(target) || target instanceof Uint8Array) {
				const index = number < 0 ? target.length + number : number;
				return index >= 0 && index < target.length ? (target[index] ?? null) : null;
			}

			if (target instanceof PSObject) return target.callMethod('get_Item', [position]) ?? null;
			return number === 0 || number === -1 ? target : null;
		};

		if (isEnumerable(key)) return toArray(key).map(pick);
		return pick(key);
	}
}

// ---------------------------------------------------------------- helpers

/** Pipeline output as a value: nothing is $null, one item is itself, more are an array. */
export function collect(output: Value[]): Value {
	if (output.length === 0) return null;
	if (output.length === 1) return output[0] ?? null;
	return output;
}

export function memberOf(target: Value, name: string): Value {
	if (target === null) return null;
	const direct = primitiveProperty(target, name);
	if (direct !== undefined) return direct;
	if (Array.isArray(target)) {
		// Member enumeration (PowerShell 3+): the property of each element.
		const values = target.flatMap(item => {
			const value = item === null ? undefined : primitiveProperty(item, name);
			return value === undefined || value === null ? [] : [value];
		});
		return collect(values);
	}

	return null;
}

function matchParameter(specs: ParameterSpec[], typed: string, bindingError: (message: string, errorId: string) => never): ParameterSpec {
	const lower = typed.toLowerCase();
	const exact = specs.find(spec => spec.name.toLowerCase() === lower || spec.aliases?.some(alias => alias.toLowerCase() === lower));
	if (exact) return exact;
	const candidates = specs.filter(spec => spec.name.toLowerCase().startsWith(lower) || spec.aliases?.some(alias => alias.toLowerCase().startsWith(lower)));
	if (candidates.length === 1) return candidates[0] as ParameterSpec;
	if (candidates.length > 1) {
		return bindingError(
			`Parameter cannot be processed because the parameter name '${typed}' is ambiguous. Possible matches include: ${candidates.map(spec => '-' + spec.name).join(' ')}.`,
			'AmbiguousParameter',
		);
	}

	return bindingError(`A parameter cannot be found that matches parameter name '${typed}'.`, 'NamedParameterNotFound');
}

function netTypeOf(spec: ParameterSpec): string {
	if (spec.netType) return spec.netType;
	switch (spec.type) {
		case 'string':
			return 'System.String';
		case 'strings':
			return 'System.String[]';
		case 'bool':
			return 'System.Boolean';
		case 'nullable-bool':
			return 'System.Nullable`1[System.Boolean]';
		case 'int':
			return 'System.Int32';
		case 'scriptblock':
			return 'System.Management.Automation.ScriptBlock';
		case 'scriptblocks':
			return 'System.Management.Automation.ScriptBlock[]';
		case 'objects':
			return 'System.Object[]';
		default:
			return 'System.Object';
	}
}

function convertArgument(spec: ParameterSpec, value: Value, bindingError: (message: string, errorId: string, category?: string) => never): Value {
	if (value === null && spec.notNull) {
		bindingError(
			`Cannot validate argument on parameter '${spec.name}'. The argument is null. Provide a valid value for the argument, and then try the command again.`,
			'ParameterArgumentValidationErrorNullNotAllowed',
			'InvalidData',
		);
	}

	switch (spec.type) {
		case 'switch':
		case 'bool':
			if (spec.type === 'bool') {
				// A [bool] parameter takes Booleans and numbers only; $null prints as "" (both verified on PowerShell 7.6).
				if (value === null) {
					return bindingError(
						`Cannot process argument transformation on parameter '${spec.name}'. Cannot convert value "" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`,
						'ParameterArgumentTransformationError',
					);
				}

				if (typeof value === 'string') break;
			}

			return toBool(value);
		case 'nullable-bool':
			if (value === null || typeof value === 'boolean') return value;
			if (typeof value === 'number') return value !== 0;
			if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'boolean') return value[0];
			break;
		case 'string':
			if (value === null) return null;
			if (Array.isArray(value)) {
				if (value.length === 1) return toText(value[0] ?? null);
				bindingError(
					`Cannot convert 'System.Object[]' to the type '${netTypeOf(spec)}' required by parameter '${spec.name}'. Specified method is not supported.`,
					'CannotConvertArgument',
				);
			}

			return toText(value);
		case 'strings':
			return value === null ? null : toArray(value).map(toText);
		case 'int': {
			const number = toNumber(value);
			if (number === undefined) {
				bindingError(
					`Cannot bind parameter '${spec.name}'. Cannot convert value "${toText(value)}" to type "System.Int32". Error: "Input string was not in a correct format."`,
					'CannotConvertArgumentNoMessage',
				);
			}

			return roundHalfEven(number);
		}

		case 'scriptblock':
			if (value instanceof ScriptBlockValue) return value;
			return bindingError(
				`Cannot bind parameter '${spec.name}'. Cannot convert the "${toText(value)}" value of type "${typeNameOf(value)}" to type "System.Management.Automation.ScriptBlock".`,
				'CannotConvertArgumentNoMessage',
			);
		case 'scriptblocks': {
			const blocks = value === null ? [] : toArray(value);
			for (const block of blocks) {
				if (!(block instanceof ScriptBlockValue)) {
					bindingError(
						`Cannot bind parameter '${spec.name}'. Cannot convert the "${toText(block)}" value of type "${typeNameOf(block)}" to type "System.Management.Automation.ScriptBlock".`,
						'CannotConvertArgumentNoMessage',
					);
				}
			}

			return blocks;
		}

		case 'objects':
			return value === null ? null : [...toArray(value)];
		case 'object':
			return value;
	}

	// Windows PowerShell's text for a non-Boolean value given to a Boolean parameter.
	return bindingError(
		`Cannot process argument transformation on parameter '${spec.name}'. Cannot convert value "${typeNameOf(value)}" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`,
		'ParameterArgumentTransformationError',
	);
}

export function valuesEqual(left: Value, right: Value, caseSensitive = false): boolean {
	if (left === null) return right === null || (Array.isArray(right) && right.length === 0 && false);
	if (typeof left === 'string') {
		if (right === null) return false;
		const other = toText(right);
		return caseSensitive ? left === other : left.toLowerCase() === other.toLowerCase();
	}

	if (typeof left === 'number') {
		if (right === null) return false;
		return toNumber(right) === left;
	}

	if (typeof left === 'boolean') {
		if (right === null) return false;
		return left === toBool(right);
	}

	if (left instanceof EnumValue) {
		if (typeof right === 'string') return left.name.toLowerCase() === right.toLowerCase();
		if (typeof right === 'number') return left.value === right;
		if (right instanceof EnumValue) return left.value === right.value && left.typeName === right.typeName;
		return false;
	}

	if (left instanceof VersionValue && right !== null) return left.text === toText(right);
	if (left === right) return true;
	if (typeof right === 'string' && left instanceof PSObject && !(left instanceof CustomObject)) {
		return caseSensitive ? left.toText() === right : left.toText().toLowerCase() === right.toLowerCase();
	}

	return false;
}

function compareOrder(left: Value, right: Value, caseSensitive: boolean): number {
	if (typeof left === 'number' || typeof left === 'boolean' || left instanceof EnumValue) {
		const a = toNumber(left) ?? 0;
		const b = toNumber(right) ?? 0;
		return a === b ? 0 : a < b ? -1 : 1;
	}

	if (left === null) return right === null ? 0 : -1;
	const a = caseSensitive ? toText(left) : toText(left).toLowerCase();
	const b = caseSensitive ? toText(right) : toText(right).toLowerCase();
	return a === b ? 0 : a < b ? -1 : 1;
}

function typeMatches(value: Value, typeName: string): boolean {
	const wanted = typeName.toLowerCase().replace(/^system\./, '');
	const actual = typeNameOf(value).toLowerCase().replace(/^system\./, '');
	if (wanted === 'object' || wanted === 'psobject') return value !== null;
	if (wanted === 'int') return actual === 'int32';
	if (wanted === 'bool') return actual === 'boolean';
	if (wanted === 'array' || wanted === 'object[]') return Array.isArray(value);
	if (wanted === 'hashtable' || wanted === 'collections.hashtable') return value instanceof Hashtable;
	if (wanted === 'scriptblock') return value instanceof ScriptBlockValue;
	return actual === wanted || actual.endsWith('.' + wanted);
}

export function wildcardToRegex(pattern: string, caseSensitive = false): RegExp {
	let source = '';
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i] as string;
		if (c === '*') source += '.*';
		else if (c === '?') source += '.';
		else if (c === '`' && i + 1 < pattern.length) source += escapeRegex(pattern[++i] as string);
		else if (c === '[') {
			const close = pattern.indexOf(']', i + 1);
			if (close > i) {
				source += '[' + pattern.slice(i + 1, close).replace(/[\\^\]]/g, m => '\\' + m) + ']';
				i = close;
			} else {
				source += '\\[';
			}
		} else source += escapeRegex(c);
	}

	return new RegExp(`^${source}$`, caseSensitive ? 's' : 'is');
}

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function roundHalfEven(value: number): number {
	const floor = Math.floor(value);
	const diff = value - floor;
	if (diff > 0.5) return floor + 1;
	if (diff < 0.5) return floor;
	return floor % 2 === 0 ? floor : floor + 1;
}

export {TypeInfoValue};
