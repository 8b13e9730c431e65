/** The Execute screen (step 6): the change running, then the read-back. */
import type {StepStatus} from '../../engine/execute.js';

export const execute = {
	title: 'Making the change',
	intro: 'Running the commands. The journal records each one and its result.',
	/** A step's status, always in words. */
	status: {
		pending: 'WAITING',
		running: 'RUNNING',
		done: 'DONE',
		failed: 'FAILED',
		skipped: 'NOT RUN',
		unknown: 'UNKNOWN',
	} satisfies Record<StepStatus, string>,
	grants: (policy: string): string => `Giving users the per-user policy ${policy}`,
	current: (user: string): string => `Now: ${user}`,
	failures: (count: number): string => (count === 1 ? 'Failed:' : `Failed (the latest of ${count.toLocaleString('en-US')}):`),
	failure: (user: string, message: string): string => `${user}: ${message}`,
	verifying: 'Verifying by reading back',
	verifyWaiting: 'Reading the values back to confirm the change…',
	stopHelp: 'Press s to stop: the run stops between two requests, so nothing is left half done. What ran is kept; the rollback script covers it.',
	verifyHelp: 'Reading back changes nothing; the summary follows when it is done.',
	stopping: 'Stopping after the current request… Nothing is left half done. The summary follows.',
	keys: {
		stop: 'stop',
		quitNow: 'quit at once (the journal says what ran)',
	},
};
