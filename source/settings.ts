/**
 * Choices remembered between runs, with `conf` and a JSON schema that admits nothing else: no
 * password, no token, no unknown key. A config file that cannot be read is moved aside and
 * replaced by the defaults, with a warning for the screen; it never stops the program.
 */
import fs from 'node:fs';
import Conf from 'conf';
import {configDirectory, configFile, readSettingsFile, settingKeys, settingsSchema, type Settings} from './settings-file.js';

export {configDirectory, configFile, type Settings} from './settings-file.js';

/** What went wrong with the config file, for the screen to say (catalog: `ui.settings`). */
export type SettingsWarning =
	/** The file was not valid JSON or failed the schema: moved aside, defaults used. */
	| {kind: 'reset'; file: string; brokenCopy: string; detail: string}
	/** The file could not be read or moved (permissions...): defaults used, nothing remembered. */
	| {kind: 'unreadable'; file: string; detail: string};

export type LoadedSettings = {settings: Settings; warning?: SettingsWarning};

function openStore(env: NodeJS.ProcessEnv): Conf<Settings> {
	return new Conf<Settings>({
		cwd: configDirectory(env),
		configName: 'config',
		schema: settingsSchema,
		rootSchema: {additionalProperties: false},
		// Checking the schema itself against JSON Schema's meta-schema compiles that meta-schema
		// each time (about 30 ms). The schema is a constant, and ajv's strict mode still refuses an
		// unknown keyword in it.
		ajvOptions: {validateSchema: false},
		clearInvalidConfig: false,
	});
}

function isCorrupt(error: unknown): error is Error {
	return (
		error instanceof SyntaxError ||
		(error instanceof Error && error.message.startsWith('Config schema violation:'))
	);
}

function brokenCopyName(file: string, now: Date): string {
	// No colons: the name must be valid on Windows too.
	const base = `${file}.broken-${now.toISOString().replaceAll(':', '-')}`;
	let candidate = base;
	for (let attempt = 1; fs.existsSync(candidate); attempt++) candidate = `${base}-${attempt}`;
	return candidate;
}

type Opened = {store?: Conf<Settings>; warning?: SettingsWarning};

/** Opens the store; a corrupt file is moved aside first. Never throws. */
function openRecovering(env: NodeJS.ProcessEnv, now: Date): Opened {
	const file = configFile(env);
	try {
		return {store: openStore(env)};
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		if (!isCorrupt(error)) return {warning: {kind: 'unreadable', file, detail}};
		try {
			const brokenCopy = brokenCopyName(file, now);
			fs.renameSync(file, brokenCopy);
			return {store: openStore(env), warning: {kind: 'reset', file, brokenCopy, detail}};
		} catch (repairError) {
			const repairDetail = repairError instanceof Error ? repairError.message : String(repairError);
			return {warning: {kind: 'unreadable', file, detail: `${detail}; ${repairDetail}`}};
		}
	}
}

function pick(store: Conf<Settings>): Settings {
	const settings: Settings = {};
	const data = store.store;
	for (const key of settingKeys) {
		if (data[key] !== undefined) Object.assign(settings, {[key]: data[key]});
	}

	return settings;
}

/** The remembered choices; defaults (none) and a warning when the file was broken. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): LoadedSettings {
	// A file that is absent or plainly valid needs no ajv compile (about 10 ms).
	const quick = readSettingsFile(env);
	if (quick) return {settings: quick};
	const {store, warning} = openRecovering(env, now);
	const settings = store ? pick(store) : {};
	return warning ? {settings, warning} : {settings};
}

/**
 * Remembers `changes` on top of what is stored; a key given as `undefined` is forgotten. A key
 * outside the schema (a password, say) throws: that is a bug, never something to store. A file
 * that cannot be written gives a warning instead.
 */
export function saveSettings(
	changes: Partial<Settings>,
	env: NodeJS.ProcessEnv = process.env,
	now: Date = new Date(),
): SettingsWarning | undefined {
	const {store, warning} = openRecovering(env, now);
	if (!store) return warning;
	const next: Record<string, unknown> = {...store.store};
	for (const [key, value] of Object.entries(changes)) {
		if (value === undefined) delete next[key];
		else next[key] = value;
	}

	try {
		store.store = next as Settings;
	} catch (error) {
		if (error instanceof Error && error.message.startsWith('Config schema violation:')) throw error;
		const detail = error instanceof Error ? error.message : String(error);
		return {kind: 'unreadable', file: store.path, detail};
	}

	return warning;
}
