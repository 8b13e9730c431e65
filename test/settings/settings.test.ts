import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {configDirectory, configFile, loadSettings, saveSettings, type Settings} from '../../source/settings.js';

let directory: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-im-settings-'));
	env = {OFFLINE_IM_CONFIG_DIR: directory};
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

const remembered: Settings = {
	target: 'server',
	pool: 'pool01.contoso.com',
	signInUser: 'CONTOSO\\admin',
	policyName: 'OfflineIM',
	language: 'it',
	lastUsersFile: 'C:\\Users\\admin\\users.csv',
	lastJournal: '/home/admin/.config/offline-im/journals/2025-03-04.jsonl',
};

describe('settings', () => {
	it('starts empty when there is no config file, without a warning', () => {
		expect(loadSettings(env)).toEqual({settings: {}});
	});

	it('gives back what was saved', () => {
		expect(saveSettings(remembered, env)).toBeUndefined();
		expect(loadSettings(env).settings).toEqual(remembered);
	});

	it('keeps earlier choices when saving some others', () => {
		saveSettings({target: 'online', adminDomain: 'contoso.onmicrosoft.com'}, env);
		saveSettings({language: 'en'}, env);
		expect(loadSettings(env).settings).toEqual({target: 'online', adminDomain: 'contoso.onmicrosoft.com', language: 'en'});
	});

	it('forgets a choice saved as undefined', () => {
		saveSettings({target: 'server', pool: 'pool01.contoso.com'}, env);
		saveSettings({pool: undefined}, env);
		expect(loadSettings(env).settings).toEqual({target: 'server'});
	});

	it('writes the file in the folder named by OFFLINE_IM_CONFIG_DIR', () => {
		saveSettings({policyName: 'OfflineIM'}, env);
		expect(configDirectory(env)).toBe(path.resolve(directory));
		expect(JSON.parse(fs.readFileSync(path.join(directory, 'config.json'), 'utf8'))).toEqual({policyName: 'OfflineIM'});
	});

	it('refuses to store a password', () => {
		const withPassword = {signInUser: 'admin', password: 'hunter2'} as Partial<Settings>;
		saveSettings({signInUser: 'admin'}, env);
		expect(() => saveSettings(withPassword, env)).toThrow(/schema violation.*additional properties/i);
		expect(fs.readFileSync(configFile(env), 'utf8')).not.toContain('hunter2');
	});

	it('refuses a value outside the schema', () => {
		expect(() => saveSettings({target: 'teams' as 'server'}, env)).toThrow(/schema violation/i);
	});

	it('resets a file that is not JSON, keeping the broken copy and saying where', () => {
		fs.writeFileSync(configFile(env), '{"target": "server",');
		const {settings, warning} = loadSettings(env, new Date('2025-03-04T05:06:07.089Z'));
		expect(settings).toEqual({});
		expect(warning).toMatchObject({
			kind: 'reset',
			file: configFile(env),
			brokenCopy: `${configFile(env)}.broken-2025-03-04T05-06-07.089Z`,
		});
		expect(fs.readFileSync(`${configFile(env)}.broken-2025-03-04T05-06-07.089Z`, 'utf8')).toBe('{"target": "server",');
	});

	it('treats a file holding a password as broken and moves it aside', () => {
		fs.writeFileSync(configFile(env), JSON.stringify({pool: 'pool01.contoso.com', password: 'hunter2'}));
		const {settings, warning} = loadSettings(env);
		expect(settings).toEqual({});
		expect(warning?.kind).toBe('reset');
		expect(warning?.detail).toMatch(/additional properties/i);
		expect(fs.existsSync(configFile(env))).toBe(false);
	});

	it('resets a file failing the schema and works normally afterwards', () => {
		fs.writeFileSync(configFile(env), JSON.stringify({language: 'fr'}));
		expect(loadSettings(env).warning?.kind).toBe('reset');
		expect(loadSettings(env)).toEqual({settings: {}});
		saveSettings({language: 'it'}, env);
		expect(loadSettings(env)).toEqual({settings: {language: 'it'}});
	});

	it('does not overwrite an earlier broken copy made at the same moment', () => {
		const now = new Date('2025-03-04T05:06:07.089Z');
		fs.writeFileSync(configFile(env), 'first');
		const first = loadSettings(env, now).warning;
		fs.writeFileSync(configFile(env), 'second');
		const second = loadSettings(env, now).warning;
		const copies = [first, second].map(warning => (warning?.kind === 'reset' ? fs.readFileSync(warning.brokenCopy, 'utf8') : warning));
		expect(copies).toEqual(['first', 'second']);
	});

	it('saving over a broken file resets it, saves, and reports the reset', () => {
		fs.writeFileSync(configFile(env), 'not json');
		const warning = saveSettings({target: 'online'}, env);
		expect(warning?.kind).toBe('reset');
		expect(loadSettings(env)).toEqual({settings: {target: 'online'}});
	});

	it('reports a config path it cannot read instead of failing', () => {
		fs.mkdirSync(configFile(env));
		const {settings, warning} = loadSettings(env);
		expect(settings).toEqual({});
		expect(warning).toMatchObject({kind: 'unreadable', file: configFile(env)});
	});
});

describe('configDirectory', () => {
	it('follows XDG_CONFIG_HOME on Linux', () => {
		expect(configDirectory({XDG_CONFIG_HOME: '/x/config'}, 'linux', '/home/a')).toBe(path.join('/x/config', 'offline-im'));
		expect(configDirectory({}, 'linux', '/home/a')).toBe(path.join('/home/a', '.config', 'offline-im'));
	});

	it('uses APPDATA on Windows', () => {
		expect(configDirectory({APPDATA: 'C:\\Users\\a\\AppData\\Roaming'}, 'win32', 'C:\\Users\\a')).toBe(
			path.join('C:\\Users\\a\\AppData\\Roaming', 'offline-im', 'Config'),
		);
	});
});
