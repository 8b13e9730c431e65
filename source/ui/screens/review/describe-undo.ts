import type {ImArchiving, Plan} from '../../../plan/plan.js';

/** What the rollback of a plan's change steps puts back, for the review's "Undo" view. */
export type UndoSummary = {
	/** Policies whose value is put back; `from` absent when it was not read. */
	policies: Array<{subject: string; from?: ImArchiving}>;
	/** Per-user policies the run creates, removed by the rollback. */
	created: Array<{policy: string; conditional: boolean}>;
	/** Users given back their previous per-user policy. */
	grants: number;
	/** Server switches put back (`from` absent when not read), or site IM configurations removed (`created`). */
	switches: Array<{subject: string; from?: boolean; created?: 'yes' | 'if-missing'}>;
};

/** One pass over the change steps; call it once per plan (memoized), not per key press. */
export function describeUndo(plan: Plan): UndoSummary {
	const summary: UndoSummary = {policies: [], created: [], grants: 0, switches: []};
	for (const step of plan.steps) {
		// A step without rollback commands leaves nothing behind (a value set on a policy the run
		// creates goes with the policy).
		if (step.phase !== 'change' || !step.effect || step.rollback.length === 0) continue;
		const {effect} = step;
		switch (effect.kind) {
			case 'policy-value': {
				summary.policies.push({subject: effect.policy, ...(effect.from === undefined ? {} : {from: effect.from})});
				break;
			}

			case 'policy-created': {
				summary.created.push({policy: effect.policy.replace(/^tag:/i, ''), conditional: effect.conditional});
				break;
			}

			case 'user-policy': {
				summary.grants++;
				break;
			}

			case 'server-switch': {
				summary.switches.push({
					subject: effect.configuration,
					...(effect.from === undefined ? {} : {from: effect.from}),
					...(effect.created ? {created: effect.created} : {}),
				});
				break;
			}
		}
	}

	return summary;
}
