/**
 * The wizard's controller: the state of the whole walk and the intents screens send. Data flows
 * one way: choices -> plan -> execution -> results. Every call to the world goes through the
 * services; the screens only render this state.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import type {PrerequisiteStage} from '../../checks/run-prerequisites.js';
import type {Check, CheckTarget} from '../../checks/prerequisites.js';
import type {ExecutionProgress, ExecutionReport, StepRecord} from '../../engine/execute.js';
import type {TenantOverview} from '../../engine/run.js';
import {catalogFor} from '../../i18n/catalog.js';
import type {Language} from '../../i18n/language.js';
import {buildPlan} from '../../plan/build-plan.js';
import type {Choices, Target} from '../../plan/choices.js';
import {connectionSteps} from '../../plan/connection.js';
import type {Plan} from '../../plan/plan.js';
import {SessionError} from '../../powershell/session-error.js';
import {UserFacingError} from '../../errors.js';
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
	/** Set when the wizard should end, with the process exit code. */
	exitCode?: number;
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

function shownError(error: unknown, language: Language, command?: string): ShownError {
	const catalog = catalogFor(language);
	if (error instanceof SessionError) {
		return {message: error.message, hint: catalog.commands.session.endedHint, ...(command ? {command} : {})};
	}

	if (error instanceof UserFacingError) return {message: error.message, hint: error.hint ?? catalog.engine.hints.generic};
	throw error;
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
	const stopRequested = useRef(false);
	const mounted = useRef(true);
	useEffect(
		() => () => {
			mounted.current = false;
		},
		[],
	);
	const update = useCallback((change: (state: WizardState) => WizardState) => {
		if (mounted.current) setState(change);
	}, []);

	const latest = useRef(state);
	latest.current = state;

	const runChecks = useCallback(async () => {
		const current = services.current;
		if (!current) return;
		update(state => ({...state, checks: {...state.checks, running: true, list: []}}));
		const result = await current.runChecks(checkTargetFor(latest.current.target), stage => {
			update(state => ({...state, checks: {...state.checks, stage}}));
		});
		const modules = result.facts.environment?.modules ?? [];
		const hasSkype = modules.some(module => module.name.toLowerCase() === 'skypeforbusiness');
		const hasLync = modules.some(module => module.name.toLowerCase() === 'lync');
		update(state => ({
			...state,
			checks: {running: false, stage: 'done', list: result.checks, ...(!hasSkype && hasLync ? {module: 'Lync' as const} : {})},
		}));
	}, [update]);

	// The services being built, for the rehearsal choice they were asked with.
	const creating = useRef<{rehearsal: boolean; services: Promise<WizardServices>} | undefined>(undefined);

	const servicesFor = useCallback(
		async (rehearsal: boolean, language: Language): Promise<WizardServices> => {
			if (creating.current?.rehearsal !== rehearsal) {
				const previous = creating.current?.services;
				services.current = undefined;
				creating.current = {rehearsal, services: Promise.resolve(setup.createServices({rehearsal, language}))};
				if (previous) void previous.then(async old => old.close());
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
			// Checks "running" at once: the screen must not offer to go on before they have run.
			update(state => ({...state, target, screen: 'prerequisites', checks: {...state.checks, running: true, list: []}}));
			latest.current = {...latest.current, target};
			const current = await servicesFor(rehearsal, language);
			if (current !== services.current) return;
			current.rememberSettings({target: target === 'online' ? 'online' : 'server'});
			await runChecks();
		},
		[runChecks, servicesFor, update],
	);

	const connect = useCallback(
		async (form: ConnectForm, password?: string) => {
			const current = services.current;
			if (!current) return;
			const {target: kind, checks, language} = latest.current;
			const target = targetFor(kind, form, checks.module);
			const commands = connectionSteps(target).map(step => step.command);
			let index = -1;
			update(state => ({
				...state,
				connectForm: form,
				connection: {status: 'connecting', steps: commands.map(command => ({command, status: 'pending'}))},
			}));
			const mark = (upTo: number, status: ConnectStepStatus) =>
				update(state => ({
					...state,
					connection: {
						...state.connection,
						steps: state.connection.steps.map((step, position) => (position < upTo ? {...step, status: 'done'} : position === upTo ? {...step, status} : step)),
					},
				}));
			try {
				const result = await current.connect(target, password, () => {
					index += 1;
					mark(index, 'running');
				});
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
		update(state => ({...state, overview: {status: 'loading'}}));
		try {
			const data = await current.readOverview();
			update(state => ({...state, overview: {status: 'done', data}}));
		} catch (error) {
			const shown = shownError(error, latest.current.language);
			update(state => ({...state, overview: {status: 'failed', error: shown}}));
		}
	}, [update]);

	const choicesOf = (draft: ChoicesDraft): Choices => {
		const {target, connectForm, checks} = latest.current;
		return {target: targetFor(target, connectForm, checks.module), ...draft};
	};

	const readAndPlan = useCallback(async (draft: ChoicesDraft) => {
		const current = services.current;
		if (!current) return;
		update(state => ({...state, choices: draft, screen: 'review', review: {status: 'reading'}}));
		const choices = choicesOf(draft);
		try {
			const snapshot = await current.readForChoices(choices);
			const plan = buildPlan(choices, snapshot);
			update(state => ({...state, review: {status: 'ready', plan}}));
			if (choices.scope.kind === 'users') current.rememberSettings({policyName: choices.scope.policy});
		} catch (error) {
			const shown = shownError(error, latest.current.language);
			update(state => ({...state, review: {status: 'failed', error: shown}}));
		}
	}, [update]);

	const execute = useCallback(async () => {
		const current = services.current;
		const plan = latest.current.review.plan;
		if (!current || !plan) return;
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
			report = {outcome: 'crashed', changes: [], verification: [], verified: false, durationMs: 0, sessionFailure: error.message};
		}

		update(state => ({...state, screen: 'summary', execution: {...state.execution, report, changes: [...report.changes]}}));
	}, [update]);

	const actions = {
		setLanguage(language: Language) {
			update(state => ({...state, language}));
			latest.current = {...latest.current, language};
			setup.onLanguage?.(language);
			services.current?.rememberSettings({language});
		},
		setRehearsal(rehearsal: boolean) {
			update(state => ({...state, rehearsal}));
			latest.current = {...latest.current, rehearsal};
		},
		start: (target: TargetKind) => void start(target),
		rerunChecks: () => void runChecks(),
		toConnect: () => update(state => ({...state, screen: 'connect'})),
		connect: (form: ConnectForm, password?: string) => void connect(form, password),
		retryConnectForm: () => update(state => ({...state, connection: {status: 'form', steps: []}})),
		toCurrent() {
			update(state => ({...state, screen: 'current'}));
			void loadOverview();
		},
		reloadOverview: () => void loadOverview(),
		readUsersFile(file: string) {
			const current = services.current;
			if (!current) return {ok: false as const, message: '', problems: []};
			const outcome = current.readUsersFile(file);
			if (outcome.ok) current.rememberSettings({lastUsersFile: file});
			return outcome;
		},
		journalFile: () => services.current?.journalFile ?? '',
		rollbackFile: () => services.current?.rollbackFile ?? '',
		tenantFile: () => services.current?.tenantFile,
		toChoices: () => update(state => ({...state, screen: 'choices'})),
		choose: (draft: ChoicesDraft) => void readAndPlan(draft),
		setContinueOnError: (continueOnError: boolean) => update(state => ({...state, continueOnError})),
		save(file: string) {
			const plan = latest.current.review.plan;
			if (!plan || !services.current) return;
			try {
				const saved = services.current.saveScripts(plan, file);
				update(state => ({...state, review: {...state.review, saved, saveError: undefined}}));
			} catch (error) {
				if (!(error instanceof UserFacingError)) throw error;
				update(state => ({...state, review: {...state.review, saveError: error.message}}));
			}
		},
		run: () => void execute(),
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
			update(state => ({...state, screen: previous[state.screen] ?? state.screen}));
		},
		async quit(exitCode = 0) {
			// Services still being built are waited for, so that they are closed too.
			const current = creating.current ? await creating.current.services.catch(() => undefined) : services.current;
			await current?.close();
			update(state => ({...state, exitCode}));
		},
	};

	return {state, actions, services: services.current};
}
