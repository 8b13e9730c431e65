/**
 * The inverse of a plan: each change step's rollback, in reverse order, so users are ungranted
 * before the policy they hold is restored or removed.
 */
import type {Plan, Step} from './plan.js';

export type RollbackEntry = {step: Step; commands: string[]};

export function rollbackOf(plan: Plan): RollbackEntry[] {
	const entries: RollbackEntry[] = [];
	for (let index = plan.steps.length - 1; index >= 0; index--) {
		const step = plan.steps[index]!;
		if (step.phase === 'change' && step.rollback.length > 0) entries.push({step, commands: step.rollback});
	}

	return entries;
}

/**
 * The rollback holds placeholders for values the plan could not read (a plan made offline):
 * it must not run until the administrator has filled them in.
 */
export function rollbackNeedsInput(plan: Plan): boolean {
	return plan.steps.some(step => (step.rollbackPlaceholders?.length ?? 0) > 0);
}
