import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {readSettingsFile} from '../../source/settings-file.js';
import {configFile, loadSettings, saveSettings} from '../../source/settings.js';

let directory: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
	directory = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-im-settings-file-'));
	env = {OFFLINE_IM_CONFIG_DIR: directory};
});

afterEach(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

describe('readSettingsFile (the quick read before the first frame)', () => {
	it('gives no settings when there is no file', () => {
		expect(readSettingsFile(env)).toEqual({});
	});

	it('reads a valid file', () => {
		const settings = {target: 'online', adminDomain: 'contoso.onmicrosoft.com', language: 'it', lastUsersFile: 'C:\\users.csv'};
		fs.writeFileSync(configFile(env), JSON.stringify(settings));
		expect(readSettingsFile(env)).toEqual(settings);
	});

	it.each([
		['not JSON', '{"target": "server",'],
		['a password', JSON.stringify({pool: 'pool01.contoso.com', password: 'hunter2'})],
		['a language outside the list', JSON.stringify({language: 'fr'})],
		['an empty name', JSON.stringify({policyName: ''})],
		['a name too long', JSON.stringify({pool: 'p'.repeat(254)})],
		['a number', JSON.stringify({pool: 42})],
		['an array', '[]'],
		['null', 'null'],
		['an inherited key', JSON.stringify({toString: 'x'})],
	])('leaves a file holding %s to loadSettings', (_, text) => {
		fs.writeFileSync(configFile(env), text);
		expect(readSettingsFile(env)).toBeUndefined();
		expect(loadSettings(env).warning?.kind).toBe('reset');
	});

	it('leaves a path it cannot read to loadSettings', () => {
		fs.mkdirSync(configFile(env));
		expect(readSettingsFile(env)).toBeUndefined();
	});

	it('never accepts what conf would refuse, and reads what conf reads', () => {
		const value = fc.oneof(
			fc.constantFrom('server', 'online', 'en', 'it', 'fr', '', 'pool01.contoso.com', 'a'.repeat(253), 'a'.repeat(254), '😀'.repeat(200)),
			fc.string(),
			fc.integer(),
			fc.constant(null),
		);
		const key = fc.constantFrom('target', 'pool', 'adminDomain', 'signInUser', 'policyName', 'language', 'lastUsersFile', 'lastJournal', 'password', '__proto__');
		fc.assert(
			fc.property(fc.dictionary(key, value, {maxKeys: 4}), data => {
				fs.writeFileSync(configFile(env), JSON.stringify(data));
				const quick = readSettingsFile(env);
				// saveSettings always opens the file with conf: its verdict, and what it keeps.
				const warning = saveSettings({}, env);
				if (quick !== undefined) {
					expect(warning).toBeUndefined();
					expect(JSON.parse(fs.readFileSync(configFile(env), 'utf8'))).toEqual(quick);
				}

				fs.rmSync(configFile(env), {force: true});
				for (const name of fs.readdirSync(directory)) fs.rmSync(path.join(directory, name), {force: true});
			}),
			{numRuns: 150},
		);
	});
});
