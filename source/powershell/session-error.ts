/**
 * How a PowerShell session fails. Apart from session.ts so that the wizard's controller can tell
 * this error without loading execa before its first frame.
 */
export type SessionFailure =
	/** The executable could not be started at all. */
	| {kind: 'not-started'; message: string}
	/** The process ended; `stderr` is its last lines. */
	| {kind: 'exited'; exitCode: number | undefined; signal: string | undefined; stderr: string[]}
	/** No answer in time: the process was stopped. */
	| {kind: 'timeout'; timeoutMs: number; stderr: string[]}
	/** The engine answered the handshake but is older than 3.0 (no ConvertTo-Json). */
	| {kind: 'too-old'; engineVersion: string}
	/** The engine runs in Constrained (or another restricted) Language Mode: it cannot run the bridge's requests. */
	| {kind: 'constrained'; languageMode: string; engineVersion: string}
	/** A setup command run right after the handshake (the rehearsal's stand-in module) failed. */
	| {kind: 'setup-failed'; error: string}
	/** The process answered a request with a reply that cannot be read. */
	| {kind: 'unreadable'; detail: string}
	/** The process was stopped by `stop()`. */
	| {kind: 'stopped'};

export class SessionError extends Error {
	constructor(readonly failure: SessionFailure) {
		super(describeFailure(failure));
		this.name = 'SessionError';
	}
}

function describeFailure(failure: SessionFailure): string {
	switch (failure.kind) {
		case 'not-started': {
			return `PowerShell could not be started: ${failure.message}`;
		}

		case 'exited': {
			const how = failure.signal ? `was killed (${failure.signal})` : `exited with code ${failure.exitCode ?? 'unknown'}`;
			return `PowerShell ${how}.`;
		}

		case 'timeout': {
			return `PowerShell did not answer within ${Math.round(failure.timeoutMs / 1000)} s and was stopped.`;
		}

		case 'too-old': {
			return `PowerShell ${failure.engineVersion} is older than 3.0.`;
		}

		case 'constrained': {
			return `PowerShell runs in ${failure.languageMode} mode.`;
		}

		case 'setup-failed': {
			return `PowerShell could not be prepared: ${failure.error}`;
		}

		case 'unreadable': {
			return `PowerShell's answer could not be read (${failure.detail}).`;
		}

		case 'stopped': {
			return 'The PowerShell session was closed.';
		}
	}
}
