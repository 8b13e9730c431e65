import type {ScriptBlockAst} from './ast.js';

/**
 * PowerShell values in JavaScript: `null`, booleans, numbers, strings, arrays (object[]),
 * byte arrays (Uint8Array), and objects deriving from `PSObject`.
 */
export type Value = null | boolean | number | string | Value[] | Uint8Array | PSObject;

/** Anything with members. Member lookups are case-insensitive, as in PowerShell. */
export abstract class PSObject {
	abstract readonly typeName: string;

	/** `undefined` when the object has no such member (PowerShell then yields $null). */
	getProperty(_name: string): Value | undefined {
		return undefined;
	}

	/** Returns false when the property does not exist or is read-only. */
	setProperty(_name: string, _value: Value): boolean {
		return false;
	}

	propertyNames(): string[] {
		return [];
	}

	/** `undefined` when there is no such method. */
	callMethod(name: string, _args: Value[]): Value | undefined {
		if (name.toLowerCase() === 'tostring') return this.toText();
		if (name.toLowerCase() === 'gettype') return new TypeInfoValue(this.typeName);
		return undefined;
	}

	toText(): string {
		return this.typeName;
	}

	/** What ConvertTo-Json makes of it; `depth` is what remains of -Depth. */
	toJson(depth: number): unknown {
		if (depth < 0) return this.toText();
		const result: Record<string, unknown> = {};
		for (const name of this.propertyNames()) result[name] = jsonOf(this.getProperty(name) ?? null, depth - 1);
		return result;
	}

	/** Properties shown by the default formatter. */
	displayProperties(): string[] {
		return this.propertyNames();
	}
}

/** A void method's result: a statement calling it writes nothing to the pipeline. */
class VoidValue extends PSObject {
	readonly typeName = 'System.Void';

	override toText(): string {
		return '';
	}
}

export const voidResult: PSObject = new VoidValue();

/** A PSCustomObject: ordered, case-insensitive note properties. */
export class CustomObject extends PSObject {
	private readonly properties = new Map<string, {name: string; value: Value}>();

	constructor(
		entries: Iterable<readonly [string, Value]> = [],
		readonly typeName = 'System.Management.Automation.PSCustomObject',
		private readonly display?: string[],
	) {
		super();
		for (const [name, value] of entries) this.properties.set(name.toLowerCase(), {name, value});
	}

	override getProperty(name: string): Value | undefined {
		return this.properties.get(name.toLowerCase())?.value;
	}

	override setProperty(name: string, value: Value): boolean {
		const existing = this.properties.get(name.toLowerCase());
		if (!existing) return false;
		existing.value = value;
		return true;
	}

	addProperty(name: string, value: Value): void {
		this.properties.set(name.toLowerCase(), {name, value});
	}

	override propertyNames(): string[] {
		return [...this.properties.values()].map(property => property.name);
	}

	override displayProperties(): string[] {
		return this.display ?? this.propertyNames();
	}

	override toText(): string {
		if (this.typeName !== 'System.Management.Automation.PSCustomObject' && this.typeName !== 'Selected') return this.typeName;
		const body = [...this.properties.values()].map(({name, value}) => `${name}=${toText(value)}`).join('; ');
		return `@{${body}}`;
	}
}

/** A hashtable (`@{}`): case-insensitive keys; keys keep their first spelling. */
export class Hashtable extends PSObject {
	readonly typeName = 'System.Collections.Hashtable';
	readonly entries = new Map<string, {key: Value; value: Value}>();

	static keyOf(key: Value): string {
		return typeof key === 'string' ? 's:' + key.toLowerCase() : 'v:' + toText(key);
	}

	set(key: Value, value: Value): void {
		const id = Hashtable.keyOf(key);
		const existing = this.entries.get(id);
		if (existing) existing.value = value;
		else this.entries.set(id, {key, value});
	}

	get(key: Value): Value | undefined {
		return this.entries.get(Hashtable.keyOf(key))?.value;
	}

