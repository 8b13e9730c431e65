/**
 * The wizard's controller: the state of the whole walk and the intents screens send. Data flows
 * one way: choices -> plan -> execution -> results. Every call to the world goes through the
 * services; the screens only render this state.
 *
 * Each asynchronous step (checks, connection, reads, plan) carries a ticket: an answer that
 * arrives after the admin moved on (went back, chose again) is dropped, so a screen never shows
 * (and Review never runs) a result that belongs to earlier choices.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import type {PrerequisiteStage} from '../../checks/run-prerequisites.js';
import type {Check, CheckTarget} from '../../checks/prerequisites.js';
import type {ExecutionProgress, ExecutionReport, StepRecord} from '../../engine/execute.js';
import type {TenantOverview} from '../../engine/run.js';
import {UserFacingError} from '../../errors.js';
import {catalogFor} from '../../i18n/catalog.js';
import type {Language} from '../../i18n/language.js';
import {buildPlan} from '../../plan/build-plan.js';
import type {Choices, Target} from '../../plan/choices.js';
import {connectionSteps} from '../../plan/connection.js';
import type {Plan} from '../../plan/plan.js';
import {SessionError} from '../../powershell/session-error.js';
import type {WizardServices} from './services.js';
import type {ChoicesDraft, ConnectForm, ConnectStepStatus, ScreenId, ShownError, TargetKind} from './types.js';

export type WizardState = {
	screen: ScreenId;
	language: Language;
	rehearsal: boolean;
	target: TargetKind;
	connectForm: ConnectForm;
	checks: {running: boolean; stage?: PrerequisiteStage; list: Check[]; module?: 'SkypeForBusiness' | 'Lync'};
	connection: {status: 'form' | 'connecting' | 'connected' | 'failed'; steps: Array<{command: string; status: ConnectStepStatus}>; error?: ShownError};
	overview: {status: 'loading' | 'done' | 'failed'; data?: TenantOverview; error?: ShownError};
	choices?: ChoicesDraft;
	review: {status: 'reading' | 'ready' | 'failed'; plan?: Plan; error?: ShownError; saved?: {script: string; rollback: string}; saveError?: string};
	continueOnError: boolean;
	execution: {
		phase: 'change' | 'verify';
		progress?: ExecutionProgress;
		changes: StepRecord[];
		startedAt: number;
		stopping: boolean;
		report?: ExecutionReport;
	};
	/** Something that is not the admin's doing went wrong: shown, and the wizard can only quit. */
	internalError?: string;
	/** Set when the wizard should end: the process exit code and a last line for the terminal. */
	exit?: {code: number; note?: string};
};

export type WizardSetup = {
	language: Language;
	rehearsal: boolean;
	target: TargetKind;
	connectForm: ConnectForm;
	/**
	 * Builds the services when the walk starts (rehearsal or not, in the chosen language). It may
	 * be asynchronous: the wizard command loads the engine only then, to open faster.
	 */
	createServices: (choice: {rehearsal: boolean; language: Language}) => WizardServices | Promise<WizardServices>;
	/** The admin switched the language (to remember it). */
	onLanguage?: (language: Language) => void;
	/** Remembered per-user policy name. */
	defaultPolicy?: string;
	/** Remembered users file. */
	usersFile?: string;
};

export function targetFor(kind: TargetKind, form: ConnectForm, module?: 'SkypeForBusiness' | 'Lync'): Target {
	const signIn = form.signIn === 'credential' && kind !== 'server-local' ? {kind: 'credential' as const, userName: form.userName} : {kind: 'integrated' as const};
	if (kind === 'online') return {kind: 'online', ...(form.adminDomain ? {adminDomain: form.adminDomain} : {}), signIn};
	if (kind === 'server-pool') return {kind: 'server', pool: form.pool, signIn};
	return {kind: 'server', ...(module ? {module} : {}), signIn};
}

/** The pool is asked for after the checks, so a remote target is checked without one. */
export function checkTargetFor(kind: TargetKind): CheckTarget {
	if (kind === 'online') return {kind: 'online'};
	if (kind === 'server-pool') return {kind: 'server', remote: true};
	return {kind: 'server'};
}

/** What a screen shows for a failure; anything that is not a session or input failure is a defect. */
function shownError(error: unknown, language: Language): ShownError {
	const catalog = catalogFor(language);
	if (error instanceof SessionError) return {message: catalog.commands.sessionFailure(error.failure), hint: catalog.commands.session.endedHint};
	if (error instanceof UserFacingError) return {message: error.message, hint: error.hint ?? catalog.engine.hints.generic};
	throw error;
}

