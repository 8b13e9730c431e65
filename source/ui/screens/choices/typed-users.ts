/**
 * Users typed on the Choices screen: a line of names separated by commas or semicolons, each
 * validated like every identity, added to the list without repeats (case-insensitive, as the
 * users file does it). Quotes and apostrophes are fine: the plan quotes every name.
 */
import {validateIdentity, type ValidationProblem} from '../../../plan/validate.js';

export type TypedLine = {ok: true; names: string[]} | {ok: false; name: string; problem: ValidationProblem};

/** The names of one typed line; empty pieces (`a,,b`, a trailing comma) are ignored. */
export function parseTypedLine(line: string): TypedLine {
	const names: string[] = [];
	for (const piece of line.split(/[,;]/)) {
		if (piece.trim() === '') continue;
		const validation = validateIdentity(piece);
		if (!validation.ok) return {ok: false, name: piece.trim(), problem: validation.problem};
		names.push(validation.value);
	}

	return {ok: true, names};
}

export type Merged = {
	users: string[];
	/** Names that were not in the list yet. */
	added: number;
	/** Names already in the list (or twice in the line), left out. */
	repeated: number;
};

/** `list` with `names` appended, each name once whatever its case. */
export function mergeUsers(list: readonly string[], names: readonly string[]): Merged {
	const seen = new Set(list.map(user => user.toLowerCase()));
	const users = [...list];
	let repeated = 0;
	for (const name of names) {
		const key = name.toLowerCase();
		if (seen.has(key)) {
			repeated++;
			continue;
		}

		seen.add(key);
		users.push(name);
	}

	return {users, added: users.length - list.length, repeated};
}
