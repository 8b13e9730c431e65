import type {Step} from './plan.js';

/** A step before `buildPlan` numbers it. */
export type StepDraft = Omit<Step, 'id'>;

/** Ids count steps of the same kind: `grant-17`, `read-user-17` and `verify-user-17` are one user. */
export function numberSteps(drafts: readonly StepDraft[]): Step[] {
	const counts = new Map<string, number>();
	return drafts.map(draft => {
		const count = (counts.get(draft.kind) ?? 0) + 1;
		counts.set(draft.kind, count);
		return {id: `${draft.kind}-${count}`, ...draft};
	});
}
