import {CustomObject, PSObject, TypeInfoValue, type Value} from './values.js';

export type ErrorPosition = {source: string; start: number; end: number};

export type ErrorRecordInit = {
	message: string;
	/** The full FullyQualifiedErrorId, e.g. `CommandNotFoundException` or `Modules_ModuleNotFound,Microsoft...ImportModuleCommand`. */
	errorId: string;
	category: string;
	/** Full .NET type name of the exception. */
	exceptionType: string;
	/** What CategoryInfo shows as the target, e.g. `Grant`. */
	targetName?: string;
	targetType?: string;
	/** The command that failed (CategoryInfo's activity and the `Cmd :` prefix on stderr). */
	commandName?: string;
	/** CategoryInfo's activity when it differs from `commandName` (empty for a command not found). */
	activity?: string;
	position?: ErrorPosition;
};

/** System.Management.Automation.ErrorRecord, as `$_` inside `catch` sees it. */
export class ErrorRecord extends PSObject {
	readonly typeName = 'System.Management.Automation.ErrorRecord';

	constructor(readonly info: ErrorRecordInit) {
		super();
	}

	get message(): string {
		return this.info.message;
	}

	get errorId(): string {
		return this.info.errorId;
	}

	withPosition(position: ErrorPosition | undefined, commandName?: string): ErrorRecord {
		if (!position && !commandName) return this;
		return new ErrorRecord({
			...this.info,
			...(this.info.position ? {} : position ? {position} : {}),
			...(this.info.commandName || !commandName ? {} : {commandName}),
		});
	}

	override getProperty(name: string): Value | undefined {
		switch (name.toLowerCase()) {
			case 'exception':
				return new ExceptionValue(this.info.message, this.info.exceptionType);
			case 'fullyqualifiederrorid':
				return this.info.errorId;
			case 'categoryinfo':
				return new CustomObject([
					['Category', this.info.category],
					['Activity', this.info.commandName ?? ''],
					['Reason', shortTypeName(this.info.exceptionType)],
					['TargetName', this.info.targetName ?? ''],
					['TargetType', this.info.targetType ?? ''],
				]);
			case 'targetobject':
				return this.info.targetName ?? null;
			case 'errordetails':
				return null;
			case 'invocationinfo':
				return new CustomObject([
					['MyCommand', this.info.commandName ?? null],
					['Line', this.info.position ? lineOf(this.info.position).text : ''],
				]);
			default:
				return undefined;
		}
	}

	override propertyNames(): string[] {
		return ['Exception', 'TargetObject', 'CategoryInfo', 'FullyQualifiedErrorId', 'ErrorDetails', 'InvocationInfo'];
	}

	override toText(): string {
		return this.info.message;
	}

	override toJson(depth: number): unknown {
		return depth < 0 ? this.toText() : {Exception: {Message: this.info.message}, FullyQualifiedErrorId: this.info.errorId};
	}
}

export class ExceptionValue extends PSObject {
	constructor(
		readonly message: string,
		readonly typeName: string,
	) {
		super();
	}

	override getProperty(name: string): Value | undefined {
		switch (name.toLowerCase()) {
			case 'message':
				return this.message;
			case 'innerexception':
				return null;
			default:
				return undefined;
		}
	}

	override propertyNames(): string[] {
		return ['Message', 'InnerException'];
	}

	override callMethod(name: string, args: Value[]): Value | undefined {
		if (name.toLowerCase() === 'gettype') return new TypeInfoValue(this.typeName);
		return super.callMethod(name, args);
	}

	override toText(): string {
		return `${this.typeName}: ${this.message}`;
	}
}

/**
 * A terminating error travelling up the JavaScript stack. `scope` says how far it goes when
 * nothing catches it: `statement` errors (a failing command, a bad parameter) end the statement
 * only, `script` errors (`throw`, -ErrorAction Stop) end the whole input.
 */
export class RuntimeError extends Error {
	constructor(
		readonly record: ErrorRecord,
		readonly scope: 'statement' | 'script',
	) {
		super(record.message);
		this.name = 'RuntimeError';
	}
}

export function shortTypeName(fullName: string): string {
	return fullName.split('.').pop() ?? fullName;
}

export function lineOf(position: ErrorPosition): {line: number; column: number; text: string} {
	const before = position.source.slice(0, position.start);
	const line = before.split('\n').length;
	const lineStart = before.lastIndexOf('\n') + 1;
	let lineEnd = position.source.indexOf('\n', position.start);
	if (lineEnd < 0) lineEnd = position.source.length;
	return {line, column: position.start - lineStart + 1, text: position.source.slice(lineStart, lineEnd).replace(/\r$/, '')};
}