type Flow = 'checks' | 'connect' | 'overview' | 'review';

/** The state of a walk that starts again from the checks (a new target, a new session). */
function freshWalk(state: WizardState): WizardState {
	const {choices: _choices, ...rest} = state;
	return {
		...rest,
		checks: {running: true, list: []},
		connection: {status: 'form', steps: []},
		overview: {status: 'loading'},
		review: {status: 'reading'},
	};
}

export function useWizard(setup: WizardSetup) {
	const [state, setState] = useState<WizardState>(() => ({
		screen: 'welcome',
		language: setup.language,
		rehearsal: setup.rehearsal,
		target: setup.target,
		connectForm: setup.connectForm,
		checks: {running: false, list: []},
		connection: {status: 'form', steps: []},
		overview: {status: 'loading'},
		review: {status: 'reading'},
		continueOnError: false,
		execution: {phase: 'change', changes: [], startedAt: 0, stopping: false},
	}));
	const services = useRef<WizardServices | undefined>(undefined);
	// The services being built, for the rehearsal choice and language they were asked with.
	const creating = useRef<{rehearsal: boolean; language: Language; services: Promise<WizardServices>} | undefined>(undefined);
	// The target the current services' session was set up for (its connection belongs to it).
	const walkedTarget = useRef<TargetKind | undefined>(undefined);
	const tickets = useRef<Record<Flow, number>>({checks: 0, connect: 0, overview: 0, review: 0});
	const stopRequested = useRef(false);
	const live = useRef(true);
	useEffect(
		() => () => {
			live.current = false;
		},
		[],
	);

	const latest = useRef(state);
	latest.current = state;

	/** Once the wizard is ending, nothing else may change what the terminal shows last. */
	const update = useCallback((change: (state: WizardState) => WizardState) => {
		if (!live.current || latest.current.exit) return;
		setState(change);
	}, []);

	const ticket = (flow: Flow) => {
		tickets.current[flow] += 1;
		const issued = tickets.current[flow];
		return () => issued === tickets.current[flow] && live.current;
	};

	/** An error no screen can explain: the wizard shows it and can only quit. */
	const guard = useCallback(
		<Arguments extends unknown[]>(flow: (...parameters: Arguments) => Promise<void>) =>
			(...parameters: Arguments) => {
				flow(...parameters).catch((error: unknown) => {
					const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
					update(state => ({...state, internalError: message}));
				});
			},
		[update],
	);

	const runChecks = useCallback(async () => {
		const current = services.current;
		if (!current) return;
		const isCurrent = ticket('checks');
		update(state => ({...state, checks: {...state.checks, running: true, list: []}}));
		const result = await current.runChecks(checkTargetFor(latest.current.target), stage => {
			if (isCurrent()) update(state => ({...state, checks: {...state.checks, stage}}));
		});
		if (!isCurrent()) return;
		const modules = result.facts.environment?.modules ?? [];
		const hasSkype = modules.some(module => module.name.toLowerCase() === 'skypeforbusiness');
		const hasLync = modules.some(module => module.name.toLowerCase() === 'lync');
		update(state => ({
			...state,
			checks: {running: false, stage: 'done', list: result.checks, ...(!hasSkype && hasLync ? {module: 'Lync' as const} : {})},
		}));
	}, [update]);

	/**
	 * The services for this rehearsal choice and language. Switching either (or the target, once
	 * connected) starts over with new services: the old PowerShell is closed first.
	 */
	const servicesFor = useCallback(
		async (rehearsal: boolean, language: Language, target: TargetKind): Promise<WizardServices> => {
			const connectedElsewhere = walkedTarget.current !== undefined && walkedTarget.current !== target;
			if (creating.current?.rehearsal !== rehearsal || creating.current.language !== language || connectedElsewhere) {
				const previous = creating.current?.services;
				services.current = undefined;
				walkedTarget.current = undefined;
				if (previous) await previous.then(async old => old.close()).catch(() => undefined);
				creating.current = {rehearsal, language, services: Promise.resolve(setup.createServices({rehearsal, language}))};
			}

			const pending = creating.current.services;
			const created = await pending;
			// Rehearsal may have been switched while these were being built: only the newest count.
			if (creating.current?.services === pending) services.current = created;
			return created;
		},
		[setup],
	);

	const start = useCallback(
		async (target: TargetKind) => {
			const {rehearsal, language} = latest.current;
			const sameWalk = services.current !== undefined && walkedTarget.current === target && creating.current?.rehearsal === rehearsal && creating.current.language === language;
			// The checks are "running" at once: the screen must not offer to go on before they have run.
			update(state => (sameWalk ? {...state, screen: 'prerequisites'} : {...freshWalk(state), target, screen: 'prerequisites'}));
			latest.current = {...latest.current, target};
			if (sameWalk) return;
			const current = await servicesFor(rehearsal, language, target);
			if (current !== services.current) return;
			current.rememberSettings({target: target === 'online' ? 'online' : 'server', ...(target === 'server-local' ? {pool: undefined} : {})});
			await runChecks();
		},
		[runChecks, servicesFor, update],
	);

	const connect = useCallback(
		async (form: ConnectForm, password?: string) => {
			const current = services.current;
			if (!current) return;
			const isCurrent = ticket('connect');
			const {target: kind, checks, language} = latest.current;
			const target = targetFor(kind, form, checks.module);
			const commands = connectionSteps(target).map(step => step.command);
			let index = -1;
			walkedTarget.current = kind;
			update(state => ({
				...state,
				connectForm: form,
				connection: {status: 'connecting', steps: commands.map(command => ({command, status: 'pending'}))},
			}));
			const mark = (upTo: number, status: ConnectStepStatus) => {
				if (!isCurrent()) return;
				update(state => ({
					...state,
					connection: {
						...state.connection,
						steps: state.connection.steps.map((step, position) => (position < upTo ? {...step, status: 'done'} : position === upTo ? {...step, status} : step)),
					},
				}));
			};

			try {
				const result = await current.connect(target, password, () => {
					index += 1;
					mark(index, 'running');
				});
				if (!isCurrent()) return;
				if (result.ok) {
					mark(commands.length, 'done');
					update(state => ({...state, connection: {...state.connection, status: 'connected'}}));
					current.rememberSettings({
						...(kind === 'server-pool' ? {pool: form.pool} : {}),
						...(kind === 'online' && form.adminDomain ? {adminDomain: form.adminDomain} : {}),
						...(form.signIn === 'credential' && form.userName ? {signInUser: form.userName} : {}),
					});
				} else {
					mark(Math.max(index, 0), 'failed');
					const hint = catalogFor(language).engine.hints[result.hint];
					update(state => ({...state, connection: {...state.connection, status: 'failed', error: {message: result.error, hint, command: result.step.command}}}));
				}
			} catch (error) {
				if (!isCurrent()) return;
				mark(Math.max(index, 0), 'failed');
				const shown = shownError(error, language);
				update(state => ({...state, connection: {...state.connection, status: 'failed', error: shown}}));
			}
		},
		[update],
	);

	const loadOverview = useCallback(async () => {
		const current = services.current;
		if (!current) return;
		const isCurrent = ticket('overview');
		update(state => ({...state, overview: {status: 'loading'}}));
		try {
			const data = await current.readOverview();
			if (isCurrent()) update(state => ({...state, overview: {status: 'done', data}}));
		} catch (error) {
			if (!isCurrent()) return;
			const shown = shownError(error, latest.current.language);
			update(state => ({...state, overview: {status: 'failed', error: shown}}));
		}
	}, [update]);

	const readAndPlan = useCallback(
		async (draft: ChoicesDraft) => {
			const current = services.current;
			if (!current) return;
			const isCurrent = ticket('review');
			update(state => ({...state, choices: draft, screen: 'review', review: {status: 'reading'}}));
			const {target, connectForm, checks} = latest.current;
			const choices: Choices = {target: targetFor(target, connectForm, checks.module), ...draft};
			try {
				const snapshot = await current.readForChoices(choices);
				if (!isCurrent()) return;
				const plan = buildPlan(choices, snapshot);
				update(state => ({...state, review: {status: 'ready', plan}}));
				// A reused policy is not remembered: it would be offered as the name of a NEW policy.
				if (choices.scope.kind === 'users' && plan.createsPolicy === true) current.rememberSettings({policyName: choices.scope.policy});
			} catch (error) {
				if (!isCurrent()) return;
				const shown = shownError(error, latest.current.language);
				update(state => ({...state, review: {status: 'failed', error: shown}}));
			}
		},
		[update],
	);

	const execute = useCallback(async () => {
		const current = services.current;
		const plan = latest.current.review.plan;
		if (!current || !plan || latest.current.review.status !== 'ready') return;
		stopRequested.current = false;
		update(state => ({
			...state,
			screen: 'execute',
			execution: {phase: 'change', changes: [], startedAt: Date.now(), stopping: false},
		}));
		let report: ExecutionReport;
		try {
			report = await current.execute(plan, {
				continueOnError: latest.current.continueOnError,
				isStopRequested: () => stopRequested.current,
				onProgress: (progress, records) => {
					update(state => ({
						...state,
						execution: {
							...state.execution,
							phase: progress.phase,
							progress,
							...(progress.phase === 'change' ? {changes: [...records]} : {}),
						},
					}));
				},
			});
		} catch (error) {
			// The engine reports a session that dies mid-run in its report; this is one that was
			// already gone before the first command.
			if (!(error instanceof SessionError)) throw error;
			report = {outcome: 'crashed', changes: [], verification: [], verified: false, durationMs: 0, sessionFailure: error.failure};
		}

		update(state => ({...state, screen: 'summary', execution: {...state.execution, report, changes: [...report.changes]}}));
	}, [update]);

	/** The last line for the terminal once the wizard is gone: what happened to the tenant. */
	const exitNote = (code: number): string | undefined => {
		const {screen, language} = latest.current;
		const t = catalogFor(language).commands.wizardExit;
		const journal = services.current?.journalFile;
		if (screen === 'execute') return t.duringRun(journal ?? '', services.current?.rollbackFile ?? '');
		if (screen === 'summary') return journal ? t.afterRun(journal) : undefined;
		return code === 0 ? undefined : t.nothingChanged;
	};

	const actions = {
		setLanguage(language: Language) {
			update(state => ({...state, language}));
			latest.current = {...latest.current, language};
			setup.onLanguage?.(language);
		},
		setRehearsal(rehearsal: boolean) {
			update(state => ({...state, rehearsal}));
			latest.current = {...latest.current, rehearsal};
		},
		start: guard(start),
		rerunChecks: guard(runChecks),
		toConnect: () => update(state => ({...state, screen: 'connect'})),
		connect: guard(connect),
		/** The connection commands for the target as chosen so far, before any has run. */
		pendingConnectSteps: () => {
			const {target, connectForm, checks} = latest.current;
			return connectionSteps(targetFor(target, connectForm, checks.module)).map(step => ({command: step.command, status: 'pending' as const}));
		},
		retryConnectForm: () => update(state => ({...state, connection: {status: 'form', steps: []}})),
		toCurrent() {
			update(state => ({...state, screen: 'current'}));
			void guard(loadOverview)();
		},
		reloadOverview: guard(loadOverview),
		readUsersFile(file: string) {
			const current = services.current;
			if (!current) return {ok: false as const, message: '', problems: []};
			return current.readUsersFile(file);
		},
		fileExists: (file: string) => services.current?.fileExists(file) ?? false,
		journalFile: () => services.current?.journalFile ?? '',
		rollbackFile: () => services.current?.rollbackFile ?? '',
		tenantFile: () => services.current?.tenantFile,
		toChoices: () => update(state => ({...state, screen: 'choices'})),
		choose: guard(readAndPlan),
		setContinueOnError: (continueOnError: boolean) => update(state => ({...state, continueOnError})),
		save(file: string) {
			const plan = latest.current.review.plan;
			if (!plan || !services.current) return;
			try {
				const saved = services.current.saveScripts(plan, file);
				update(state => ({...state, review: {...state.review, saved, saveError: undefined}}));
			} catch (error) {
				if (!(error instanceof UserFacingError)) throw error;
				const saveError = error.hint ? `${error.message}\n${error.hint}` : error.message;
				update(state => ({...state, review: {...state.review, saveError}}));
			}
		},
		run: guard(execute),
		stop() {
			stopRequested.current = true;
			update(state => ({...state, execution: {...state.execution, stopping: true}}));
		},
		back() {
			const previous: Partial<Record<ScreenId, ScreenId>> = {
				prerequisites: 'welcome',
				connect: 'prerequisites',
				current: 'connect',
				choices: 'current',
				review: 'choices',
			};
			const {screen} = latest.current;
			// Leaving a screen drops the answers still on their way to it.
			if (screen === 'review') tickets.current.review += 1;
			if (screen === 'current') tickets.current.overview += 1;
			if (screen === 'prerequisites') tickets.current.checks += 1;
			update(state => ({
				...state,
				screen: previous[state.screen] ?? state.screen,
				...(state.screen === 'review' ? {review: {status: 'reading' as const}} : {}),
			}));
		},
		async quit(code = 0) {
			const note = exitNote(code);
			// Services still being built are waited for, so that they are closed too.
			const current = creating.current ? await creating.current.services.catch(() => undefined) : services.current;
			await current?.close();
			setState(state => ({...state, exit: {code, ...(note ? {note} : {})}}));
		},
	};

	return {state, actions};
}
