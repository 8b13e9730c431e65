/**
 * The wizard's root: the language and theme for every screen, the screen for the current step,
 * and Ctrl+C, which never leaves anything half done without saying so (during a run it stops
 * between two requests; elsewhere it closes PowerShell and quits).
 */
import {Box, Text, useApp} from 'ink';
import {useEffect} from 'react';
import {blockingChecks} from '../checks/prerequisites.js';
import type {Plan} from '../plan/plan.js';
import {catalogFor} from '../i18n/catalog.js';
import {rehearsalCredentials} from '../simulator/sample-tenant.js';
import ErrorPanel from './components/ErrorPanel.js';
import UiProvider from './components/UiProvider.js';
import useLatestInput from './hooks/use-latest-input.js';
import Choices from './screens/Choices.js';
import Connect from './screens/Connect.js';
import CurrentState from './screens/CurrentState.js';
import Execute from './screens/Execute.js';
import Prerequisites from './screens/Prerequisites.js';
import Review from './screens/Review.js';
import Summary, {leftOutWarnings} from './screens/Summary.js';
import Welcome from './screens/Welcome.js';
import type {Theme} from './theme.js';
import {useWizard, type WizardSetup} from './wizard/use-wizard.js';

export type Props = WizardSetup & {
	/** The PowerShell found on this computer, shown on the Welcome screen; undefined when none. */
	readonly powershell?: string;
	/** Started with --simulate: rehearsal cannot be turned off. */
	readonly rehearsalLocked: boolean;
	/** A localised warning about the config file, shown on the Welcome screen. */
	readonly settingsNotice?: string;
	/** Folder for saved scripts. */
	readonly cwd: string;
	readonly theme?: Theme;
	/** Told the exit code, and a last line for the terminal, when the wizard ends. */
	readonly onExit?: (exitCode: number, note?: string) => void;
	/** Milliseconds between two checks appearing (0 in tests). */
	readonly revealInterval?: number;
};

export default function Wizard(props: Props) {
	const {state, actions} = useWizard(props);
	const {exit} = useApp();
	const catalog = catalogFor(state.language);

	useEffect(() => {
		if (!state.exit) return;
		props.onExit?.(state.exit.code, state.exit.note);
		exit();
	}, [state.exit]);

	useLatestInput((input, key) => {
		if (state.internalError && input === 'q') {
			void actions.quit(1);
			return;
		}

		if (!(key.ctrl && input === 'c')) return;
		if (state.screen === 'execute') {
			if (state.execution.stopping) void actions.quit(130);
			else actions.stop();
			return;
		}

		void actions.quit(state.screen === 'summary' ? summaryExitCode(state.execution.report?.outcome, state.review.plan) : 130);
	});

	const screen = (() => {
		switch (state.screen) {
			case 'welcome':
				return (
					<Welcome
						target={state.target}
						rehearsal={state.rehearsal}
						{...(props.powershell ? {powershell: props.powershell} : {})}
						rehearsalLocked={props.rehearsalLocked}
						{...(props.settingsNotice ? {settingsNotice: props.settingsNotice} : {})}
						onLanguage={actions.setLanguage}
						onRehearsal={actions.setRehearsal}
						onContinue={actions.start}
						onQuit={() => void actions.quit(0)}
					/>
				);
			case 'prerequisites':
				return (
					<Prerequisites
						targetKind={state.target}
						running={state.checks.running}
						{...(state.checks.stage ? {stage: state.checks.stage} : {})}
						checks={state.checks.list}
						onRerun={actions.rerunChecks}
						onContinue={() => {
							if (!state.checks.running && blockingChecks(state.checks.list).length === 0) actions.toConnect();
						}}
						onBack={actions.back}
						{...(props.revealInterval === undefined ? {} : {revealIntervalMs: props.revealInterval})}
					/>
				);
			case 'connect':
				return (
					<Connect
						targetKind={state.target}
						defaults={state.connectForm}
						status={state.connection.status}
						steps={state.connection.steps.length > 0 ? state.connection.steps : actions.pendingConnectSteps()}
						{...(state.connection.error ? {error: state.connection.error} : {})}
						{...(state.rehearsal ? {rehearsalSignIn: {...rehearsalCredentials}} : {})}
						onConnect={actions.connect}
						onContinue={actions.toCurrent}
						onRetry={actions.retryConnectForm}
						onBack={actions.back}
					/>
				);
			case 'current':
				return (
					<CurrentState
						status={state.overview.status}
						{...(state.overview.data ? {overview: state.overview.data} : {})}
						{...(state.overview.error ? {error: state.overview.error} : {})}
						onContinue={actions.toChoices}
						onRetry={actions.reloadOverview}
						onBack={actions.back}
					/>
				);
			case 'choices':
				return (
					<Choices
						targetKind={state.target}
						overview={state.overview.data ?? {sites: [], perUserPolicies: [], errors: []}}
						{...(state.choices ? {initial: state.choices} : {})}
						defaults={{policy: props.defaultPolicy ?? 'OfflineIM', ...(props.usersFile ? {usersFile: props.usersFile} : {})}}
						readUsersFile={file => actions.readUsersFile(file)}
						onDone={actions.choose}
						onBack={actions.back}
					/>
				);
			case 'review':
				return (
					<Review
						status={state.review.status}
						{...(state.review.plan ? {plan: state.review.plan} : {})}
						{...(state.review.error ? {error: state.review.error} : {})}
						continueOnError={state.continueOnError}
						{...(state.review.saved ? {saved: state.review.saved} : {})}
						{...(state.review.saveError ? {saveError: state.review.saveError} : {})}
						fileExists={actions.fileExists}
						onContinueOnError={actions.setContinueOnError}
						onRun={actions.run}
						onSave={actions.save}
						onQuit={() => void actions.quit(0)}
						onBack={actions.back}
					/>
				);
			case 'execute':
				return (
					<Execute
						phase={state.execution.phase}
						{...(state.execution.progress ? {progress: state.execution.progress} : {})}
						changes={state.execution.changes}
						startedAt={state.execution.startedAt}
						stopping={state.execution.stopping}
						onStop={actions.stop}
					/>
				);
			case 'summary':
				return state.execution.report && state.review.plan ? (
					<Summary
						report={state.execution.report}
						plan={state.review.plan}
						journalFile={actions.journalFile()}
						rollbackFile={actions.rollbackFile()}
						{...(actions.tenantFile() ? {tenantFile: actions.tenantFile()!} : {})}
						onQuit={() => void actions.quit(summaryExitCode(state.execution.report?.outcome, state.review.plan))}
					/>
				) : (
					<Text>…</Text>
				);
		}
	})();

	return (
		<UiProvider language={state.language} rehearsal={state.rehearsal} {...(props.theme ? {theme: props.theme} : {})}>
			<Box flexDirection="column">
				{state.internalError ? (
					<ErrorPanel title={catalog.commands.wizardExit.internalTitle} message={state.internalError} fix={catalog.commands.wizardExit.internalFix} />
				) : (
					screen
				)}
			</Box>
		</UiProvider>
	);
}

/** 0 only when everything asked for was done: users left out count as not done (as in `apply`). */
function summaryExitCode(outcome: string | undefined, plan: Plan | undefined): number {
	return outcome === 'done' && (!plan || leftOutWarnings(plan).length === 0) ? 0 : 1;
}
