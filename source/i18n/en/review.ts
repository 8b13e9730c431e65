/** The Review screen (step 5): what will change, the warnings, the exact commands, run or save. */
import type {OnOff} from '../../plan/choices.js';

/** 10,000 */
const n = (count: number): string => count.toLocaleString('en-US');

const users = (count: number): string => `${n(count)} ${count === 1 ? 'user' : 'users'}`;

const upper = (state: OnOff): string => (state === 'on' ? 'ON' : 'OFF');

/** How the per-user policy is obtained, as the headline says it. */
export type PolicyOrigin = 'new' | 'existing' | 'if-missing';

function policyLabel(subject: string): string {
	if (subject === 'Global') return 'the Global policy';
	if (subject.toLowerCase().startsWith('site:')) return `the policy of site ${subject.slice(5)}`;
	return `the per-user policy ${subject.replace(/^tag:/i, '')}`;
}

export const review = {
	title: 'Review and run',
	reading: 'Reading the current values and preparing the commands…',
	readingNote: 'Nothing is changed yet.',
	failedTitle: 'Reading the current values failed, so no commands could be prepared',
	headline: {
		/** `via`: what the plan changes for the scope, the client policy or the server switch (IM configuration). */
		global: (state: OnOff, via: 'policy' | 'server-switch' = 'policy'): string =>
			`Turn offline messages ${upper(state)} for the whole organization (${via === 'policy' ? 'Global policy' : 'server switch'}).`,
		site: (state: OnOff, site: string, via: 'policy' | 'server-switch' = 'policy'): string =>
			`Turn offline messages ${upper(state)} for site ${site} (${via === 'policy' ? 'its site policy' : 'its server switch'}).`,
		users: (state: OnOff, count: number, policy: string, origin: PolicyOrigin): string =>
			`Turn offline messages ${upper(state)} for ${users(count)} with per-user policy ${policy} (${
				origin === 'new' ? 'new' : origin === 'existing' ? 'existing' : 'created if missing'
			}).`,
	},
	views: {
		label: 'Show:',
		warnings: (count: number): string => `Warnings (${n(count)})`,
		commands: (count: number): string => `Commands (${n(count)})`,
		undo: 'Undo',
	},
	/** Screen-reader mode: said after the view being shown. */
	shown: 'shown',
	noWarnings: 'Nothing to warn you about.',
	/** Marks a warning that makes the run fail as planned. */
	blocking: 'CANNOT RUN',
	/** Under the headline when the warning about them is out of view. */
	leftOut: (count: number): string => `${users(count)} will not get the policy: see Warnings.`,
	undo: {
		intro: 'While the commands run, offline-im writes a rollback script for exactly the commands that ran. Running it undoes them:',
		policy: (subject: string, from: string | undefined): string =>
			from === undefined
				? `Put ${policyLabel(subject)} back to its value before the change`
				: `Put ${policyLabel(subject)} back to ${from}`,
		created: (policy: string, conditional: boolean): string =>
			conditional
				? `Remove the per-user policy ${policy} if this run created it`
				: `Remove the per-user policy ${policy}, which this run creates`,
		grants: (count: number): string => `Give ${users(count)} back the per-user policy they held before (or none)`,
		serverSwitch: (subject: string, from: string | undefined, created: 'yes' | 'if-missing' | undefined): string => {
			const label = subject.toLowerCase().startsWith('site:') ? `the IM configuration of site ${subject.slice(5)}` : 'the Global IM configuration';
			if (created === 'yes') return `Remove ${label}, which this run creates (the site follows Global again)`;
			if (created === 'if-missing') return `Remove ${label} if this run created it, else put its server switch back`;
			return from === undefined ? `Put the server switch in ${label} back to its value before the change` : `Put the server switch in ${label} back to ${from}`;
		},
		nothing: 'This plan changes nothing, so there is nothing to undo.',
		where: 'Its path is shown at the end. A saved script gets its rollback script beside it (.rollback.ps1).',
	},
	onError: {
		label: 'If giving a user the policy fails:',
		stop: 'stop at the first failure',
		go: 'go on with the others, and list the failures at the end',
		change: '(e to change)',
	},
	nextStep: 'Nothing has run yet: r runs the commands, s saves them as a script for later.',
	confirm: (count: number, rehearsal: boolean): string =>
		`Run now? ${count === 1 ? '1 command changes' : `${n(count)} commands change`} your ${rehearsal ? 'simulated ' : ''}tenant. Press Enter to run, Esc to cancel.`,
	refused:
		'This plan cannot run as it stands (see CANNOT RUN). Press Esc to go back and change your choices. You can still save the script.',
	save: {
		label: 'Save as',
		help: 'The rollback script is saved beside it, its name ending in .rollback.ps1. Enter saves, Esc cancels.',
		needPath: 'type a file name, for example offline-im.ps1',
		failed: (message: string): string => `Saving failed: ${message}`,
		exists: (file: string): string => `${file} already exists: Enter to replace it, Esc to choose another name.`,
	},
	saved: {
		script: (file: string): string => `Script saved: ${file}`,
		rollback: (file: string): string => `Rollback script: ${file}`,
		next: 'Nothing has run. Press q to quit now, or r to run the commands here.',
	},
	keys: {
		run: 'run',
		save: 'save as .ps1',
		views: 'next view',
		onError: 'if a grant fails: stop / go on',
		confirm: 'run now',
		cancel: 'cancel',
		saveNow: 'save',
		replace: 'replace it',
		otherName: 'another name',
		quit: 'quit without running',
	},
};