	override getProperty(name: string): Value | undefined {
		const lower = name.toLowerCase();
		if (lower === 'count') return this.entries.size;
		if (lower === 'keys') return [...this.entries.values()].map(entry => entry.key);
		if (lower === 'values') return [...this.entries.values()].map(entry => entry.value);
		const entry = this.entries.get(Hashtable.keyOf(name));
		return entry ? entry.value : null;
	}

	override setProperty(name: string, value: Value): boolean {
		this.set(name, value);
		return true;
	}

	override propertyNames(): string[] {
		return [...this.entries.values()].map(entry => toText(entry.key));
	}

	override callMethod(name: string, args: Value[]): Value | undefined {
		switch (name.toLowerCase()) {
			case 'containskey':
				return this.entries.has(Hashtable.keyOf(args[0] ?? null));
			case 'add':
				this.set(args[0] ?? null, args[1] ?? null);
				return voidResult;
			case 'remove':
				this.entries.delete(Hashtable.keyOf(args[0] ?? null));
				return voidResult;
			default:
				return super.callMethod(name, args);
		}
	}

	override toJson(depth: number): unknown {
		if (depth < 0) return this.toText();
		const result: Record<string, unknown> = {};
		for (const {key, value} of this.entries.values()) result[toText(key)] = jsonOf(value, depth - 1);
		return result;
	}
}

/** System.Version (and the engine's SemanticVersion, which prints the same way here). */
export class VersionValue extends PSObject {
	readonly typeName = 'System.Version';
	readonly parts: number[];

	constructor(readonly text: string) {
		super();
		this.parts = text.split(/[.-]/).slice(0, 4).map(part => Number.parseInt(part, 10)).map(part => (Number.isNaN(part) ? 0 : part));
	}

	override getProperty(name: string): Value | undefined {
		const index = ['major', 'minor', 'build', 'revision'].indexOf(name.toLowerCase());
		if (index >= 0) return this.parts[index] ?? (index >= 2 ? -1 : 0);
		if (name.toLowerCase() === 'majorrevision') return 0;
		if (name.toLowerCase() === 'minorrevision') return this.parts[3] ?? -1;
		return undefined;
	}

	override propertyNames(): string[] {
		return ['Major', 'Minor', 'Build', 'Revision', 'MajorRevision', 'MinorRevision'];
	}

	override displayProperties(): string[] {
		return ['Major', 'Minor', 'Build', 'Revision'];
	}

	override toText(): string {
		return this.text;
	}
}

/** A .NET enum value: prints as its name, serializes to JSON as its number. */
export class EnumValue extends PSObject {
	constructor(
		readonly typeName: string,
		readonly name: string,
		readonly value: number,
	) {
		super();
	}

	override toText(): string {
		return this.name;
	}

	override toJson(): unknown {
		return this.value;
	}

	override getProperty(name: string): Value | undefined {
		if (name.toLowerCase() === 'value__') return this.value;
		return undefined;
	}
}

/** What `.GetType()` returns. */
export class TypeInfoValue extends PSObject {
	readonly typeName = 'System.RuntimeType';

	constructor(readonly fullName: string) {
		super();
	}

	override getProperty(name: string): Value | undefined {
		const lower = name.toLowerCase();
		if (lower === 'fullname') return this.fullName;
		if (lower === 'name') return this.fullName.split('.').pop() ?? this.fullName;
		return undefined;
	}

	override propertyNames(): string[] {
		return ['Name', 'FullName'];
	}

	override toText(): string {
		return this.fullName;
	}
}

export class ScriptBlockValue extends PSObject {
	readonly typeName = 'System.Management.Automation.ScriptBlock';

	constructor(readonly block: ScriptBlockAst) {
		super();
	}

	override toText(): string {
		return this.block.text;
	}

	override toJson(): unknown {
		return this.block.text;
	}
}

export class SecureStringValue extends PSObject {
	readonly typeName = 'System.Security.SecureString';
	private chars: string[] = [];
	private readOnly = false;

