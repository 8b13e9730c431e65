/**
 * `offline-im plan`: the commented script and its rollback, nothing run (PowerShell is never
 * started). Without a connection the plan cannot read the tenant: rollback values are left for
 * the administrator to fill in, and the per-user policy is created only if missing.
 */
import {statSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {InputError} from '../errors.js';
import {cli as cliEn} from '../i18n/en/cli.js';
import {cli as cliIt} from '../i18n/it/cli.js';
import type {Language} from '../i18n/language.js';
import {buildPlan} from '../plan/build-plan.js';
import type {Plan} from '../plan/plan.js';
import {planToJson} from '../plan/plan-json.js';
import {renderRollbackScript, renderScript, scriptFileText, type ScriptOptions} from '../plan/render-script.js';
import {rollbackNeedsInput} from '../plan/rollback.js';
import {choicesFromOptions} from './choices-from-options.js';
import type {Io, PlanOptions} from './options.js';

const cliTexts = {en: cliEn, it: cliIt} as const;

/** `x` and `x.ps1` give `x.ps1` and `x.rollback.ps1`. */
export function outputPaths(out: string): {script: string; rollback: string} {
	const base = out.replace(/\.ps1$/i, '');
	return {script: `${base}.ps1`, rollback: `${base}.rollback.ps1`};
}

export type WriteScriptsOptions = ScriptOptions & {
	/** Where a relative `file` starts from. */
	cwd: string;
};

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/**
 * Writes the plan's script to `file` (`.ps1` added when missing) and its rollback beside it
 * (`x.rollback.ps1`), both UTF-8 with a byte order mark (see `scriptFileText`), and returns their
 * absolute paths. A folder is refused rather than guessed into a file name. Throws an
 * `InputError` that names the file, not a flag: the wizard shows it as it is, and `plan --out`
 * puts its flag in front.
 */
export function writeScripts(plan: Plan, language: Language, file: string, options: WriteScriptsOptions): {script: string; rollback: string} {
	const t = cliTexts[language];
	const target = resolve(options.cwd, file);
	const paths = outputPaths(target);
	const scriptOptions: ScriptOptions = {simulate: Boolean(options.simulate)};
	// `out/` would otherwise become the hidden file `out/.ps1`, and `out` (a folder) `out.ps1` beside it.
	if (/[/\\]$/.test(file) || isFolder(target) || isFolder(paths.script)) {
		throw new InputError(t.scriptFolder(file), t.scriptFolderHint(join(file, 'offline-im.ps1')));
	}

	for (const [path, text] of [
		[paths.script, renderScript(plan, language, scriptOptions)],
		[paths.rollback, renderRollbackScript(plan, language, scriptOptions)],
	] as const) {
		try {
			writeFileSync(path, scriptFileText(text), 'utf8');
		} catch (error) {
			const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
			throw new InputError(t.scriptUnwritable(path, reason), t.scriptUnwritableHint);
		}
	}

	return paths;
}

/** `writeScripts` for `--out`: the same, with the flag named in the message. */
function writeOut(plan: Plan, language: Language, out: string, options: WriteScriptsOptions): {script: string; rollback: string} {
	try {
		return writeScripts(plan, language, out, options);
	} catch (error) {
		if (error instanceof InputError) throw new InputError(cliTexts[language].withFlag('--out', error.message), error.hint);
		throw error;
	}
}

export async function runPlan(options: PlanOptions, io: Io): Promise<number> {
	const {choices, language, notices} = choicesFromOptions(options, {cwd: io.cwd, env: io.env});
	const t = cliTexts[language];
	for (const notice of notices) io.stderr.write(`offline-im: ${notice}\n`);

	const plan = buildPlan(choices);
	const scriptOptions = {simulate: Boolean(options.simulate)};

	if (options.out !== undefined) {
		const paths = writeOut(plan, language, options.out, {...scriptOptions, cwd: io.cwd});
		// With --json, stdout carries only the JSON.
		const report = options.json ? io.stderr : io.stdout;
		report.write(`${t.wrote(paths.script, paths.rollback)}\n`);
		if (rollbackNeedsInput(plan)) report.write(`${t.rollbackNeedsInput}\n`);
	}

	if (options.json) {
		io.stdout.write(`${JSON.stringify(planToJson(plan, language, scriptOptions), null, 2)}\n`);
	} else if (options.out === undefined) {
		const script = renderScript(plan, language, scriptOptions);
		// Not a terminal: most likely `plan > change.ps1`, which Windows PowerShell 5.1 reads in the
		// ANSI code page unless the file starts with a byte order mark (see `scriptFileText`).
		const toTerminal = Boolean((io.stdout as {isTTY?: boolean}).isTTY);
		io.stdout.write(toTerminal ? script : scriptFileText(script));
	}

	return 0;
}
