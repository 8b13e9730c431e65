/** The Summary screen (step 7): what happened, what failed, where the records are, what users do. */
import type {ExecutionOutcome} from '../../engine/execute.js';
import type {OnOff} from '../../plan/choices.js';

/** 10,000 */
const n = (count: number): string => count.toLocaleString('en-US');

const users = (count: number): string => `${n(count)} ${count === 1 ? 'user' : 'users'}`;

function policyLabel(subject: string): string {
	if (subject === 'Global') return 'the Global policy';
	if (subject.toLowerCase().startsWith('site:')) return `the policy of site ${subject.slice(5)}`;
	return `the per-user policy ${subject.replace(/^tag:/i, '')}`;
}

function configurationLabel(subject: string): string {
	return subject.toLowerCase().startsWith('site:') ? `the IM configuration of site ${subject.slice(5)}` : 'the Global IM configuration';
}

export const summary = {
	title: 'Summary',
	headline: {
		done: 'All done, and reading the values back confirms the change.',
		partial: 'Done for some users; the others failed (listed below).',
		failed: 'Stopped at a failure. What ran before it stays in place.',
		interrupted: 'Stopped as you asked, between two requests. What ran before stays in place.',
		crashed: 'PowerShell stopped answering. The last request may or may not have run: the journal records what was sent.',
	} satisfies Record<ExecutionOutcome, string>,
	headlineLeftOut: 'Done for the users that could be found; the others were left out (below).',
	/** Crashed: why the session ended. */
	sessionFailure: (message: string): string => `PowerShell: ${message}`,
	changed: 'What changed:',
	nothingChanged: 'Nothing was changed.',
	created: (subject: string): string => `Created ${policyLabel(subject)}.`,
	createdAndSet: (subject: string, state: OnOff): string =>
		`Created ${policyLabel(subject)}, with offline messages ${state === 'on' ? 'ON' : 'OFF'}.`,
	set: (subject: string, state: OnOff): string => `Turned offline messages ${state === 'on' ? 'ON' : 'OFF'} in ${policyLabel(subject)}.`,
	serverSwitch: (subject: string, state: OnOff, created: boolean): string =>
		created
			? `Created ${configurationLabel(subject)}, with the server switch ${state === 'on' ? 'ON' : 'OFF'}.`
			: `Turned the server switch ${state === 'on' ? 'ON' : 'OFF'} in ${configurationLabel(subject)}.`,
	granted: (done: number, total: number, policy: string): string =>
		done === total ? `Gave ${users(total)} the policy ${policy}.` : `Gave ${n(done)} of ${users(total)} the policy ${policy}.`,
	notRun: (count: number): string => `${count === 1 ? '1 command' : `${n(count)} commands`} did not run.`,
	unknown: (count: number): string =>
		`${count === 1 ? '1 command' : `${n(count)} commands`} may or may not have run (PowerShell stopped answering).`,
	failed: (count: number): string => `What failed (${n(count)}):`,
	failure: (subject: string, message: string): string => `${subject}: ${message}`,
	moreFailures: (count: number): string => `and ${n(count)} more (all in the journal)`,
	readBack: {
		all: (total: number): string =>
			total === 1 ? 'Read back: as expected.' : total === 2 ? 'Read back: both values as expected.' : `Read back: all ${n(total)} values as expected.`,
		some: (ok: number, total: number): string => `Read back: ${n(ok)} of ${n(total)} as expected.`,
		/** After `some`, when every value not as expected belongs to a failure listed above. */
		explained: 'The others are the failures above.',
		unexpected: 'Not as expected:',
		none: 'Read back: not done.',
		mismatch: (subject: string, found: string): string => `${subject}: ${found}`,
		more: (count: number): string => `and ${n(count)} more`,
	},
	journal: (file: string): string => `Journal: ${file}`,
	rollback: (file: string): string => `Rollback script (undoes what ran): ${file}`,
	rollbackNothing: (file: string): string => `Rollback script (nothing ran, nothing to undo): ${file}`,
	tenantFile: (file: string): string => `Simulated tenant: ${file}`,
	nextLabel: 'What users do now:',
	next: (state: OnOff): string =>
		state === 'on'
			? 'sign out of Skype for Business and sign in again, with the latest Click-to-Run client (MSI installations do not support offline messages).'
			: 'sign out of Skype for Business and sign in again to pick up the change.',
	keys: {
		quit: 'quit',
	},
};
