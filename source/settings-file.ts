/**
 * The settings file without `conf`: its schema, where it lives, and a quick read for the
 * wizard's first frame. Loading conf and compiling the schema with ajv cost about 25 ms before
 * the first frame (npm run bench); a file that is absent or plainly valid needs neither. Whatever
 * this quick read is not sure of goes to `loadSettings` (source/settings.ts), which decides, and
 * moves a broken file aside.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Schema} from 'conf';
import {languages, type Language} from './i18n/language.js';

export type Settings = {
	target?: 'server' | 'online';
	/** The Server pool's FQDN for a remote session. */
	pool?: string;
	/** Online: the `-OverrideAdminDomain` value. */
	adminDomain?: string;
	/** The user name for credential sign-in (a name, not a secret). */
	signInUser?: string;
	/** The per-user client policy last used. */
	policyName?: string;
	language?: Language;
	/** The CSV or list of users last read. */
	lastUsersFile?: string;
	/** The journal of the last run, to find it again after a crash. */
	lastJournal?: string;
};

const name = (maxLength: number) => ({type: 'string', minLength: 1, maxLength}) as const;
const filePath = name(4096);

/** Every key a settings file may hold; conf adds `additionalProperties: false`. */
export const settingsSchema: Schema<Settings> = {
	target: {type: 'string', enum: ['server', 'online']},
	pool: name(253),
	adminDomain: name(253),
	signInUser: name(256),
	policyName: name(256),
	language: {type: 'string', enum: [...languages]},
	lastUsersFile: filePath,
	lastJournal: filePath,
};

export const settingKeys = Object.keys(settingsSchema) as Array<keyof Settings>;

/**
 * Where the config file and the journals live: `OFFLINE_IM_CONFIG_DIR` when set (tests), else
 * the platform's config folder, as `conf` would choose it (env-paths, without its suffix).
 */
export function configDirectory(
	env: NodeJS.ProcessEnv = process.env,
	platform: NodeJS.Platform = process.platform,
	home: string = os.homedir(),
): string {
	const override = env['OFFLINE_IM_CONFIG_DIR'];
	if (override) return path.resolve(override);
	if (platform === 'darwin') return path.join(home, 'Library', 'Preferences', 'offline-im');
	if (platform === 'win32') return path.join(env['APPDATA'] || path.join(home, 'AppData', 'Roaming'), 'offline-im', 'Config');
	return path.join(env['XDG_CONFIG_HOME'] || path.join(home, '.config'), 'offline-im');
}

export function configFile(env: NodeJS.ProcessEnv = process.env): string {
	return path.join(configDirectory(env), 'config.json');
}

/**
 * The remembered choices when the file is absent (none) or is a JSON object that plainly passes
 * the schema; undefined when in any doubt (unreadable, not JSON, an unknown key, a value outside
 * the schema, a schema keyword this check does not know): then only `loadSettings` may answer.
 */
export function readSettingsFile(env: NodeJS.ProcessEnv = process.env): Settings | undefined {
	let text: string;
	try {
		text = fs.readFileSync(configFile(env), 'utf8');
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT' ? {} : undefined;
	}

	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return undefined;
	}

	if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
	const settings: Record<string, string> = {};
	for (const [key, value] of Object.entries(data)) {
		const rule = Object.hasOwn(settingsSchema, key) ? (settingsSchema[key as keyof Settings] as Record<string, unknown>) : undefined;
		if (!rule || !plainlyValid(value, rule)) return undefined;
		settings[key] = value as string;
	}

	return settings as Settings;
}

/** A string meeting every keyword of `rule`; false for a keyword not known here. */
function plainlyValid(value: unknown, rule: Record<string, unknown>): boolean {
	if (typeof value !== 'string') return false;
	return Object.entries(rule).every(([keyword, limit]) => {
		switch (keyword) {
			case 'type':
				return limit === 'string';
			case 'enum':
				return Array.isArray(limit) && limit.includes(value);
			// JSON Schema counts code points, `length` UTF-16 units (never fewer): stricter, so safe.
			case 'minLength':
				return [...value].length >= Number(limit);
			case 'maxLength':
				return value.length <= Number(limit);
			default:
				return false;
		}
	});
}
