/**
 * `offline-im` with no command: the wizard. It needs a terminal; without one it says how to use
 * `doctor`, `plan` and `apply` instead (exit 2).
 */
import chalk from 'chalk';
import {render} from 'ink';
import {catalogFor} from '../i18n/catalog.js';
import type {Language} from '../i18n/language.js';
import {isColorEnabled} from '../ui/theme.js';
import Wizard from '../ui/Wizard.js';
import type {TargetKind} from '../ui/wizard/types.js';
import type {Io, WizardOptions} from './options.js';
import {prepareRun} from './run-setup.js';
import {createWizardServices} from './wizard-services.js';

export async function runWizard(options: WizardOptions, io: Io): Promise<number> {
	const setup = prepareRun(options, io);
	const catalog = catalogFor(setup.language);
	if (!io.interactive) {
		io.stderr.write(`${catalog.cli.wizardNeedsTerminal}\n`);
		return 2;
	}

	// chalk, which Ink colours with, does not read NO_COLOR itself.
	if (!isColorEnabled(io.env)) chalk.level = 0;

	const {settings} = setup;
	const target: TargetKind =
		(options.target ?? settings.target) === 'online' ? 'online' : (options.pool ?? settings.pool) ? 'server-pool' : 'server-local';
	const powershell = setup.located.ok && !setup.located.executable.simulated ? setup.located.executable.display : undefined;
	const real = options.simulate ? prepareRun({...options, simulate: false}, io).located : setup.located;
	const powershellFound = real.ok ? real.executable.display : undefined;

	let exitCode = 0;
	const app = render(
		<Wizard
			language={setup.language}
			rehearsal={Boolean(options.simulate) || !powershellFound}
			rehearsalLocked={Boolean(options.simulate)}
			target={target}
			connectForm={{
				pool: options.pool ?? settings.pool ?? '',
				adminDomain: options.adminDomain ?? settings.adminDomain ?? '',
				signIn: (options.signInUser ?? settings.signInUser) ? 'credential' : 'integrated',
				userName: options.signInUser ?? settings.signInUser ?? '',
			}}
			{...(settings.policyName ? {defaultPolicy: settings.policyName} : {})}
			{...(settings.lastUsersFile ? {usersFile: settings.lastUsersFile} : {})}
			{...(powershell ?? powershellFound ? {powershell: powershell ?? powershellFound!} : {})}
			{...(setup.settingsWarning ? {settingsNotice: settingsNotice(setup.settingsWarning, setup.language)} : {})}
			cwd={io.cwd}
			createServices={({rehearsal, language}) =>
				createWizardServices(prepareRun({...options, simulate: rehearsal, lang: language}, io), {...options, simulate: rehearsal}, io)
			}
			onExit={code => {
				exitCode = code;
			}}
		/>,
		{exitOnCtrlC: false},
	);
	await app.waitUntilExit();
	return exitCode;
}

function settingsNotice(warning: NonNullable<ReturnType<typeof prepareRun>['settingsWarning']>, language: Language): string {
	const {ui} = catalogFor(language);
	return warning.kind === 'reset' ? ui.settings.reset(warning.file, warning.brokenCopy) : ui.settings.unreadable(warning.file, warning.detail);
}
