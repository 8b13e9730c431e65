/**
 * Gathers the facts for the prerequisite checks: find PowerShell, start the run's one session
 * (or reuse it), probe it, resolve the pool. The session it starts is handed back: the wizard and
 * `apply` go on with it, so a run never starts a second PowerShell.
 */
import {quotePowerShellLiteral} from '../plan/quote.js';
import {probeEnvironment, resolvePool} from '../powershell/environment.js';
import type {Located} from '../powershell/locate.js';
import {PowerShellSession, SessionError, type SessionFailure, type SessionOptions} from '../powershell/session.js';
import {evaluatePrerequisites, type Check, type CheckTarget, type PrerequisiteFacts} from './prerequisites.js';
import type {checks as ChecksMessages} from '../i18n/en/checks.js';

export type PrerequisiteStage = 'locate' | 'start' | 'probe' | 'pool' | 'done';

export type PrerequisiteRun = {
	checks: Check[];
	facts: PrerequisiteFacts;
	/** The live session, when one could be started and is usable. */
	session?: PowerShellSession;
};

export type RunPrerequisitesInput = {
	target: CheckTarget;
	located: Located;
	/** How to start PowerShell, apart from the executable (environment, bypass, log). */
	sessionOptions: Omit<SessionOptions, 'executable'>;
	/** A session from an earlier run of the checks (or started ahead), reused when still alive. */
	session?: PowerShellSession;
	/** Why a session started ahead could not start: reported, not tried again. */
	startFailure?: SessionFailure;
	messages: typeof ChecksMessages;
	platform?: NodeJS.Platform;
	onStage?: (stage: PrerequisiteStage) => void;
};

export async function runPrerequisites(input: RunPrerequisitesInput): Promise<PrerequisiteRun> {
	const {target, located, messages, onStage} = input;
	const facts: PrerequisiteFacts = {target, platform: input.platform ?? process.platform, located};
	onStage?.('locate');

	let session = input.session?.alive ? input.session : undefined;
	if (input.startFailure) facts.startFailure = input.startFailure;
	else if (located.ok && !session) {
		onStage?.('start');
		try {
			session = await PowerShellSession.start({...input.sessionOptions, executable: located.executable});
		} catch (error) {
			if (!(error instanceof SessionError)) throw error;
			facts.startFailure = error.failure;
		}
	}

	if (session) {
		onStage?.('probe');
		try {
			facts.environment = await probeEnvironment(session);
			if (target.kind === 'server' && target.pool) {
				onStage?.('pool');
				facts.pool = await resolvePool(session, quotePowerShellLiteral(target.pool));
			}
		} catch (error) {
			if (!(error instanceof SessionError)) throw error;
			// The session died while being probed: reported like a start that failed.
			facts.startFailure = error.failure;
			session = undefined;
		}
	}

	onStage?.('done');
	return {checks: evaluatePrerequisites(facts, messages), facts, ...(session ? {session} : {})};
}
