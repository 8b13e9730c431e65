/**
 * Runs a plan's change steps and then its verification, in the run's session, with nothing lost:
 * each command is journaled before it is sent and its result after it answers. The rollback
 * script is written before the first change for EVERY change of the plan (undoing a change that
 * did not run is harmless: it puts back the value that is still there), so that it covers what
 * ran even if offline-im itself is killed; when the run ends it is rewritten for exactly what ran
 * or may have run.
 *
 * Per-user grants travel in batches (one request, one try/catch per command): a thousand users
 * cost a few dozen round trips instead of a thousand, and each user still gets its own result.
 */
import type {CommandResult} from '../powershell/frame.js';
import {SessionError, type PowerShellSession, type SessionFailure} from '../powershell/session.js';
import type {Plan, Step} from '../plan/plan.js';
import type {Journal} from './journal.js';

export type StepStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped' | 'unknown';

export type StepRecord = {
	step: Step;
	status: StepStatus;
	/** PowerShell's message, when the step failed. */
	error?: string;
	/** Verify steps: what the read-back found, as a person reads it. */
	found?: string;
};

export type ExecutionOutcome =
	/** Everything ran and the read-back matches. */
	| 'done'
	/** Some users failed (continue on error); the rest is done. */
	| 'partial'
	/** A command failed and the run stopped there. */
	| 'failed'
	/** The admin asked to stop; the run stopped between two requests. */
	| 'interrupted'
	/** PowerShell died or hung; the last request's result is unknown. */
	| 'crashed';

export type ExecutionProgress = {
	/** Steps that succeeded (failures are not included: done + failed is what has finished). */
	done: number;
	/** Steps that failed or whose result is unknown. */
	failed: number;
	total: number;
	phase: 'change' | 'verify';
	current?: Step;
};

export type ExecutionReport = {
	outcome: ExecutionOutcome;
	changes: StepRecord[];
	verification: StepRecord[];
	/** True when every verify step found what the plan expected. */
	verified: boolean;
	durationMs: number;
	/** Why the session ended, when it did (catalog: commands.sessionFailure). */
	sessionFailure?: SessionFailure;
};

/** Answers whether a verify step's output shows the expected state, and what it found. */
export type VerifyCheck = (step: Step, output: unknown[]) => {ok: boolean; found: string};

export type ExecuteOptions = {
	continueOnError: boolean;
	journal: Journal;
	verify: VerifyCheck;
	/** Rewrites the rollback script for these change steps. */
	writeRollback: (ran: readonly Step[]) => void;
	onProgress?: (progress: ExecutionProgress, records: readonly StepRecord[]) => void;
	/** Checked between requests; true stops the run cleanly. */
	isStopRequested?: () => boolean;
	/** Commands per request for grants and read-backs. */
	batchSize?: number;
	timeoutMs?: number;
};

const batchedKinds = new Set<Step['kind']>(['grant', 'verify-user', 'verify-policy']);

/** Consecutive batchable steps of the same kind go together; every other step goes alone. */
export function batchSteps(steps: readonly Step[], batchSize: number): Step[][] {
	const batches: Step[][] = [];
	for (const step of steps) {
		const last = batches.at(-1);
		const lastStep = last?.at(-1);
		if (last && lastStep && batchedKinds.has(step.kind) && lastStep.kind === step.kind && last.length < batchSize) {
			last.push(step);
		} else {
			batches.push([step]);
		}
	}

	return batches;
}