	/** Only the simulator reads it back, to compare with the accepted credentials. */
	reveal(): string {
		return this.chars.join('');
	}

	static of(text: string): SecureStringValue {
		const value = new SecureStringValue();
		value.chars = [...text];
		return value;
	}

	override getProperty(name: string): Value | undefined {
		return name.toLowerCase() === 'length' ? this.chars.length : undefined;
	}

	override propertyNames(): string[] {
		return ['Length'];
	}

	override callMethod(name: string, args: Value[]): Value | undefined {
		switch (name.toLowerCase()) {
			case 'appendchar':
				if (!this.readOnly) this.chars.push(toText(args[0] ?? null));
				return voidResult;
			case 'makereadonly':
				this.readOnly = true;
				return voidResult;
			case 'clear':
				this.chars = [];
				return voidResult;
			default:
				return super.callMethod(name, args);
		}
	}
}

export class CredentialValue extends PSObject {
	readonly typeName = 'System.Management.Automation.PSCredential';

	constructor(
		readonly userName: string,
		readonly password: SecureStringValue,
	) {
		super();
	}

	override getProperty(name: string): Value | undefined {
		const lower = name.toLowerCase();
		if (lower === 'username') return this.userName;
		if (lower === 'password') return this.password;
		return undefined;
	}

	override propertyNames(): string[] {
		return ['UserName', 'Password'];
	}
}

/**
 * `New-Object System.Collections.Generic.List[object]`: the bridge's frame collects its results
 * in one. A pipeline or `@(...)` enumerates it, as PowerShell does.
 */
export class ListValue extends PSObject {
	readonly typeName = 'System.Collections.Generic.List`1[[System.Object]]';
	readonly items: Value[] = [];

	override getProperty(name: string): Value | undefined {
		if (name.toLowerCase() === 'count') return this.items.length;
		return super.getProperty(name);
	}

	override callMethod(name: string, args: Value[]): Value | undefined {
		if (name.toLowerCase() === 'add') {
			this.items.push(args[0] ?? null);
			return voidResult;
		}

		// The bridge's reply converts the list with ToArray() (PowerShell 7.6 refuses `@($list)`).
		if (name.toLowerCase() === 'toarray') return [...this.items];
		return super.callMethod(name, args);
	}

	override toJson(depth: number): unknown {
		return this.items.map(item => jsonOf(item, depth - 1));
	}
}

// ---------------------------------------------------------------- conversions

export function isEnumerable(value: Value): value is Value[] | Uint8Array {
	return Array.isArray(value) || value instanceof Uint8Array;
}

export function toArray(value: Value): Value[] {
	if (Array.isArray(value)) return value;
	if (value instanceof ListValue) return value.items;
	if (value instanceof Uint8Array) return [...value];
	return [value];
}

/** Pipeline output of a value: arrays are unrolled one level, $null writes nothing only when asked. */
export function unroll(value: Value): Value[] {
	if (Array.isArray(value)) return value;
	if (value instanceof ListValue) return value.items;
	if (value instanceof Uint8Array) return [...value];
	return [value];
}

export function formatNumber(value: number): string {
	if (Number.isInteger(value)) return String(value);
	if (Number.isNaN(value)) return 'NaN';
	if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
	return String(Number(value.toPrecision(15)));
}

