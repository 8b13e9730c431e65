/**
 * `offline-im apply CHOICES --yes`: checks, connect, read the current values, run the plan,
 * read back, summarise. Nothing changes before the checks pass, every user is found (unless
 * --continue-on-error) and the plan has no blocking warning. Exit 0 when everything ran and the
 * read-back confirms it, 1 when anything failed, 2 for bad usage or input.
 */
import {resolve} from 'node:path';
import {blockingChecks} from '../checks/prerequisites.js';
import type {ExecutionReport, StepRecord} from '../engine/execute.js';
import type {Run} from '../engine/run.js';
import {FailureError, InputError, UserFacingError} from '../errors.js';
import {catalogFor, type Catalog} from '../i18n/catalog.js';
import {buildPlan} from '../plan/build-plan.js';
import type {Choices} from '../plan/choices.js';
import type {Plan} from '../plan/plan.js';
import {warningSeverity} from '../plan/warnings.js';
import {SessionError} from '../powershell/session.js';
import {version} from '../version.js';
import {choicesFromOptions} from './choices-from-options.js';
import {renderChecks} from './doctor.js';
import type {ApplyOptions, Io} from './options.js';
import {readLine, readSecret, readStdinFirstLine} from './prompt.js';
import {createRun, prepareRun} from './run-setup.js';

export async function runApply(options: ApplyOptions, io: Io): Promise<number> {
	try {
		return await applyChoices(options, io);
	} catch (error) {
		// With --json, a run that could not go on still ends with a report a machine can read.
		if (options.json && error instanceof UserFacingError) {
			const report = {format: 'offline-im-apply/1', tool: {name: 'offline-im', version}, outcome: 'not-run', exitCode: error.exitCode, error: error.message, hint: error.hint};
			io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
		}

		throw error;
	}
}

