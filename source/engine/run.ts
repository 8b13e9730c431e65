/**
 * One run of offline-im, as the wizard and `apply` both use it: the run's single PowerShell
 * session, its journal, and the steps in their order (checks, connection, reads, change,
 * verification). Every command that reaches PowerShell is journaled before and after.
 */
import {mkdirSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {runPrerequisites, type PrerequisiteRun, type PrerequisiteStage} from '../checks/run-prerequisites.js';
import type {CheckTarget} from '../checks/prerequisites.js';
import {catalogFor} from '../i18n/catalog.js';
import type {Language} from '../i18n/language.js';
import type {Choices, Target} from '../plan/choices.js';
import {readPerUserPoliciesCommand, readPolicyCommand, readSitePoliciesCommand} from '../plan/commands.js';
import {connectionSteps} from '../plan/connection.js';
import type {Plan, PolicyValue, Step, TenantSnapshot} from '../plan/plan.js';
import {readSteps} from '../plan/reads.js';
import {policyValuesFrom} from '../plan/read-output.js';
import {renderRollbackScript, scriptFileText} from '../plan/render-script.js';
import {snapshotFromReads} from '../plan/snapshot.js';
import {checkVerification} from '../plan/verification.js';
import type {CommandResult} from '../powershell/frame.js';
import type {Located} from '../powershell/locate.js';
import {PowerShellSession, SessionError, type SessionFailure} from '../powershell/session.js';
import {standInScript} from '../simulator/stand-in.js';
import {version} from '../version.js';
import {connect as connectSession, type ConnectResult} from './connect.js';
import {executePlan, type ExecutionProgress, type ExecutionReport, type StepRecord} from './execute.js';
import {Journal, rollbackPathFor} from './journal.js';

export type RunOptions = {
	language: Language;
	located: Located;
	/** Rehearsal: the simulated tenant's file (shown to the admin, recorded in the journal). */
	rehearsalTenant?: string;
	/** Extra environment for PowerShell (the simulator's tenant file). */
	sessionEnv?: Record<string, string>;
	bypassExecutionPolicy?: boolean;
	journalFile: string;
	requestTimeoutMs?: number;
	/** Commands per request for reads (users) and grants. */
	batchSize?: number;
	/** Online may sign in with Microsoft's window: on Windows PowerShell must not start hidden. */
	interactiveSignIn?: boolean;
};

/** Lines PowerShell writes outside the frames (warnings, module banners) kept in the journal. */
const loggedLinesKept = 500;

/** The current state as the Current state screen shows it. */
export type TenantOverview = {
	global?: PolicyValue;
	sites: PolicyValue[];
	perUserPolicies: PolicyValue[];
	/** PowerShell's messages for reads that failed. */
	errors: string[];
};

export type ExecuteRunOptions = {
	continueOnError: boolean;
	onProgress?: (progress: ExecutionProgress, records: readonly StepRecord[]) => void;
	isStopRequested?: () => boolean;
	batchSize?: number;
};

export class Run {
	session: PowerShellSession | undefined;
	readonly journalFile: string;
	readonly rollbackFile: string;
	private journalHandle: Journal | undefined;
	private loggedLines = 0;
	private starting: Promise<SessionFailure | undefined> | undefined;

	constructor(private readonly options: RunOptions) {
		this.journalFile = options.journalFile;
		this.rollbackFile = rollbackPathFor(options.journalFile);
	}

	get rehearsal(): boolean {
		return this.options.rehearsalTenant !== undefined;
	}

	/** The journal, opened with a first event on the first command of the run. */
	get journal(): Journal {
		if (!this.journalHandle) {
			this.journalHandle = Journal.open(this.journalFile);
			this.journalHandle.note({
				type: 'start',
				tool: 'offline-im',
				version,
				rehearsal: this.rehearsal,
				...(this.options.rehearsalTenant ? {tenantFile: this.options.rehearsalTenant} : {}),
				powershell: this.options.located.ok ? this.options.located.executable.display : null,
				// Which engine rehearsed: the simulator, or a real PowerShell with the stand-in module.
				...(this.rehearsal && this.options.located.ok
					? {rehearsalEngine: this.options.located.executable.standIn ? 'powershell-with-stand-in' : 'simulator'}
					: {}),
				engineVersion: this.session?.engineVersion ?? null,
				platform: process.platform,
			});
		}

		return this.journalHandle;
	}

	/**
	 * The prerequisite checks; starts the run's session on the first call. Run again (the admin
	 * fixed something), they reuse it; only a session that could not start is tried again.
	 */
	async checkPrerequisites(target: CheckTarget, onStage?: (stage: PrerequisiteStage) => void): Promise<PrerequisiteRun> {
		const startFailure = this.starting ? await this.starting : undefined;
		this.starting = undefined;
		return runPrerequisites({
			target,
			located: this.options.located,
			sessionOptions: this.sessionOptions(target),
			...(this.session ? {session: this.session} : {}),
			...(startFailure ? {startFailure} : {}),
			messages: catalogFor(this.options.language).checks,
			...(onStage ? {onStage} : {}),
		});
	}

	/**
	 * Starts PowerShell now, without waiting: it gets ready while the users file is read and the
	 * plan is made. The checks then use it (or report why it did not start).
	 */
	startEarly(): void {
		if (this.session || this.starting || !this.options.located.ok) return;
		this.starting = PowerShellSession.start({...this.sessionOptions(), executable: this.options.located.executable}).then(
			() => undefined,
			(error: unknown) => {
				if (error instanceof SessionError) return error.failure;
				throw error;
			},
		);
	}

	/** Runs the connection preamble for the target. */
	async connect(target: Target, password?: string, onStep?: (step: Step) => void): Promise<ConnectResult> {
		const session = await this.requireSession();
		const steps = connectionSteps(target).map((draft, index) => ({...draft, id: `connect-${index + 1}`}));
		let current: Step | undefined;
		const result = await connectSession(session, steps, target.signIn, {
			targetKind: target.kind,
			...(password === undefined ? {} : {password}),
			onStep: step => {
				current = step;
				this.journal.note(commandEvent(step));
				onStep?.(step);
			},
		}).catch((error: unknown) => {
			if (!(error instanceof SessionError) || !current) throw error;
			return {ok: false as const, step: current, error: error.message, hint: 'generic' as const};
		});

		for (const step of steps) {
			if (!result.ok && step === result.step) {
				this.journal.note({type: 'result', stepId: step.id, status: 'failed', error: result.error});
				break;
			}

			this.journal.note({type: 'result', stepId: step.id, status: 'done'});
		}

		return result;
	}

	/** The values before any choice: Global, every site, every per-user policy. */
	async readOverview(): Promise<TenantOverview> {
		const commands = [readPolicyCommand({kind: 'global'}), readSitePoliciesCommand, readPerUserPoliciesCommand];
		const results = await this.runJournaled(commands.map((command, index) => ({id: `overview-${index + 1}`, phase: 'read', command})));
		const errors = results.flatMap(result => (result.ok ? [] : [result.error]));
		const values = (index: number) => {
			const result = results[index];
			return result?.ok ? policyValuesFrom(result.output) : [];
		};

		const [global] = values(0).filter(value => value.identity.toLowerCase() === 'global');
		return {...(global ? {global} : {}), sites: values(1), perUserPolicies: values(2), errors};
	}

	/**
	 * Reads what the plan for these choices needs: the values to restore and the users, in
	 * requests of at most `batchSize` commands.
	 */
	async readForChoices(choices: Choices): Promise<TenantSnapshot> {
		const steps: Step[] = readSteps(choices).map((draft, index) => ({...draft, id: `read-${index + 1}`}));
		const batchSize = this.options.batchSize ?? 100;
		const results: CommandResult[] = [];
		for (let start = 0; start < steps.length; start += batchSize) {
			const batch = steps.slice(start, start + batchSize);
			results.push(...(await this.runJournaled(batch.map(step => ({id: step.id, phase: 'read', command: step.command, subject: step.subject})))));
		}

		return snapshotFromReads(steps.map((step, index) => ({step, outcome: results[index] ?? {ok: false, error: 'no answer'}})));
	}

	/** Runs the change and the read-back; the rollback script follows what actually ran. */
	async execute(plan: Plan, options: ExecuteRunOptions): Promise<ExecutionReport> {
		const session = await this.requireSession();
		const {language} = this.options;
		const {scope} = plan.choices;
		this.journal.append({
			type: 'plan',
			createdAt: plan.createdAt,
			choices: plan.choices,
			createsPolicy: plan.createsPolicy,
			steps: plan.steps.length,
			warnings: plan.warnings.map(warning => warning.kind),
			rollbackFile: this.rollbackFile,
			users: scope.kind === 'users' ? scope.users.length : 0,
		});
		const report = await executePlan(session, plan, {
			continueOnError: options.continueOnError,
			journal: this.journal,
			verify: (step, output) => {
				const verification = checkVerification(step, {ok: true, output});
				return {ok: verification.ok, found: catalogFor(language).plan.found(verification.found)};
			},
			writeRollback: ran => writeAtomically(this.rollbackFile, scriptFileText(renderRollbackScript(plan, language, {ran, simulate: this.rehearsal}))),
			...(options.onProgress ? {onProgress: options.onProgress} : {}),
			...(options.isStopRequested ? {isStopRequested: options.isStopRequested} : {}),
			...((options.batchSize ?? this.options.batchSize) ? {batchSize: options.batchSize ?? this.options.batchSize} : {}),
		});
		this.journal.append({
			type: 'summary',
			outcome: report.outcome,
			verified: report.verified,
			done: report.changes.filter(record => record.status === 'done').length,
			failed: report.changes.filter(record => record.status === 'failed').length,
			unknown: report.changes.filter(record => record.status === 'unknown').length,
			skipped: report.changes.filter(record => record.status === 'skipped').length,
			durationMs: report.durationMs,
			rollbackFile: this.rollbackFile,
		});
		return report;
	}

	/** Stops PowerShell and closes the journal. Safe to call twice. */
	async close(): Promise<void> {
		await this.starting?.catch(() => undefined);
		await this.session?.stop();
		this.journalHandle?.close();
	}

	private sessionOptions(target?: CheckTarget) {
		const {located} = this.options;
		return {
			...(this.options.interactiveSignIn || target?.kind === 'online' ? {interactiveSignIn: true} : {}),
			// Rehearsal on a real PowerShell: the stand-in module, through the command stream.
			...(located.ok && located.executable.standIn ? {setupCommands: [standInScript()]} : {}),
			...(this.options.sessionEnv ? {env: this.options.sessionEnv} : {}),
			...(this.options.bypassExecutionPolicy ? {bypassExecutionPolicy: true} : {}),
			...(this.options.requestTimeoutMs ? {requestTimeoutMs: this.options.requestTimeoutMs} : {}),
			// Known from its first moment, so that close() can stop it even mid-start.
			onSpawn: (session: PowerShellSession) => {
				this.session = session;
			},
			onLog: ({stream, line}: {stream: 'stdout' | 'stderr'; line: string}) => {
				// PowerShell's warnings matter to support engineers; a chatty module must not flood the journal.
				// pwsh 7 writes terminal control sequences (ESC [?1h) when it exits: nothing to keep.
				const text = line.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
				if (!this.journalHandle || this.loggedLines >= loggedLinesKept || text.trim() === '') return;
				this.loggedLines += 1;
				this.journalHandle.note({type: 'log', stream, line});
			},
		};
	}

	/** The run's one session: started here only when the checks did not start it. */
	private async requireSession(): Promise<PowerShellSession> {
		if (this.session?.alive) return this.session;
		if (this.session) throw new SessionError({kind: 'stopped'});
		if (!this.options.located.ok) throw new SessionError({kind: 'not-started', message: 'PowerShell was not found.'});
		return PowerShellSession.start({...this.sessionOptions(), executable: this.options.located.executable});
	}

	private async runJournaled(commands: Array<{id: string; phase: string; command: string; subject?: string}>): Promise<CommandResult[]> {
		const session = await this.requireSession();
		this.journal.note(...commands.map(command => ({type: 'command', stepId: command.id, phase: command.phase, subject: command.subject, command: command.command})));
		const results = await session.run(commands.map(command => command.command));
		this.journal.note(
			...commands.map((command, index) => {
				const result = results[index];
				return {type: 'result', stepId: command.id, status: result?.ok ? 'done' : 'failed', ...(result && !result.ok ? {error: result.error} : {})};
			}),
		);
		return results;
	}
}

function commandEvent(step: Step) {
	return {
		type: 'command',
		stepId: step.id,
		phase: step.phase,
		kind: step.kind,
		subject: step.subject,
		command: step.command,
		...(step.kind === 'credential' ? {note: 'the password went to PowerShell through the session pad; it is not recorded'} : {}),
	};
}

/** Temp file + rename: a reader never sees half a script, even after a crash. */
export function writeAtomically(file: string, text: string): void {
	mkdirSync(path.dirname(file), {recursive: true});
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, text, {encoding: 'utf8', mode: 0o600});
	renameSync(temporary, file);
}
