import {existsSync, mkdirSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough, Writable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {runPlan, writeScripts} from '../../source/commands/plan.js';
import type {Io, PlanOptions} from '../../source/commands/options.js';
import {InputError} from '../../source/errors.js';
import {buildPlan} from '../../source/plan/build-plan.js';

class Collect extends Writable {
	text = '';
	constructor(readonly isTTY?: boolean) {
		super();
	}

	override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
		this.text += chunk.toString('utf8');
		done();
	}
}

function io(cwd: string, stdoutIsTerminal?: boolean): Io & {stdout: Collect; stderr: Collect} {
	return {
		stdout: new Collect(stdoutIsTerminal),
		stderr: new Collect(),
		stdin: new PassThrough(),
		env: {LANG: 'en_US.UTF-8'},
		cwd,
		interactive: false,
	};
}

const work = () => mkdtempSync(join(tmpdir(), 'offline-im-plan-write-'));
const options: PlanOptions = {state: 'off', scope: 'users', users: 'Tony Smith,\u0401lkin'};
const plan = buildPlan({target: {kind: 'server', signIn: {kind: 'integrated'}}, state: 'off', scope: {kind: 'global'}});

describe('plan without --out', () => {
	it('starts the script with a byte order mark when stdout is not a terminal (plan > change.ps1)', async () => {
		const run = io(work(), false);
		expect(await runPlan(options, run)).toBe(0);
		expect(run.stdout.text.startsWith('\uFEFF# offline-im')).toBe(true);
		expect(run.stdout.text.indexOf('\uFEFF', 1)).toBe(-1);
		expect(run.stdout.text).toContain("Grant-CsClientPolicy -Identity '\u0401lkin' -PolicyName 'OfflineIM'");
	});

	it('prints no byte order mark to a terminal', async () => {
		const run = io(work(), true);
		expect(await runPlan(options, run)).toBe(0);
		expect(run.stdout.text.startsWith('# offline-im')).toBe(true);
	});

	it('prints no byte order mark before JSON', async () => {
		const run = io(work(), false);
		expect(await runPlan({...options, json: true}, run)).toBe(0);
		expect(run.stdout.text.startsWith('{')).toBe(true);
		expect((JSON.parse(run.stdout.text) as {script: string}).script.startsWith('# offline-im')).toBe(true);
	});
});

describe('writeScripts', () => {
	it('writes the script and its rollback with a byte order mark and returns their paths', () => {
		const folder = work();
		const paths = writeScripts(plan, 'en', 'change', {cwd: folder});
		expect(paths).toEqual({script: join(folder, 'change.ps1'), rollback: join(folder, 'change.rollback.ps1')});
		expect(readFileSync(paths.script, 'utf8').startsWith('\uFEFF# offline-im')).toBe(true);
		expect(readFileSync(paths.rollback, 'utf8')).toMatch(/^\uFEFF# offline-im .*ROLLBACK/);
	});

	it('labels a rehearsal', () => {
		const paths = writeScripts(plan, 'en', 'rehearsal.ps1', {cwd: work(), simulate: true});
		expect(readFileSync(paths.script, 'utf8')).toContain('# REHEARSAL');
	});

	it('refuses a folder without naming a flag, and writes nothing beside it', () => {
		const folder = work();
		mkdirSync(join(folder, 'scripts'));
		const attempt = () => writeScripts(plan, 'en', 'scripts', {cwd: folder});
		expect(attempt).toThrow(InputError);
		expect(attempt).toThrow('scripts is a folder: the script needs a file name');
		try {
			attempt();
		} catch (error) {
			expect((error as InputError).message).not.toContain('--out');
			expect((error as InputError).hint).toBe(`Give a file name, for example ${join('scripts', 'offline-im.ps1')}; its rollback is written beside it (offline-im.rollback.ps1).`);
		}

		expect(existsSync(join(folder, 'scripts.ps1'))).toBe(false);
		expect(() => writeScripts(plan, 'it', 'altra/', {cwd: folder})).toThrow('altra/ è una cartella: lo script ha bisogno di un nome di file');
		mkdirSync(join(folder, 'x.ps1'));
		expect(() => writeScripts(plan, 'en', 'x', {cwd: folder})).toThrow('x is a folder');
	});

	it('says which file cannot be written and why, without naming a flag', () => {
		const folder = work();
		const missing = join(folder, 'nowhere', 'change.ps1');
		expect(() => writeScripts(plan, 'en', 'nowhere/change.ps1', {cwd: folder})).toThrow(`${missing}: the file cannot be written (ENOENT)`);
	});
});

describe('plan --out', () => {
	it('names the flag when the file cannot be written', async () => {
		const folder = work();
		mkdirSync(join(folder, 'out'));
		await expect(runPlan({...options, out: 'out'}, io(folder))).rejects.toThrow('--out out is a folder: the script needs a file name');
		await expect(runPlan({...options, out: 'nowhere/x.ps1'}, io(folder))).rejects.toThrow(/^--out .*x\.ps1: the file cannot be written \(ENOENT\)$/);
	});

	it('says where it wrote, as absolute paths', async () => {
		const folder = work();
		const run = io(folder);
		expect(await runPlan({...options, out: 'change'}, run)).toBe(0);
		expect(run.stdout.text).toContain(join(folder, 'change.ps1'));
		expect(run.stdout.text).toContain(join(folder, 'change.rollback.ps1'));
	});
});
