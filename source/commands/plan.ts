/**
 * `offline-im plan`: the commented script and its rollback, nothing run (PowerShell is never
 * started). Without a connection the plan cannot read the tenant: rollback values are left for
 * the administrator to fill in, and the per-user policy is created only if missing.
 */
import {writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {InputError} from '../errors.js';
import {cli as cliEn} from '../i18n/en/cli.js';
import {cli as cliIt} from '../i18n/it/cli.js';
import {buildPlan} from '../plan/build-plan.js';
import {planToJson} from '../plan/plan-json.js';
import {renderRollbackScript, renderScript, scriptFileText} from '../plan/render-script.js';
import {rollbackNeedsInput} from '../plan/rollback.js';
import {choicesFromOptions} from './choices-from-options.js';
import type {Io, PlanOptions} from './options.js';

/** `x` and `x.ps1` give `x.ps1` and `x.rollback.ps1`. */
export function outputPaths(out: string): {script: string; rollback: string} {
	const base = out.replace(/\.ps1$/i, '');
	return {script: `${base}.ps1`, rollback: `${base}.rollback.ps1`};
}

export async function runPlan(options: PlanOptions, io: Io): Promise<number> {
	const {choices, language, notices} = choicesFromOptions(options, {cwd: io.cwd, env: io.env});
	const t = language === 'it' ? cliIt : cliEn;
	for (const notice of notices) io.stderr.write(`offline-im: ${notice}\n`);

	const plan = buildPlan(choices);
	const scriptOptions = {simulate: Boolean(options.simulate)};
	const script = renderScript(plan, language, scriptOptions);

	if (options.out !== undefined) {
		const paths = outputPaths(options.out);
		const rollback = renderRollbackScript(plan, language, scriptOptions);
		for (const [file, text] of [
			[paths.script, script],
			[paths.rollback, rollback],
		] as const) {
			try {
				writeFileSync(resolve(io.cwd, file), scriptFileText(text), 'utf8');
			} catch (error) {
				const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
				throw new InputError(t.outUnwritable(file, reason), t.outUnwritableHint);
			}
		}

		// With --json, stdout carries only the JSON.
		const report = options.json ? io.stderr : io.stdout;
		report.write(`${t.wrote(paths.script, paths.rollback)}\n`);
		if (rollbackNeedsInput(plan)) report.write(`${t.rollbackNeedsInput}\n`);
	}

	if (options.json) {
		io.stdout.write(`${JSON.stringify(planToJson(plan, language, scriptOptions), null, 2)}\n`);
	} else if (options.out === undefined) {
		io.stdout.write(script);
	}

	return 0;
}