async function applyChoices(options: ApplyOptions, io: Io): Promise<number> {
	const setup = await prepareRun(options, io);
	const catalog = catalogFor(setup.language);
	const t = catalog.commands.apply;
	if (!options.yes && !io.interactive) throw new InputError(t.needsYes, t.needsYesHint);
	const run = createRun(setup, options);
	// PowerShell takes a while to start (a second or more on Windows): it gets ready while the
	// users file is read and the password asked for.
	run.startEarly();
	let stopRequested = false;
	const onInterrupt = () => {
		if (stopRequested) process.exit(130);
		stopRequested = true;
		io.stderr.write(`\n${t.stopping}\n`);
	};

	process.on('SIGINT', onInterrupt);
	try {
		const {choices, notices} = choicesFromOptions(
			{...options, lang: setup.language},
			{
				cwd: io.cwd,
				env: io.env,
				defaults: {
					...(setup.settings.target ? {target: setup.settings.target} : {}),
					...(setup.settings.pool ? {pool: setup.settings.pool} : {}),
					...(setup.settings.policyName ? {policy: setup.settings.policyName} : {}),
				},
			},
		);

		// With --json, stdout carries only the final report; people's lines go to stderr.
		const say = (line: string) => (options.json ? io.stderr : io.stdout).write(`${line}\n`);
		for (const notice of notices) io.stderr.write(`offline-im: ${notice}\n`);
		if (setup.rehearsalTenant) {
			say(catalog.common.rehearsalBanner);
			if (setup.located.ok) say(catalog.common.rehearsalEngine(setup.located.executable.standIn ? setup.located.executable.display : undefined));
		}

		const password = await passwordFor(choices, options, io, catalog);
		const target = choices.target.kind === 'online' ? {kind: 'online' as const} : {kind: 'server' as const, ...(choices.target.pool ? {pool: choices.target.pool} : {})};
		const {checks} = await run.checkPrerequisites(target);
		const failedChecks = blockingChecks(checks);
		if (failedChecks.length > 0) {
			// The failed checks, then once the sentence that nothing was run (the error's own line).
			io.stderr.write(renderChecks(failedChecks, target, catalog, Boolean(setup.rehearsalTenant)));
			throw new FailureError(t.checksFailed, t.checksFailedHint);
		}

		const connected = await run.connect(choices.target, password, step => say(t.connecting(step.command)));
		if (!connected.ok) {
			throw new FailureError(`${t.connectFailed(connected.step.command)}\n${connected.error}`, catalog.engine.hints[connected.hint]);
		}

		say(t.reading);
		const snapshot = await run.readForChoices(choices);
		const plan = buildPlan(choices, snapshot);
		// Users not found, matching several, or that could not be read: the plan leaves them out.
		const missing = (snapshot.users ?? []).filter(user => !user.found);
		const unresolved = plan.warnings.filter(warning => ['users-not-found', 'users-ambiguous', 'users-unreadable'].includes(warning.kind));
		if (missing.length > 0 && !options.continueOnError) {
			throw new FailureError(`${t.usersUnresolved}\n${unresolved.map(warning => `  ${catalog.plan.warning(warning)}`).join('\n')}`, t.usersNotFoundHint);
		}

		const blocking = plan.warnings.filter(warning => warningSeverity(warning) === 'blocking');
		if (blocking.length > 0) {
			// The users left out (--continue-on-error) come first: they may be why nothing can run.
			const noUsersLeft = blocking.some(warning => warning.kind === 'no-users-left');
			const reasons = [...unresolved, ...blocking].map(warning => `  ${catalog.plan.warning(warning)}`);
			throw new FailureError(`${t.blocked}\n${reasons.join('\n')}`, noUsersLeft ? t.noUsersLeftHint : t.blockedHint);
		}

		for (const warning of plan.warnings) {
			if (warningSeverity(warning) === 'caution') say(`! ${catalog.plan.warning(warning)}`);
			// Which switch turns it off, and why: worth a line even though nothing is at risk.
			else if (warning.kind === 'off-by-server-switch') say(catalog.plan.warning(warning));
		}

		const changes = plan.steps.filter(step => step.phase === 'change');
		if (!options.yes) {
			for (const step of changes.slice(0, 20)) say(`  ${step.command}`);
			if (changes.length > 20) say(`  ... (${changes.length - 20})`);
			const answer = await readLine(io, t.confirm(changes.length));
			if (!/^(y|yes|s|si|sì)$/i.test(answer.trim())) {
				say(t.notConfirmed);
				return 1;
			}
		}

		say(t.running(changes.length));
		let lastReported = 0;
		const report = await run.execute(plan, {
			continueOnError: Boolean(options.continueOnError),
			isStopRequested: () => stopRequested,
			onProgress: progress => {
				if (progress.phase !== 'change' || progress.current) return;
				const finished = progress.done + progress.failed;
				if (finished === lastReported) return;
				lastReported = finished;
				say(t.progress(progress.done, progress.total, progress.failed));
			},
		});

		// Loaded only now: conf brings a module that takes over SIGINT, which the run needs.
		const {saveSettings} = await import('../settings.js');
		saveSettings(
			{
				target: choices.target.kind,
				pool: choices.target.kind === 'server' ? choices.target.pool : undefined,
				...(choices.scope.kind === 'users' && plan.createsPolicy === true ? {policyName: choices.scope.policy} : {}),
				...(options.usersFile ? {lastUsersFile: resolve(io.cwd, options.usersFile)} : {}),
				lastJournal: run.journalFile,
			},
			io.env,
		);

		// Users left out because they were not found count as not done.
		const exitCode = report.outcome === 'done' && missing.length === 0 ? 0 : 1;
		const leftOut = missing.map(user => user.identity);
		// The server switch left off (or unknown) where it decides: the change is in place, yet
		// these users may still be unable to send offline messages. Said last, never plain success.
		const stillOff = plan.warnings.filter(
			warning => warning.kind === 'server-switch-left-off' || (warning.kind === 'server-switch-unknown' && choices.state === 'on' && warning.reason !== 'not-read'),
		);
		if (options.json) {
			const switchOff = stillOff.flatMap(warning => (warning.kind === 'server-switch-left-off' ? warning.configurations : []));
			io.stdout.write(`${JSON.stringify({...reportJson(plan, report, run, exitCode, catalog), usersNotFound: leftOut, serverSwitchOff: switchOff}, null, 2)}\n`);
		} else {
			io.stdout.write(renderSummary(report, run, catalog, setup.rehearsalTenant));
			for (const warning of [...unresolved, ...stillOff]) io.stdout.write(`${catalog.plan.warning(warning)}\n`);
		}

		return exitCode;
	} catch (error) {
		if (error instanceof SessionError) {
			throw new FailureError(catalog.commands.session.ended(catalog.commands.sessionFailure(error.failure)), catalog.commands.session.endedHint);
		}

		throw error;
	} finally {
		process.off('SIGINT', onInterrupt);
		await run.close();
	}
}

