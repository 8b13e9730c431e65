/**
 * `offline-im` with no command: the wizard. It needs a terminal; without one it says how to use
 * `doctor`, `plan` and `apply` instead (exit 2).
 */
import chalk from 'chalk';
import {render} from 'ink';
import {catalogFor} from '../i18n/catalog.js';
import {detectLanguage, type Language} from '../i18n/language.js';
import {locatePowerShell} from '../powershell/locate.js';
import type {SettingsWarning} from '../settings.js';
import {readSettingsFile} from '../settings-file.js';
import {isColorEnabled} from '../ui/theme.js';
import Wizard from '../ui/Wizard.js';
import type {TargetKind} from '../ui/wizard/types.js';
import type {Io, WizardOptions} from './options.js';

export async function runWizard(options: WizardOptions, io: Io): Promise<number> {
	// The first frame needs only the settings, the language and where PowerShell is. The engine
	// (run-setup: the Run, execa, csv-parse, the simulator's tenant and zod) loads when the walk
	// starts: importing it here made the first frame much slower (npm run bench).
	if (options.timeout !== undefined) {
		// Only to refuse a bad --timeout before the first frame, as `apply` does.
		await (await import('./run-setup.js')).prepareRun(options, io);
	}

	// conf loads only when the file needs its verdict (broken, unreadable, doubtful).
	const quick = readSettingsFile(io.env);
	const {settings, warning} = quick ? {settings: quick, warning: undefined} : (await import('../settings.js')).loadSettings(io.env);
	const language = detectLanguage(options.lang ?? settings.language, io.env);
	const catalog = catalogFor(language);
	if (!io.interactive) {
		io.stderr.write(`${catalog.cli.wizardNeedsTerminal}\n`);
		return 2;
	}

	// chalk, which Ink colours with, does not read NO_COLOR itself.
	if (!isColorEnabled(io.env)) chalk.level = 0;

	const target: TargetKind =
		(options.target ?? settings.target) === 'online' ? 'online' : (options.pool ?? settings.pool) ? 'server-pool' : 'server-local';
	// The PowerShell on this computer, shown on the Welcome screen even in rehearsal.
	const real = locatePowerShell({...(options.powershell ? {flag: options.powershell} : {}), env: io.env});
	const powershellFound = real.ok ? real.executable.display : undefined;

	let exitCode = 0;
	let exitNote: string | undefined;
	const app = render(
		<Wizard
			language={language}
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
			{...(powershellFound ? {powershell: powershellFound} : {})}
			{...(warning ? {settingsNotice: settingsNotice(warning, language)} : {})}
			cwd={io.cwd}
			createServices={async ({rehearsal, language}) => {
				const [{prepareRun}, {createWizardServices}] = await Promise.all([import('./run-setup.js'), import('./wizard-services.js')]);
				return createWizardServices(await prepareRun({...options, simulate: rehearsal, lang: language}, io), {...options, simulate: rehearsal}, io);
			}}
			onLanguage={chosen => {
				void import('../settings.js').then(({saveSettings}) => saveSettings({language: chosen}, io.env));
			}}
			onExit={(code, note) => {
				exitCode = code;
				exitNote = note;
			}}
		/>,
		{exitOnCtrlC: false},
	);
	await app.waitUntilExit();
	// After Ink has left the screen: the last word on what happened to the tenant.
	if (exitNote) io.stdout.write(`${exitNote}\n`);
	return exitCode;
}

function settingsNotice(warning: SettingsWarning, language: Language): string {
	const {ui} = catalogFor(language);
	return warning.kind === 'reset' ? ui.settings.reset(warning.file, warning.brokenCopy) : ui.settings.unreadable(warning.file, warning.detail);
}
