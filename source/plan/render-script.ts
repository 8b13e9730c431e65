/**
 * The plan as a commented `.ps1` a person can read and run, and its rollback script.
 *
 * Comments never carry a value from outside on its own line: runs of per-user steps share one
 * comment with a count, and any other text is kept on one line (a line break inside a `#`
 * comment would turn the rest into code; validation already rejects line breaks in names).
 * Built as an array of lines joined once: 100,000 users stay linear.
 */
import type {Language} from '../i18n/language.js';
import {plan as planEn} from '../i18n/en/plan.js';
import {plan as planIt} from '../i18n/it/plan.js';
import {version} from '../version.js';
import type {Plan, Step, StepKind, StepPhase} from './plan.js';
import {rollbackOf} from './rollback.js';

export type ScriptOptions = {
	/** Planned for the simulated tenant (`--simulate`): the header says it is a rehearsal. */
	simulate?: boolean;
};

export type RollbackOptions = ScriptOptions & {
	/**
	 * Only undo these change steps (what actually ran, for the execution engine's rollback file);
	 * default: every change step of the plan.
	 */
	ran?: readonly Step[];
};

const texts = {en: planEn, it: planIt} as const;

export function planTexts(language: Language): typeof planEn {
	return texts[language];
}

/** One line, safe inside a `#` comment. */
function commentLine(text: string): string {
	return `# ${text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')}`.trimEnd();
}

function sectionLine(number: number, title: string): string {
	return commentLine(`---- ${number}. ${title} ----`);
}

const userStepKinds = new Set<StepKind>(['read-user', 'grant', 'verify-user']);

// The .ps1 prints read results one object at a time in full; see `script.formatList`.
function scriptCommand(step: Step): string {
	return step.phase === 'read' || step.phase === 'verify' ? `${step.command} | Format-List` : step.command;
}

function header(plan: Plan, language: Language, kind: 'script' | 'rollback', options: ScriptOptions): string[] {
	const t = planTexts(language);
	const {choices} = plan;
	// The settings the plan changes: the client policy's, the server switch's, or both.
	const value = choices.state === 'on' ? '$true' : '$false';
	const kinds = new Set(plan.steps.filter(step => step.phase === 'change').map(step => step.effect?.kind));
	const settings = [
		...(kinds.has('server-switch') && !kinds.has('policy-value') ? [] : [`EnableIMAutoArchiving ${value}`]),
		...(kinds.has('server-switch') ? [`EnableOfflineIm ${value}`] : []),
	];
	const what = `${t.change(choices.state)} (${settings.join(', ')})`;
	const lines = [
		commentLine(kind === 'script' ? t.script.title(version) : t.rollback.title(version)),
		'#',
		commentLine(`${kind === 'script' ? t.script.what : t.rollback.undoes} ${what}`),
		commentLine(`${t.script.forWhom} ${t.forWhom(choices.scope)}`),
		commentLine(`${t.script.target} ${t.target(choices.target)}`),
		commentLine(`${t.script.planned} ${kind === 'script' ? t.script.plannedAt(plan.createdAt) : plan.createdAt}`),
	];
	if (options.simulate) lines.push('#', commentLine(t.script.rehearsal));
	return lines;
}

function warningLines(plan: Plan, language: Language): string[] {
	if (plan.warnings.length === 0) return [];
	const t = planTexts(language);
	return ['#', commentLine(t.script.warnings), ...plan.warnings.map(warning => commentLine(`  - ${t.warning(warning)}`))];
}

/** The steps of one phase, a comment per step, one comment per run of per-user steps. */
function stepLines(steps: readonly Step[], language: Language, policy: string): string[] {
	const t = planTexts(language);
	const lines: string[] = [];
	for (let index = 0; index < steps.length; index++) {
		const step = steps[index]!;
		if (userStepKinds.has(step.kind)) {
			let end = index;
			while (end + 1 < steps.length && steps[end + 1]!.kind === step.kind) end++;
			lines.push(commentLine(t.userSteps(step.kind as 'read-user' | 'grant' | 'verify-user', end - index + 1, policy)));
			for (let run = index; run <= end; run++) lines.push(scriptCommand(steps[run]!));
			index = end;
		} else {
			lines.push(commentLine(t.purpose(step)), scriptCommand(step));
		}

		lines.push('');
	}

	return lines;
}

