import type {SessionFailure} from '../../powershell/session-error.js';

const n = (count: number): string => count.toLocaleString('en-US');

export const commands = {
	target: {
		serverLocal: 'Skype for Business Server, admin module on this computer',
		serverPool: (pool: string): string => `Skype for Business Server, remote pool ${pool}`,
		online: 'Skype for Business Online (retired 2021-07-31)',
	},
	why: 'Why:',
	fix: 'Fix:',
	timeoutRange: 'a number of seconds from 1 to 86400 (for example 300 for a slow pool)',
	journalFlag: {
		folderMissing: (file: string, folder: string): string => `--journal ${file}: the folder ${folder} does not exist`,
		exists: (file: string): string => `--journal ${file}: the file exists already`,
		hint: 'Name a new file in an existing folder: each run gets its own journal and rollback script.',
	},
	wizardExit: {
		nothingChanged: 'offline-im: stopped at your request. Nothing was changed in the tenant.',
		duringRun: (journal: string, rollback: string): string =>
			`offline-im: stopped during the run at your request. The journal records what ran: ${journal}\nRollback script: ${rollback}`,
		afterRun: (journal: string): string => `offline-im: the journal of this run is ${journal}`,
		internalTitle: 'offline-im stopped because of an internal error',
		internalFix: 'Press q to quit, then report this text. The journal (under the config folder) records every command that ran.',
	},
	/** Why the PowerShell session ended, as a person reads it. */
	sessionFailure: (failure: SessionFailure): string => {
		switch (failure.kind) {
			case 'not-started':
				return `PowerShell could not be started: ${failure.message}`;
			case 'exited':
				return failure.signal ? `PowerShell was stopped (${failure.signal}).` : `PowerShell ended unexpectedly (exit code ${failure.exitCode ?? 'unknown'}).`;
			case 'timeout':
				return `PowerShell did not answer for ${Math.round(failure.timeoutMs / 1000)} s and was stopped.`;
			case 'too-old':
				return `PowerShell ${failure.engineVersion} is older than 3.0.`;
			case 'constrained':
				return `PowerShell runs in ${failure.languageMode} mode (AppLocker or Windows Defender Application Control), which offline-im cannot work in.`;
			case 'setup-failed':
				return `PowerShell started but the rehearsal's stand-in for the Skype for Business module could not be defined: ${failure.error}`;
			case 'unreadable':
				return `PowerShell's answer could not be read (${failure.detail}).`;
			case 'stopped':
				return 'The PowerShell session was closed.';
		}
	},
	doctor: {
		heading: (target: string): string => `offline-im doctor - ${target}`,
		allPassed: 'All checks passed.',
		failed: (count: number): string =>
			`${count === 1 ? '1 check failed' : `${n(count)} checks failed`}. Fix ${count === 1 ? 'it' : 'them'}, then run offline-im doctor again.`,
	},
	apply: {
		needsYes: 'apply runs commands that change your tenant and needs your confirmation.',
		needsYesHint: 'Add --yes to run without a question, or use offline-im plan to see the script first.',
		confirm: (commands: number): string => `${commands === 1 ? 'Run this command?' : `Run these ${n(commands)} commands?`} Type yes to go on: `,
		notConfirmed: 'Nothing was run.',
		passwordNeeded: (user: string): string => `A password is needed to sign in as ${user}.`,
		passwordNeededHint: 'Pass it on standard input with --password-stdin (for example from a secret store), or run offline-im in a terminal to type it.',
		passwordPrompt: (user: string): string => `Password for ${user} (not shown): `,
		passwordEmpty: 'The password on standard input was empty.',
		checksFailed: 'The prerequisite checks failed, so nothing was run.',
		checksFailedHint: 'Fix the failed checks (offline-im doctor shows them all), then run apply again.',
		connecting: (what: string): string => `Connecting: ${what}`,
		connectFailed: (command: string): string => `Connecting failed at: ${command}`,
		reading: 'Reading the current values...',
		usersUnresolved: 'Some users cannot be given the policy, so nothing was changed:',
		usersNotFoundHint: 'Correct the names, or add --continue-on-error to change the others and list these at the end.',
		blocked: 'The plan cannot succeed as it stands, so nothing was run:',
		running: (count: number): string => `Running ${n(count)} ${count === 1 ? 'change' : 'changes'}...`,
		progress: (done: number, total: number, failed: number): string =>
			`  ${n(done)} of ${n(total)} done${failed > 0 ? `, ${n(failed)} failed` : ''}`,
		grants: (done: number, total: number, failed: number): string =>
			`Users given the policy: ${n(done)} of ${n(total)}${failed > 0 ? `, ${n(failed)} failed` : ''}`,
		stepDone: (command: string): string => `  done    ${command}`,
		stepFailed: (command: string, error: string): string => `  FAILED  ${command}\n          ${error}`,
		stepUnknown: (command: string): string => `  UNKNOWN ${command}\n          It may or may not have run: the journal tells what PowerShell last answered.`,
		outcome: {
			done: 'Done: every change ran and the read-back confirms it.',
			partial: 'Done for some users: the others failed (listed below).',
			failed: 'Stopped: a command failed. What ran before it stays in place (see the rollback script).',
			interrupted: 'Interrupted before the end: what ran stays in place (see the rollback script).',
			crashed: 'PowerShell stopped answering during the run: the last request may or may not have run (see the journal).',
		},
		crashedHint: 'Read the journal to see which commands ran; running the same command again is safe (what is already done stays done).',
		crashedTimeoutHint:
			'A command took longer than --timeout allows. If the pool is slow, run the same command again with a longer --timeout (for example --timeout 300): what is already done stays done.',
		skipped: (count: number): string => `${n(count)} ${count === 1 ? 'command did' : 'commands did'} not run (the run stopped before them).`,
		noUsersLeftHint: 'Correct the names (a SIP address or user principal name names one user), then run offline-im apply again.',
		blockedHint: 'Change the choices (for example --policy, --site) or fix the tenant, then run offline-im apply again.',
		failedUsers: (count: number): string => `${count === 1 ? '1 user' : `${n(count)} users`} failed:`,
		verification: (ok: number, total: number): string => `Read-back: ${n(ok)} of ${n(total)} as expected.`,
		verificationMismatch: (subject: string, found: string): string => `  not as expected: ${subject} (${found})`,
		journal: (file: string): string => `Journal: ${file}`,
		rollback: (file: string): string => `Rollback script for what ran: ${file}`,
		tenantFile: (file: string): string => `Simulated tenant: ${file}`,
		nextSteps:
			'Users see the change after signing in to Skype for Business again; offline messages need the latest Click-to-Run client.',
		stopping: 'Stopping after the current request (press Ctrl+C again to quit at once; the journal tells what ran)...',
		nothingToDo: 'Nothing to change.',
	},
	session: {
		ended: (message: string): string => `PowerShell stopped: ${message}`,
		endedHint: 'Check the journal for what ran, then run offline-im doctor to see whether PowerShell is healthy.',
	},
};
