/** `offline-im` with no command and no terminal (CI, a pipe, a scheduled task). */
import {describe, expect, it} from 'vitest';
import {runCli} from '../support/cli.js';

describe('offline-im without a terminal', () => {
	it('says how to use doctor, plan and apply instead, and exits 2', async () => {
		const run = await runCli([]);
		expect(run.exitCode).toBe(2);
		expect(run.stderr).toContain('The wizard needs an interactive terminal');
		expect(run.stderr).toContain('offline-im doctor');
		expect(run.stderr).toContain('offline-im plan --state off');
		expect(run.stderr).toContain('offline-im apply --state off');
		expect(run.stdout).toBe('');
	});

	it('says it in Italian with --lang it', async () => {
		const run = await runCli(['--lang', 'it']);
		expect(run.exitCode).toBe(2);
		expect(run.stderr).toContain('La procedura guidata richiede un terminale interattivo');
	});

	it('refuses a bad option before anything else, naming it', async () => {
		const run = await runCli(['--timeout', 'soon']);
		expect(run.exitCode).toBe(2);
		expect(run.stderr).toContain('--timeout');
		expect(run.stderr).not.toMatch(/^\s+at /m);
	});
});
