/**
 * The plan as JSON (`offline-im plan --json`). The shape is stable; fields are only ever added.
 *
 * ```
 * {
 *   "format": "offline-im-plan/1",
 *   "tool": {"name": "offline-im", "version": "0.1.0"},
 *   "language": "en",                       // of the messages and scripts below
 *   "createdAt": "2025-01-01T00:00:00.000Z",
 *   "rehearsal": false,                     // planned with --simulate
 *   "choices": {target, state, scope},      // as source/plan/choices.ts
 *   "snapshot": {...},                      // what was read; {} for a plan made offline
 *   "createsPolicy": true | false | "if-missing",
 *   "steps": [{"id", "phase", "kind", "subject"?, "purpose", "command", "rollback": [..],
 *              "expect"?, "effect"?, "rollbackPlaceholders"?}],
 *   "warnings": [{"kind", "severity", "message", ...the warning's own fields}],
 *   "rollbackNeedsInput": false,            // true: fill in the rollback script before using it
 *   "script": "...",                        // the commented .ps1
 *   "rollbackScript": "..."                 // its rollback .ps1
 * }
 * ```
 */
import type {Language} from '../i18n/language.js';
import {version} from '../version.js';
import type {Choices} from './choices.js';
import type {Plan, Step, TenantSnapshot} from './plan.js';
import {planTexts, renderRollbackScript, renderScript, type ScriptOptions} from './render-script.js';
import {rollbackNeedsInput} from './rollback.js';
import {warningSeverity, type WarningSeverity} from './warnings.js';

export const planJsonFormat = 'offline-im-plan/1';

export type PlanJson = {
	format: typeof planJsonFormat;
	tool: {name: 'offline-im'; version: string};
	language: Language;
	createdAt: string;
	rehearsal: boolean;
	choices: Choices;
	snapshot: TenantSnapshot;
	createsPolicy: boolean | 'if-missing';
	steps: Array<Step & {purpose: string}>;
	warnings: Array<Record<string, unknown> & {kind: string; severity: WarningSeverity; message: string}>;
	rollbackNeedsInput: boolean;
	script: string;
	rollbackScript: string;
};

export function planToJson(plan: Plan, language: Language, options: ScriptOptions = {}): PlanJson {
	const t = planTexts(language);
	return {
		format: planJsonFormat,
		tool: {name: 'offline-im', version},
		language,
		createdAt: plan.createdAt,
		rehearsal: Boolean(options.simulate),
		choices: plan.choices,
		snapshot: plan.snapshot,
		createsPolicy: plan.createsPolicy,
		steps: plan.steps.map(step => ({
			id: step.id,
			phase: step.phase,
			kind: step.kind,
			...(step.subject === undefined ? {} : {subject: step.subject}),
			purpose: t.purpose(step),
			command: step.command,
			rollback: step.rollback,
			...(step.expect ? {expect: step.expect} : {}),
			...(step.effect ? {effect: step.effect} : {}),
			...(step.rollbackPlaceholders ? {rollbackPlaceholders: step.rollbackPlaceholders} : {}),
		})),
		warnings: plan.warnings.map(warning => ({...warning, severity: warningSeverity(warning), message: t.warning(warning)})),
		rollbackNeedsInput: rollbackNeedsInput(plan),
		script: renderScript(plan, language, options),
		rollbackScript: renderRollbackScript(plan, language, options),
	};
}