/** `[string]$value` and string interpolation. Arrays join with a space ($OFS). */
export function toText(value: Value): string {
	if (value === null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	if (typeof value === 'number') return formatNumber(value);
	if (Array.isArray(value)) return value.map(toText).join(' ');
	if (value instanceof Uint8Array) return [...value].join(' ');
	return value.toText();
}

/** PowerShell's truthiness (`[bool]`, `if`, `-not`). */
export function toBool(value: Value): boolean {
	if (value === null) return false;
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value !== 0;
	if (typeof value === 'string') return value.length > 0;
	if (Array.isArray(value)) {
		if (value.length === 0) return false;
		if (value.length === 1) return toBool(value[0] ?? null);
		return true;
	}

	if (value instanceof Uint8Array) return value.length > 1 || (value.length === 1 && value[0] !== 0);
	if (value instanceof EnumValue) return value.value !== 0;
	return true;
}

/** `undefined` when the value is not a number PowerShell would accept. */
export function toNumber(value: Value): number | undefined {
	if (value === null) return 0;
	if (typeof value === 'number') return value;
	if (typeof value === 'boolean') return value ? 1 : 0;
	if (typeof value === 'string') {
		const trimmed = value.trim();
		if (trimmed === '') return 0;
		if (/^[+-]?0x[0-9a-f]+$/i.test(trimmed)) return Number.parseInt(trimmed, 16);
		const number = Number(trimmed);
		return Number.isNaN(number) ? undefined : number;
	}

	if (value instanceof EnumValue) return value.value;
	if (Array.isArray(value) && value.length === 1) return toNumber(value[0] ?? null);
	return undefined;
}

export function typeNameOf(value: Value): string {
	if (value === null) return 'null';
	if (typeof value === 'string') return 'System.String';
	if (typeof value === 'boolean') return 'System.Boolean';
	if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) <= 2147483647 ? 'System.Int32' : 'System.Double';
	if (Array.isArray(value)) return 'System.Object[]';
	if (value instanceof Uint8Array) return 'System.Byte[]';
	return value.typeName;
}

/** ConvertTo-Json's view of a value. */
export function jsonOf(value: Value, depth: number): unknown {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : toText(value);
	if (Array.isArray(value)) return depth < 0 ? toText(value) : value.map(item => jsonOf(item, depth - 1));
	if (value instanceof Uint8Array) return [...value];
	return value.toJson(depth);
}

/** Members of strings, numbers and arrays that scripts commonly use. */
export function primitiveProperty(value: Value, name: string): Value | undefined {
	const lower = name.toLowerCase();
	if (typeof value === 'string') {
		if (lower === 'length') return value.length;
		return undefined;
	}

	if (Array.isArray(value) || value instanceof Uint8Array) {
		if (lower === 'length' || lower === 'count') return value.length;
		return undefined;
	}

	if (value === null) return undefined;
	if (typeof value === 'object') return value.getProperty(name);
	if (lower === 'count' || lower === 'length') return 1;
	return undefined;
}

export function primitiveMethod(value: Value, name: string, args: Value[]): Value | undefined {
	const lower = name.toLowerCase();
	const arg = (index: number): string => toText(args[index] ?? null);
	if (lower === 'tostring' && (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array)) {
		return Array.isArray(value) ? 'System.Object[]' : value instanceof Uint8Array ? 'System.Byte[]' : toText(value);
	}

	if (lower === 'gettype') return new TypeInfoValue(typeNameOf(value));
	if (typeof value === 'string') {
		switch (lower) {
			case 'toupper':
			case 'toupperinvariant':
				return value.toUpperCase();
			case 'tolower':
			case 'tolowerinvariant':
				return value.toLowerCase();
			case 'trim':
				return value.trim();
			case 'trimstart':
				return value.trimStart();
			case 'trimend':
				return value.trimEnd();
			case 'startswith':
				return value.startsWith(arg(0));
			case 'endswith':
				return value.endsWith(arg(0));
			case 'contains':
				return value.includes(arg(0));
			case 'indexof':
				return value.indexOf(arg(0));
			case 'replace':
				return value.split(arg(0)).join(arg(1));
			case 'substring': {
				const start = toNumber(args[0] ?? null) ?? 0;
				const length = args.length > 1 ? toNumber(args[1] ?? null) : undefined;
				return length === undefined ? value.slice(start) : value.slice(start, start + length);
			}

			case 'split':
				return value.split(arg(0));
			case 'tochararray':
				return [...value];
			case 'equals':
				return value === arg(0);
			default:
				return undefined;
		}
	}

	if (Array.isArray(value) && lower === 'contains') return value.some(item => toText(item) === arg(0));
	if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)) {
		return value.callMethod(name, args);
	}

	return undefined;
}