const phases: StepPhase[] = ['connect', 'read', 'change', 'verify'];

function policyName(plan: Plan): string {
	return plan.choices.scope.kind === 'users' ? plan.choices.scope.policy : '';
}

export function renderScript(plan: Plan, language: Language, options: ScriptOptions = {}): string {
	const t = planTexts(language);
	const lines = [
		...header(plan, language, 'script', options),
		...warningLines(plan, language),
		'#',
		...t.script.howToRun.map(line => commentLine(line)),
		'',
		commentLine(t.script.stopOnError),
		"$ErrorActionPreference = 'Stop'",
		'',
	];
	const byPhase = new Map<StepPhase, Step[]>(phases.map(phase => [phase, []]));
	for (const step of plan.steps) byPhase.get(step.phase)!.push(step);

	phases.forEach((phase, index) => {
		lines.push(sectionLine(index + 1, t.script.phase(phase)));
		if (phase === 'read') lines.push(commentLine(t.script.formatList));
		lines.push(...stepLines(byPhase.get(phase)!, language, policyName(plan)));
	});

	return lines.join('\n').trimEnd() + '\n';
}

export function renderRollbackScript(plan: Plan, language: Language, options: RollbackOptions = {}): string {
	const t = planTexts(language);
	const ran = options.ran ? new Set(options.ran.map(step => step.id)) : undefined;
	const entries = rollbackOf(plan).filter(entry => !ran || ran.has(entry.step.id));
	const hasPlaceholders = entries.some(entry => (entry.step.rollbackPlaceholders?.length ?? 0) > 0);
	const previousPoliciesUnknown = entries.some(
		entry => entry.step.effect?.kind === 'user-policy' && entry.step.effect.from === undefined,
	);

	const lines = [
		...header(plan, language, 'rollback', options),
		'#',
		...t.rollback.when.map(line => commentLine(line)),
	];
	if (hasPlaceholders) lines.push('#', commentLine(t.rollback.fillIn));
	if (previousPoliciesUnknown) lines.push('#', commentLine(t.rollback.previousPoliciesUnknown));
	lines.push('', commentLine(t.script.stopOnError), "$ErrorActionPreference = 'Stop'", '');

	lines.push(sectionLine(1, t.script.phase('connect')));
	lines.push(...stepLines(plan.steps.filter(step => step.phase === 'connect'), language, policyName(plan)));

	lines.push(sectionLine(2, t.rollback.undo));
	for (let index = 0; index < entries.length; index++) {
		const entry = entries[index]!;
		if (entry.step.kind === 'grant') {
			let end = index;
			while (end + 1 < entries.length && entries[end + 1]!.step.kind === 'grant') end++;
			lines.push(commentLine(t.rollback.grants(end - index + 1)));
			for (let run = index; run <= end; run++) lines.push(...entries[run]!.commands);
			index = end;
		} else {
			lines.push(commentLine(t.rollback.purpose(entry.step)));
			for (const command of entry.commands) {
				const placeholder = entry.step.rollbackPlaceholders?.find(candidate => command.startsWith(`$${candidate.variable} = `));
				if (placeholder) lines.push(commentLine(t.rollback.placeholder(placeholder)));
				lines.push(command);
			}
		}

		lines.push('');
	}

	lines.push(sectionLine(3, t.rollback.readBack));
	lines.push(...stepLines(plan.steps.filter(step => step.phase === 'read'), language, policyName(plan)));
	return lines.join('\n').trimEnd() + '\n';
}

/**
 * The text to write to a `.ps1` file: with a UTF-8 byte order mark. Windows PowerShell 5.1 reads
 * a `.ps1` without one in the ANSI code page, where the UTF-8 bytes 0x91 and 0x92 of many
 * non-Latin letters (`ё` is D1 91) become ‘ and ’, which PowerShell treats as single quotes:
 * a name would end its literal early. With the mark every PowerShell reads the file as UTF-8.
 */
export function scriptFileText(script: string): string {
	return script.startsWith('\uFEFF') ? script : `\uFEFF${script}`;
}
