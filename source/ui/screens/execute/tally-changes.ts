import type {StepRecord} from '../../../engine/execute.js';

export type ChangeTally = {
	/** The steps that are not grants (create and set a policy): few, each shown with its status. */
	policySteps: StepRecord[];
	grants: {
		total: number;
		/** Finished, failed ones included. */
		finished: number;
		/** Failed, or of unknown outcome after PowerShell stopped answering. */
		failed: number;
	};
	/** The latest failed grants, oldest first. */
	lastFailures: StepRecord[];
	/** The per-user policy the grants give. */
	grantPolicy?: string;
};

/**
 * One pass over the change records, without copying them: a run of 10,000 grants costs a loop
 * per progress report, and nothing per frame of the clock (the screen memoizes it).
 */
export function tallyChanges(changes: readonly StepRecord[], keepFailures: number): ChangeTally {
	const tally: ChangeTally = {policySteps: [], grants: {total: 0, finished: 0, failed: 0}, lastFailures: []};
	for (const record of changes) {
		if (record.step.kind !== 'grant') {
			tally.policySteps.push(record);
			continue;
		}

		tally.grants.total++;
		if (tally.grantPolicy === undefined && record.step.effect?.kind === 'user-policy') tally.grantPolicy = record.step.effect.to;
		switch (record.status) {
			case 'done': {
				tally.grants.finished++;
				break;
			}

			case 'failed':
			case 'unknown': {
				tally.grants.finished++;
				tally.grants.failed++;
				if (keepFailures > 0) {
					tally.lastFailures.push(record);
					if (tally.lastFailures.length > keepFailures) tally.lastFailures.shift();
				}

				break;
			}

			default:
		}
	}

	return tally;
}