async function passwordFor(choices: Choices, options: ApplyOptions, io: Io, catalog: Catalog): Promise<string | undefined> {
	const {signIn} = choices.target;
	if (signIn.kind !== 'credential') return undefined;
	const t = catalog.commands.apply;
	if (options.passwordStdin) {
		const password = await readStdinFirstLine(io.stdin);
		if (!password) throw new InputError(t.passwordEmpty, t.passwordNeededHint);
		return password;
	}

	if (!io.interactive) throw new InputError(t.passwordNeeded(signIn.userName), t.passwordNeededHint);
	return readSecret(io, t.passwordPrompt(signIn.userName));
}

function failedUsers(report: ExecutionReport) {
	return report.changes
		.filter(record => record.step.kind === 'grant' && (record.status === 'failed' || record.status === 'unknown'))
		.map(record => ({user: record.step.subject ?? '', status: record.status, error: record.error ?? ''}));
}

export function renderSummary(report: ExecutionReport, run: Run, catalog: Catalog, tenantFile?: string): string {
	const t = catalog.commands.apply;
	const lines = ['', t.outcome[report.outcome]];
	if (report.sessionFailure) lines.push(catalog.commands.sessionFailure(report.sessionFailure));
	if (report.outcome === 'crashed') lines.push(report.sessionFailure?.kind === 'timeout' ? t.crashedTimeoutHint : t.crashedHint);
	for (const record of report.changes) {
		if (record.step.kind === 'grant') continue;
		if (record.status === 'done') lines.push(t.stepDone(record.step.command));
		if (record.status === 'failed') lines.push(t.stepFailed(record.step.command, record.error ?? ''));
		if (record.status === 'unknown') lines.push(t.stepUnknown(record.step.command));
	}

	const skipped = report.changes.filter(record => record.status === 'skipped');
	if (skipped.length > 0) lines.push(t.skipped(skipped.length));
	const grants = report.changes.filter(record => record.step.kind === 'grant');
	if (grants.length > 0) {
		const done = grants.filter(record => record.status === 'done').length;
		lines.push(t.grants(done, grants.length, grants.filter(record => record.status === 'failed' || record.status === 'unknown').length));
	}

	const failures = failedUsers(report);
	if (failures.length > 0) {
		lines.push(t.failedUsers(failures.length));
		for (const failure of failures) lines.push(`  ${failure.user}: ${failure.error}`);
	}

	const verified = report.verification.filter(record => record.status === 'done').length;
	if (report.verification.some(record => record.status !== 'pending' && record.status !== 'skipped')) {
		lines.push(t.verification(verified, report.verification.length));
		for (const record of report.verification) {
			if (record.status === 'failed') lines.push(t.verificationMismatch(record.step.subject ?? '', record.found ?? record.error ?? ''));
		}
	}

	lines.push('', t.journal(run.journalFile), t.rollback(run.rollbackFile));
	if (tenantFile) lines.push(t.tenantFile(tenantFile));
	if (report.outcome === 'done' || report.outcome === 'partial') lines.push('', t.nextSteps);
	return `${lines.join('\n')}\n`;
}

function reportJson(plan: Plan, report: ExecutionReport, run: Run, exitCode: number, catalog: Catalog) {
	const record = ({step, status, error, found}: StepRecord) => ({
		stepId: step.id,
		kind: step.kind,
		...(step.subject === undefined ? {} : {subject: step.subject}),
		command: step.command,
		status,
		...(error === undefined ? {} : {error}),
		...(found === undefined ? {} : {found}),
	});
	return {
		format: 'offline-im-apply/1',
		tool: {name: 'offline-im', version},
		rehearsal: run.rehearsal,
		outcome: report.outcome,
		exitCode,
		verified: report.verified,
		choices: plan.choices,
		warnings: plan.warnings.map(warning => ({kind: warning.kind, severity: warningSeverity(warning), message: catalog.plan.warning(warning)})),
		changes: report.changes.map(record),
		verification: report.verification.map(record),
		failedUsers: failedUsers(report),
		...(report.sessionFailure ? {sessionFailure: report.sessionFailure} : {}),
		journal: run.journalFile,
		rollbackScript: run.rollbackFile,
		durationMs: report.durationMs,
	};
}
