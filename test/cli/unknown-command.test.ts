/**
 * A mistyped command word: the built program, as an admin types it. Commander's own
 * unknown-command error names the word and suggests the command meant, as it does for options.
 */
import path from 'node:path';
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {temporaryFolder} from '../support/cli.js';

const program = path.resolve(import.meta.dirname, '../../bin/offline-im.js');

async function offlineIm(...args: string[]) {
	return execa('node', [program, ...args], {
		cwd: temporaryFolder('offline-im-typo-'),
		reject: false,
		stdin: 'ignore',
		env: {LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: ''},
	});
}

describe('offline-im with a word that names no command', () => {
	it('says the command is unknown and suggests the one meant (exit 2)', async () => {
		const run = await offlineIm('docter');
		expect(run.exitCode).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain("unknown command 'docter'");
		expect(run.stderr).toContain('Did you mean doctor?');
		expect(run.stderr).not.toContain('too many arguments');
	});

	it('suggests nothing for a word close to no command, and still refuses it', async () => {
		const run = await offlineIm('xyzzy', '--simulate');
		expect(run.exitCode).toBe(2);
		expect(run.stderr).toContain("unknown command 'xyzzy'");
		expect(run.stderr).not.toContain('Did you mean');
	});

	it('keeps refusing extra words after a real command', async () => {
		const run = await offlineIm('doctor', 'extra');
		expect(run.exitCode).toBe(2);
		expect(run.stderr).toContain("too many arguments for 'doctor'");
	});
});