export async function executePlan(session: PowerShellSession, plan: Plan, options: ExecuteOptions): Promise<ExecutionReport> {
	const started = Date.now();
	const batchSize = options.batchSize ?? 100;
	const changes: StepRecord[] = plan.steps.filter(step => step.phase === 'change').map(step => ({step, status: 'pending'}));
	const verification: StepRecord[] = plan.steps.filter(step => step.phase === 'verify').map(step => ({step, status: 'pending'}));
	const {journal} = options;
	let outcome: ExecutionOutcome = 'done';
	let sessionFailure: SessionFailure | undefined;

	const recordOf = new Map<Step, StepRecord>([...changes, ...verification].map(record => [record.step, record]));
	const tally = {change: {done: 0, failed: 0}, verify: {done: 0, failed: 0}};
	const report = (phase: ExecutionProgress['phase'], current?: Step) => {
		const records = phase === 'change' ? changes : verification;
		options.onProgress?.({...tally[phase], total: records.length, phase, ...(current ? {current} : {})}, records);
	};

	const ran = () => changes.filter(record => record.status === 'done' || record.status === 'unknown').map(record => record.step);
	if (changes.length > 0) options.writeRollback(changes.map(record => record.step));

	/** Runs one batch; false when the run must stop. */
	const runBatch = async (records: StepRecord[], phase: ExecutionProgress['phase']): Promise<boolean> => {
		const first = records[0]!;
		const isGrantBatch = first.step.kind === 'grant';
		const stopOnError = phase === 'change' && !(isGrantBatch && options.continueOnError);
		for (const record of records) record.status = 'running';
		// Changes are flushed to disk before they are sent; read-backs only written.
		const writeJournal = phase === 'change' ? journal.append.bind(journal) : journal.note.bind(journal);
		writeJournal(...records.map(({step}) => ({type: 'command', phase, stepId: step.id, kind: step.kind, subject: step.subject, command: step.command})));
		report(phase, first.step);

		let results: CommandResult[];
		try {
			results = await session.run(
				records.map(record => record.step.command),
				{stopOnError, ...(options.timeoutMs ? {timeoutMs: options.timeoutMs} : {})},
			);
		} catch (error) {
			if (!(error instanceof SessionError)) throw error;
			for (const record of records) record.status = 'unknown';

			tally[phase].failed += records.length;
			sessionFailure = error.failure;
			journal.append(
				...records.map(({step}) => ({type: 'result', stepId: step.id, status: 'unknown', error: error.message})),
				{type: 'session-ended', reason: error.failure.kind, message: error.message},
			);
			outcome = 'crashed';
			return false;
		}

		let failedHere = false;
		for (const [index, record] of records.entries()) {
			const result = results[index];
			if (!result) {
				record.status = 'skipped';
				continue;
			}

			if (!result.ok) {
				record.status = 'failed';
				record.error = result.error;
				failedHere = true;
			} else if (phase === 'verify') {
				const check = options.verify(record.step, result.output);
				record.status = check.ok ? 'done' : 'failed';
				record.found = check.found;
			} else {
				record.status = 'done';
			}

			tally[phase][record.status === 'done' ? 'done' : 'failed'] += 1;
		}

		writeJournal(
			...records.map(({step, status, error, found}) => ({
				type: phase === 'verify' ? 'verify' : 'result',
				stepId: step.id,
				status,
				...(error ? {error} : {}),
				...(found === undefined ? {} : {found}),
			})),
		);
		report(phase);

		if (phase === 'change' && failedHere) {
			if (stopOnError) {
				outcome = 'failed';
				return false;
			}

			outcome = 'partial';
		}

		return true;
	};

	let keepGoing = true;
	for (const batch of batchSteps(changes.map(record => record.step), batchSize)) {
		if (options.isStopRequested?.()) {
			outcome = 'interrupted';
			journal.append({type: 'interrupted', reason: 'stop requested', remaining: changes.length - tally.change.done - tally.change.failed});
			keepGoing = false;
			break;
		}

		const records = batch.map(step => recordOf.get(step)!);
		keepGoing = await runBatch(records, 'change');
		if (!keepGoing) break;
	}

	for (const record of changes) if (record.status === 'pending') record.status = 'skipped';
	if (changes.length > 0) options.writeRollback(ran());


	// Read back even after a failure: the admin needs to know the state the tenant is in now.
	if ((outcome as ExecutionOutcome) !== 'crashed') {
		for (const batch of batchSteps(verification.map(record => record.step), batchSize)) {
			// Reading back changes nothing, so a stop here only leaves the rest unconfirmed.
			if (options.isStopRequested?.()) break;
			const records = batch.map(step => recordOf.get(step)!);
			if (!(await runBatch(records, 'verify'))) break;
		}
	}

	for (const record of verification) if (record.status === 'pending') record.status = 'skipped';
	const verified = verification.length > 0 && verification.every(record => record.status === 'done');
	if (outcome === 'done' && !verified && verification.length > 0) outcome = 'failed';

	return {
		outcome,
		changes,
		verification,
		verified,
		durationMs: Date.now() - started,
		...(sessionFailure ? {sessionFailure} : {}),
	};
}
