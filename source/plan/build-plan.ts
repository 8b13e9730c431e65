/**
 * Choices (and, when the tenant was read, a snapshot) in; a plan out: connect, read the current
 * values, change, read back. Pure: the same inputs give the same plan. Choices that no validator
 * accepts throw (`validateChoices`): they are a programming error, never a plan.
 */
import type {Choices} from './choices.js';
import {changeSteps} from './changes.js';
import {connectionSteps} from './connection.js';
import type {Plan, TenantSnapshot} from './plan.js';
import {readSteps} from './reads.js';
import {serverSwitchPlan} from './server-switch.js';
import {validateChoices} from './validate-choices.js';
import {numberSteps} from './step-draft.js';
import {verifySteps} from './verification.js';
import {warningsFor} from './warnings.js';

export function buildPlan(choices: Choices, snapshot: TenantSnapshot = {}, now: Date = new Date()): Plan {
	validateChoices(choices);
	const changes = changeSteps(choices, snapshot);
	const serverSwitch = serverSwitchPlan(choices, snapshot, changes.grantedUsers);
	// "Off" through the server switch leaves the client policy alone.
	const clientPolicy = !serverSwitch.replacesClientPolicy;
	const steps = numberSteps([
		...connectionSteps(choices.target),
		...readSteps(choices),
		...(clientPolicy ? changes.steps : []),
		...serverSwitch.steps,
		...(clientPolicy ? verifySteps(choices, changes.grantedUsers) : []),
		...serverSwitch.verify,
	]);
	const changeStepsNumbered = steps.filter(step => step.phase === 'change');
	return {
		choices,
		createdAt: now.toISOString(),
		snapshot,
		createsPolicy: clientPolicy ? changes.createsPolicy : false,
		steps,
		warnings: warningsFor(choices, snapshot, changeStepsNumbered, changes.resolution, serverSwitch),
	};
}
