/**
 * Runs a plan's connection preamble in the run's session. The `$credential = Get-Credential`
 * step (what the saved script does for a person at a console) becomes a credential built from
 * the typed password through the session's one-time pad: a -NonInteractive session cannot
 * prompt, and the password must never appear in script text.
 */
import type {SignIn} from '../plan/choices.js';
import {quotePowerShellLiteral} from '../plan/quote.js';
import type {Step} from '../plan/plan.js';
import type {PowerShellSession} from '../powershell/session.js';
import {explainError, type ErrorHint} from './explain-error.js';

export type ConnectResult = {ok: true} | {ok: false; step: Step; error: string; hint: ErrorHint};

export type ConnectOptions = {
	/** The typed password, when the target signs in with a credential. Never stored. */
	password?: string;
	/** Told before each step runs, for progress and the journal. */
	onStep?: (step: Step) => void;
	/** Connecting to a remote pool or a cloud tenant can take a while. */
	timeoutMs?: number;
	/** Which service: some hints hold for one only (Online's 3-session limit). */
	targetKind?: 'server' | 'online';
};

/** Runs the connection steps (connectionSteps of the target) in order; the first failure ends it. */
export async function connect(session: PowerShellSession, steps: readonly Step[], signIn: SignIn, options: ConnectOptions = {}): Promise<ConnectResult> {
	for (const step of steps) {
		options.onStep?.(step);
		let result;
		if (step.kind === 'credential') {
			if (signIn.kind !== 'credential' || options.password === undefined) {
				const error = 'A password is needed to sign in with a user name.';
				return {ok: false, step, error, hint: 'credentials'};
			}

			result = await session.defineCredential('credential', quotePowerShellLiteral(signIn.userName), options.password);
		} else {
			result = await session.runOne(step.command, {timeoutMs: options.timeoutMs ?? 180_000});
		}

		if (!result.ok) {
			let hint = explainError(result.error, result.errorId, options.targetKind);
			// AllSigned, publisher not trusted yet: PowerShell asks, and -NonInteractive fails at the question.
			if (hint === 'needsPrompt' && step.kind === 'import-module') hint = 'untrustedPublisher';
			return {ok: false, step, error: result.error, hint};
		}
	}

	return {ok: true};
}
