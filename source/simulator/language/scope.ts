import type {Value} from './values.js';

/** A variable scope; lookups walk up to the global scope. Names are case-insensitive. */
export class Scope {
	private readonly variables = new Map<string, Value>();

	constructor(readonly parent?: Scope) {}

	get global(): Scope {
		// eslint-disable-next-line @typescript-eslint/no-this-alias
		let scope: Scope = this;
		while (scope.parent) scope = scope.parent;
		return scope;
	}

	lookup(name: string): {found: boolean; value: Value} {
		const key = name.toLowerCase();
		// eslint-disable-next-line @typescript-eslint/no-this-alias
		let scope: Scope | undefined = this;
		while (scope) {
			if (scope.variables.has(key)) return {found: true, value: scope.variables.get(key) ?? null};
			scope = scope.parent;
		}

		return {found: false, value: null};
	}

	/** Sets the variable where it is visible from here, else creates it in this scope. */
	set(name: string, value: Value): void {
		this.variables.set(name.toLowerCase(), value);
	}

	has(name: string): boolean {
		return this.variables.has(name.toLowerCase());
	}
}
