/**
 * What `doctor`, `apply` and the wizard share before they talk to PowerShell: the language, the
 * remembered settings, which PowerShell (or the simulator, in rehearsal), and the journal path.
 */
import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {defaultJournalPath} from '../engine/journal.js';
import {prepareRehearsal} from '../engine/rehearsal.js';
import {Run} from '../engine/run.js';
import {InputError} from '../errors.js';
import {catalogFor} from '../i18n/catalog.js';
import {detectLanguage, type Language} from '../i18n/language.js';
import {locatePowerShell, type Located} from '../powershell/locate.js';
import type {SettingsWarning} from '../settings.js';
import {configDirectory, readSettingsFile, type Settings} from '../settings-file.js';
import {tenantVariable} from '../simulator/tenant-file.js';
import {shown} from './choices-from-options.js';
import type {CommonOptions, Io} from './options.js';

export type RunSetup = {
	language: Language;
	settings: Settings;
	settingsWarning?: SettingsWarning;
	configFolder: string;
	located: Located;
	/** Rehearsal: the simulated tenant's file. */
	rehearsalTenant?: string;
	sessionEnv: Record<string, string>;
	journalFile: string;
	requestTimeoutMs?: number;
};

/**
 * conf (with its JSON-schema compiler) is loaded only when the settings file needs its verdict:
 * it also brings a module that takes over SIGINT, which `apply` must keep for a clean stop.
 */
export async function prepareRun(options: CommonOptions, io: Io): Promise<RunSetup> {
	const quick = readSettingsFile(io.env);
	const {settings, warning} = quick ? {settings: quick, warning: undefined} : (await import('../settings.js')).loadSettings(io.env);
	const language = detectLanguage(options.lang ?? settings.language, io.env);
	const configFolder = configDirectory(io.env);
	const journalFile = options.journal ? checkedJournalPath(path.resolve(io.cwd, options.journal), language) : defaultJournalPath(configFolder);
	const requestTimeoutMs = timeoutFrom(options.timeout, language);
	const base = {
		language,
		settings,
		...(warning ? {settingsWarning: warning} : {}),
		configFolder,
		journalFile,
		...(requestTimeoutMs ? {requestTimeoutMs} : {}),
	};

	if (options.simulate) {
		const tenantFile = io.env[tenantVariable];
		const rehearsal = prepareRehearsal({
			configFolder,
			...(tenantFile ? {tenantFile} : {}),
			...(options.powershell ? {powershellFlag: options.powershell} : {}),
			env: io.env,
		});
		return {
			...base,
			located: rehearsal.located,
			rehearsalTenant: rehearsal.tenantFile,
			sessionEnv: rehearsal.env,
		};
	}

	return {...base, located: locatePowerShell({...(options.powershell ? {flag: options.powershell} : {}), env: io.env}), sessionEnv: {}};
}

export function createRun(setup: RunSetup, options: CommonOptions): Run {
	return new Run({
		language: setup.language,
		located: setup.located,
		...(setup.rehearsalTenant ? {rehearsalTenant: setup.rehearsalTenant} : {}),
		sessionEnv: setup.sessionEnv,
		bypassExecutionPolicy: Boolean(options.bypassExecutionPolicy),
		journalFile: setup.journalFile,
		...(setup.requestTimeoutMs ? {requestTimeoutMs: setup.requestTimeoutMs} : {}),
		// Online without a user name signs in with Microsoft's window, which must be visible (Windows).
		...((options.target ?? setup.settings.target) === 'online' && !options.signInUser ? {interactiveSignIn: true} : {}),
	});
}

/**
 * A journal named with --journal must be a new file in an existing folder: each run gets its own
 * journal and rollback script, and nothing is found wrong only after PowerShell has started.
 */
function checkedJournalPath(file: string, language: Language): string {
	const t = catalogFor(language).commands.journalFlag;
	const folder = path.dirname(file);
	if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new InputError(t.folderMissing(file, folder), t.hint);
	if (existsSync(file)) throw new InputError(t.exists(file), t.hint);
	return file;
}

function timeoutFrom(raw: string | undefined, language: Language): number | undefined {
	if (raw === undefined) return undefined;
	const seconds = Number(raw);
	if (!Number.isFinite(seconds) || seconds < 1 || seconds > 86_400) {
		const {cli, commands} = catalogFor(language);
		throw new InputError(cli.invalid('--timeout', shown(raw), commands.timeoutRange));
	}

	return Math.round(seconds * 1000);
}
