/**
 * Errors a person can act on. The top level prints `message` and `hint` (never a stack trace)
 * and exits with `exitCode`: 2 for bad usage or input, 1 for a check or command that failed.
 */
export class UserFacingError extends Error {
	constructor(
		message: string,
		readonly hint: string | undefined,
		readonly exitCode: 1 | 2,
	) {
		super(message);
		this.name = 'UserFacingError';
	}
}

/** Bad usage or input: names the input and what to do. Exit code 2. */
export class InputError extends UserFacingError {
	constructor(message: string, hint?: string) {
		super(message, hint, 2);
		this.name = 'InputError';
	}
}

/** A check or a command that failed. Exit code 1. */
export class FailureError extends UserFacingError {
	constructor(message: string, hint?: string) {
		super(message, hint, 1);
		this.name = 'FailureError';
	}
}
