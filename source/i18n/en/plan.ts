import type {OnOff, Scope, Target} from '../../plan/choices.js';
import type {RollbackPlaceholder, Step, StepPhase, UnreadableRead, Warning} from '../../plan/plan.js';
import type {UsersFileProblem} from '../../plan/users-file.js';
import type {ValidationProblem} from '../../plan/validate.js';
import type {Found} from '../../plan/verification.js';
import {common} from './common.js';

/** Names separated by commas, the first `shownAtMost` of them, then "and N more". */
function nameList(names: readonly string[], shownAtMost = 10): string {
	const shown = names.slice(0, shownAtMost).join(', ');
	return names.length > shownAtMost ? `${shown} and ${names.length - shownAtMost} more` : shown;
}

function holderList(holders: ReadonlyArray<{identity: string; clientPolicy: string}>): string {
	return nameList(holders.map(holder => `${holder.identity} (${holder.clientPolicy})`));
}

/** A character as a person can identify it, even an invisible one. */
function character(value: string): string {
	const code = `U+${(value.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
	return value === ' ' ? `a space (${code})` : `"${value}" (${code})`;
}

function codePoint(value: number): string {
	return `U+${value.toString(16).toUpperCase().padStart(4, '0')}`;
}

function policyLabel(subject: string): string {
	if (subject === 'Global') return 'the Global policy';
	if (subject.toLowerCase().startsWith('site:')) return `the policy of site ${subject.slice(5)}`;
	return `the per-user policy ${subject.replace(/^tag:/i, '')}`;
}

function readLabel(read: UnreadableRead): string {
	switch (read.kind) {
		case 'read-policy':
			return policyLabel(read.subject ?? '');
		case 'read-per-user-policies':
			return 'the list of per-user client policies';
		case 'read-policy-holders':
			return 'the list of users who hold a per-user client policy';
		case 'read-im-configurations':
			return 'the IM configurations (the server switch)';
		case 'read-pools':
			return 'the list of pools and their sites';
		case 'read-site-policies':
			return 'the list of site client policies';
	}
}

/** An IM configuration by its subject (`Global`, `site:Redmond`). */
function configurationLabel(subject: string): string {
	return subject.toLowerCase().startsWith('site:') ? `the IM configuration of site ${subject.slice(5)}` : 'the Global IM configuration';
}

function configurationList(subjects: readonly string[]): string {
	return nameList(subjects.map(configurationLabel));
}

function onOff(value: boolean): string {
	return value ? 'on' : 'off';
}

/** The first line of PowerShell's message: enough to tell "Access is denied" from a timeout. */
function firstLine(message: string): string {
	return message.split(/\r?\n/, 1)[0]!.trim();
}

function users(count: number): string {
	return count === 1 ? '1 user' : `${count} users`;
}

export const plan = {
	/** Names separated by commas, at most `shownAtMost` (default 10), then "and N more". */
	nameList,

	/** The change in a few words: "turn offline instant messages off". */
	change: (state: OnOff): string => `turn offline instant messages ${state}`,

	forWhom: (scope: Scope): string => {
		switch (scope.kind) {
			case 'global':
				return 'the whole organization (the Global client policy)';
			case 'site':
				return `the users of site ${scope.site} (its site client policy)`;
			case 'users':
				return `${scope.users.length === 1 ? '1 user' : `${scope.users.length} users`}, through the per-user client policy ${scope.policy}`;
		}
	},

	target: (target: Target): string => {
		const signIn = target.signIn.kind === 'credential' ? `, signed in as ${target.signIn.userName}` : '';
		if (target.kind === 'online') {
			return `Skype for Business Online (retired by Microsoft on 31 July 2021)${target.adminDomain ? `, admin domain ${target.adminDomain}` : ''}${signIn}`;
		}

		if (target.pool) return `Skype for Business Server, remote session to pool ${target.pool}${signIn}`;
		return `Skype for Business Server, the ${target.module ?? 'SkypeForBusiness'} module on this computer (your Windows account)`;
	},

	script: {
		title: (version: string): string => `offline-im ${version}: PowerShell script`,
		what: 'What:',
		forWhom: 'For:',
		target: 'Target:',
		planned: 'Planned:',
		plannedAt: (createdAt: string): string => `${createdAt} (nothing has run yet)`,
		rehearsal: 'REHEARSAL: planned with --simulate, for the simulated tenant; nothing real changes.',
		warnings: 'Before you run it:',
		howToRun: [
			'Run it in 64-bit Windows PowerShell (not "Windows PowerShell (x86)"), as a Skype for Business administrator.',
			'It stops at the first error. Step 2 prints the current values: keep that output, the rollback needs it.',
			'Keep the file in UTF-8 with a byte order mark, as offline-im writes it: Windows PowerShell 5.1 misreads names in a file without one.',
		],
		stopOnError: 'Stop at the first error instead of going on with the next command.',
		formatList:
			'Read steps end in Format-List so that each result prints in full (a table takes its columns from the first object only).',
		phase: (phase: StepPhase): string => {
			switch (phase) {
				case 'connect':
					return 'Connect';
				case 'read':
					return 'Read the current values (keep this output: the rollback restores them)';
				case 'change':
					return 'Change';
				case 'verify':
					return 'Read back: check that the change is in place';
			}
		},
	},

	/** One line saying what a step is for. */
	purpose: (step: Step): string => {
		const subject = step.subject ?? '';
		switch (step.kind) {
			case 'import-module':
				return subject === 'SkypeOnlineConnector'
					? 'Load the Skype for Business Online Connector module (needed in every new session).'
					: `Load the ${subject} module (needed in every new session).`;
			case 'credential':
				return `Ask for the password of ${subject}.`;
			case 'new-session':
				return step.command.includes('New-CsOnlineSession')
					? 'Open a session to Skype for Business Online.'
					: `Open a remote session to pool ${subject}.`;
			case 'import-session':
				return 'Bring the session’s Skype for Business cmdlets into this window.';
			case 'read-policy':
				return `Read ${policyLabel(subject)} as it is now.`;
			case 'read-per-user-policies':
				return 'List the per-user client policies that exist.';
			case 'read-policy-holders':
				return 'List the users who hold a per-user client policy (the change does not reach them).';
			case 'read-user':
				return `Read the per-user client policy of ${subject}.`;
			case 'read-im-configurations':
				return 'Read the server switch: every IM configuration (Global and the sites’) with its EnableOfflineIm.';
			case 'read-pools':
				return 'List the pools and their sites (a user’s registrar pool gives their home site).';
			case 'read-site-policies':
				return 'List the site client policies (the Global policy does not reach the users of those sites).';
			case 'new-im-configuration':
				return step.effect?.kind === 'server-switch' && step.effect.created === 'if-missing'
					? `Turn the server switch ${onOff(step.effect.to)} for site ${subject.slice(5)}: set its IM configuration, or create one if it has none.`
					: `Give site ${subject.slice(5)} an IM configuration of its own with the server switch ${step.effect?.kind === 'server-switch' ? onOff(step.effect.to) : ''} (the other sites keep theirs).`;
			case 'set-im-configuration':
				return step.effect?.kind === 'server-switch'
					? `Turn the server switch ${onOff(step.effect.to)} in ${configurationLabel(subject)} (EnableOfflineIm).`
					: `Change ${configurationLabel(subject)}.`;
			case 'verify-im-configuration':
				return `Check the server switch in ${configurationLabel(subject)}.`;
			case 'new-policy':
				return step.effect?.kind === 'policy-created' && step.effect.conditional
					? `Create ${policyLabel(subject)} if it does not exist yet.`
					: `Create ${policyLabel(subject)}.`;
			case 'set-policy':
				return step.effect?.kind === 'policy-value'
					? `${step.effect.to === null ? 'Clear the offline messages setting' : `Turn offline messages ${step.effect.to ? 'on' : 'off'}`} in ${policyLabel(subject)}.`
					: `Change ${policyLabel(subject)}.`;
			case 'grant':
				return step.effect?.kind === 'user-policy'
					? `Give ${subject} the per-user policy ${step.effect.to}.`
					: `Give ${subject} the per-user policy.`;
			case 'verify-policy':
				return `Check ${policyLabel(subject)}.`;
			case 'verify-user':
				return `Check the per-user client policy of ${subject}.`;
		}
	},

	/** One comment for a run of per-user steps in the script (names stay out of comments). */
	userSteps: (kind: 'read-user' | 'grant' | 'verify-user', count: number, policy: string): string => {
		switch (kind) {
			case 'read-user':
				return `Read the current per-user client policy of ${users(count)}.`;
			case 'grant':
				return `Give ${users(count)} the per-user policy ${policy} (it replaces any per-user client policy they hold).`;
			case 'verify-user':
				return `Check that ${users(count)} now ${count === 1 ? 'holds' : 'hold'} the per-user policy ${policy}.`;
		}
	},

	rollback: {
		title: (version: string): string => `offline-im ${version}: ROLLBACK script`,
		undoes: 'Undoes:',
		when: [
			'Use it only to undo this plan’s script after it ran (all of it, or the part that ran).',
			'It puts back the values read before the change, in reverse order, then reads them back.',
		],
		fillIn:
			'BEFORE YOU RUN IT: this plan was made without reading the tenant. Fill in each line marked FILL IN below with the value that step 2 of the script printed.',
		previousPoliciesUnknown:
			'The users’ previous per-user client policies were not known: this rollback removes the per-user policy from each user. Re-grant any user who held another one before (step 2 of the script printed it).',
		placeholder: (placeholder: RollbackPlaceholder): string => {
			switch (placeholder.kind) {
				case 'previous-value':
					return `FILL IN: EnableIMAutoArchiving of ${policyLabel(placeholder.subject)} as step 2 printed it before the change: $true, $false, or $null when it was empty (not set).`;
				case 'policy-created':
					return `FILL IN: $true only if step 2 did not find ${policyLabel(placeholder.subject)} (so the script created it); otherwise leave $false, because removing it would take it away from everyone who holds it.`;
				case 'previous-offline-im':
					return `FILL IN: EnableOfflineIm of ${configurationLabel(placeholder.subject)} as step 2 printed it before the change: $true or $false.`;
				case 'im-configuration-created':
					return `FILL IN: $true only if step 2 did not list ${configurationLabel(placeholder.subject)} (so the script created it); otherwise leave $false.`;
			}
		},
		undo: 'Undo, in reverse order',
		readBack: 'Read back: the values as they are now',
		purpose: (step: Step): string => {
			const subject = step.subject ?? '';
			switch (step.kind) {
				case 'new-policy':
					return `Remove ${policyLabel(subject)}, which the script created. Without -Force on purpose: if users still hold it (granted by a later run), PowerShell asks first; answer No to keep it for them.`;
				case 'set-policy':
					return step.effect?.kind === 'policy-value' && step.effect.from !== undefined
						? `Put ${policyLabel(subject)} back as it was: ${common.archivingValue(step.effect.from)}.`
						: `Put ${policyLabel(subject)} back to its value before the change.`;
				case 'set-im-configuration':
					return step.effect?.kind === 'server-switch' && step.effect.from !== undefined
						? `Put the server switch in ${configurationLabel(subject)} back as it was: ${onOff(step.effect.from)}.`
						: `Put the server switch in ${configurationLabel(subject)} back to its value before the change.`;
				case 'new-im-configuration':
					return step.effect?.kind === 'server-switch' && step.effect.created === 'if-missing'
						? `Remove ${configurationLabel(subject)} if the script created it, else put its server switch back.`
						: `Remove ${configurationLabel(subject)}, which the script created (the site follows Global again).`;
				default:
					return `Undo: ${step.command}`;
			}
		},
		grants: (count: number): string =>
			`Give ${users(count)} back the per-user client policy they held before (or none).`,
	},

	warning: (warning: Warning): string => {
		switch (warning.kind) {
			case 'online-retired':
				return 'Microsoft retired Skype for Business Online on 31 July 2021, so this connection will fail. The script follows Microsoft’s article for reference; for an on-premises deployment use the Server target.';
			case 'global-skips-per-user-holders': {
				const policy = warning.site ? `The policy of site ${warning.site}` : 'The Global policy';
				const base = `${policy} does not reach users who hold a per-user client policy: they keep that policy’s setting.`;
				if (!warning.holders) return base;
				if (warning.holders.length === 0) return `${base} No user holds one now.`;
				return `${base} ${warning.holders.length === 1 ? '1 user holds one' : `${warning.holders.length} users hold one`}: ${holderList(warning.holders)}.`;
			}

			case 'grant-replaces-policy': {
				const base = 'Granting the policy replaces any per-user client policy a user already holds (a user holds one at most).';
				if (!warning.users) return base;
				if (warning.users.length === 0) return `${base} None of these users holds another one now.`;
				return `${base} ${warning.users.length === 1 ? '1 user holds another one' : `${warning.users.length} users hold another one`}: ${holderList(warning.users)}.`;
			}

			case 'off-stops-outlook-history':
				return 'Turning offline messages off also stops the automatic saving of instant message conversations to Outlook’s Conversation History for these users (as the cmdlet reference describes EnableIMAutoArchiving).';
			case 'click-to-run-only':
				return 'Only recent Click-to-Run Skype for Business clients support offline messages (MSI installations do not). The messages are delivered to the mailbox, not archived there.';
			case 'rollback-value-unknown':
				return 'This plan was made without reading the tenant, so the values to restore are not known yet: step 2 of the script prints them. Fill them into the rollback script before you use it.';
			case 'users-not-found':
				return `${warning.users.length === 1 ? '1 user was' : `${warning.users.length} users were`} not found and ${warning.users.length === 1 ? 'is' : 'are'} left out: ${nameList(warning.users)}.`;
			case 'users-ambiguous': {
				const names = warning.users.map(user => (user.matches === undefined ? user.identity : `${user.identity} (${users(user.matches)})`));
				return `${warning.users.length === 1 ? '1 name matches' : `${warning.users.length} names match`} several users and ${warning.users.length === 1 ? 'is' : 'are'} left out: ${nameList(names)}. Give each user by SIP address or user principal name, which names one user only.`;
			}

			case 'users-unreadable': {
				const names = warning.users.map(user => (user.error ? `${user.identity} (${firstLine(user.error)})` : user.identity));
				return warning.users.length === 1
					? `1 user could not be read and is left out (whether this user exists is unknown): ${nameList(names)}. Check your permissions and the connection, then plan again.`
					: `${warning.users.length} users could not be read and are left out (whether these users exist is unknown): ${nameList(names)}. Check your permissions and the connection, then plan again.`;
			}

			case 'output-unreadable':
				return `PowerShell’s output could not be read for ${warning.reads.map(readLabel).join(', ')}: those values are treated as unknown, not as absent.`;
			case 'policy-exists':
				return warning.reused
					? `The per-user policy ${warning.policy} already exists and is reused: changing it changes offline messages for everyone who already holds it, too.`
					: `The per-user policy ${warning.policy} already exists, so New-CsClientPolicy will fail. Choose to reuse it instead.`;
			case 'policy-missing':
				return `The per-user policy ${warning.policy} does not exist, so Set-CsClientPolicy will fail. Choose to create it instead.`;
			case 'no-users-left':
				return `None of the users can be given the policy, so there is nothing to run: the policy ${warning.policy} is left as it is (setting it would change it only for those who already hold it). Correct the names, then plan again.`;
			case 'server-switch-turned-on':
				return `The server switch (EnableOfflineIm) is off in ${configurationList(warning.configurations)}, which decides for these users: with it off they cannot send offline messages whatever their client policy says. The plan turns it on, so every user it governs whose client policy allows it can send offline messages too, not only these. To leave it as it is, plan with --server-switch leave.`;
			case 'server-switch-left-off':
				return `The server switch (EnableOfflineIm) is off in ${configurationList(warning.configurations)} and the plan leaves it so: these users still cannot send offline messages after the change. Turn it on with Set-CsImConfiguration, or plan again without --server-switch leave.`;
			case 'off-by-server-switch':
				return `${warning.site ? `For site ${warning.site}` : 'For the whole organization'} offline messages are turned off with the server switch (Set-CsImConfiguration -EnableOfflineIm $false): it reaches every user ${warning.site ? 'homed in that site' : 'of the organization'}, also those with a per-user client policy, and leaves the saving of conversations to Outlook’s Conversation History as it is. The client policy (EnableIMAutoArchiving $false) would not reach per-user policy holders and would also stop that saving; to use it instead, plan with --server-switch leave.`;
			case 'server-switch-unknown': {
				const why =
					warning.reason === 'not-read'
						? 'This plan was made without reading the server switch (Get-CsImConfiguration); step 2 of the script prints it.'
						: warning.reason === 'no-cmdlet'
							? 'This server has no Get-CsImConfiguration: the server switch exists from the Skype for Business Server 2015 June 2016 update on.'
							: `The server switch could not be read${warning.error ? ` (${firstLine(warning.error)})` : ''}.`;
				return warning.fallback
					? `${why} So the plan turns offline messages off through the client policy instead.`
					: `${why} Offline messages also need EnableOfflineIm on in the IM configuration of the users’ site (or Global).`;
			}

			case 'global-skips-site-policies': {
				const base = 'The Global policy does not reach the users of a site that has a client policy of its own: they keep that policy’s setting.';
				if (!warning.sites) return base;
				if (warning.sites.length === 0) return `${base} No site has one now.`;
				const list = nameList(warning.sites.map(site => `${site.identity.replace(/^site:/i, '')} (${common.archivingValue(site.enableIMAutoArchiving)})`));
				return `${base} ${warning.sites.length === 1 ? '1 site has one' : `${warning.sites.length} sites have one`}: ${list}.`;
			}

			case 'site-policy-missing':
				return `Site ${warning.site} has no client policy of its own, so Set-CsClientPolicy will fail. Create one first with New-CsClientPolicy -Identity site:${warning.site} (a new policy starts from the default settings, not from the Global policy’s).`;
		}
	},

	/** Why a value was refused; the caller names the value first ("--policy "x": ..."). */
	problem: (problem: ValidationProblem): string => {
		switch (problem.kind) {
			case 'empty':
				return 'it is empty';
			case 'control-character':
				return `it contains a control character (${codePoint(problem.codePoint)}) at position ${problem.position}: names cannot contain line breaks, tabs or other control characters`;
			case 'bidi-control':
				return `it contains an invisible text-direction control (${codePoint(problem.codePoint)}) at position ${problem.position}, which would make it display differently from what runs`;
			case 'lone-surrogate':
				return `it contains a broken Unicode character at position ${problem.position}`;
			case 'too-long':
				return `it is ${problem.length} characters long; the limit is ${problem.max}`;
			case 'wildcard':
				return `it contains * (at position ${problem.position}), which Skype for Business reads as a wildcard: a wildcard would reach every matching user, so name each user`;
			case 'policy-name-character':
				return `a policy name may contain only letters, digits, - and _ (found ${character(problem.character)})`;
			case 'policy-name-global':
				return 'Global is the organization-wide policy, not a per-user one: choose the whole organization instead, or another name';
			case 'policy-name-prefix':
				return problem.prefix === 'tag:'
					? 'write the policy name without tag: in front'
					: 'a per-user policy name cannot start with site: (for a site, choose the site scope)';
			case 'site-name-character':
				return `a site name may contain only letters, digits, -, _ and . (found ${character(problem.character)})`;
			case 'url-not-hostname':
				return 'give only the host name (for example pool01.contoso.com), without https:// or a path';
			case 'hostname-character':
				return `a host name may contain only letters, digits, - and . (found ${character(problem.character)})`;
			case 'hostname-label':
				return `"${problem.label}" is not a valid part of a host name: each part between dots has 1 to 63 letters, digits or -, and does not start or end with -`;
			case 'hostname-needs-dot':
				return 'give the full name with its domain, for example pool01.contoso.com';
			case 'hostname-numeric':
				return 'that is an IP address: give the full host name, which the server’s certificate names';
			case 'too-many-users':
				return `${problem.count} users are more than one plan can hold (${problem.max}): split the list`;
		}
	},

	usersFileProblem: (problem: UsersFileProblem): string => {
		switch (problem.kind) {
			case 'invalid':
				return plan.problem(problem.problem);
			case 'empty-cell':
				return `the ${problem.column} column is empty`;
			case 'missing-cell':
				return `the line has no ${problem.column} column`;
			case 'extra-fields':
				return `the line has ${problem.fields} fields but the header has ${problem.expected}: put double quotes around a value that contains the separator`;
			case 'unterminated-quote':
				return 'a quoted value is not closed (a " is missing)';
			case 'misplaced-quote':
				return 'a " is in the wrong place: quote a value from its first to its last character, and double the quotes inside it ("")';
			case 'csv-syntax':
				return `the line is not valid CSV (${problem.message})`;
		}
	},

	/** What a read-back found, for the execution report. */
	found: (found: Found): string => {
		switch (found.kind) {
			case 'policy-value':
				return `${found.identity}: offline messages ${common.archivingValue(found.enableIMAutoArchiving)}`;
			case 'policy-missing':
				return 'the policy does not exist';
			case 'user-policy':
				return found.clientPolicy === null ? 'no per-user client policy' : `per-user client policy ${found.clientPolicy}`;
			case 'user-missing':
				return 'the user was not found';
			case 'im-configuration':
				return `${found.identity}: server switch ${onOff(found.enableOfflineIm)}`;
			case 'im-configuration-missing':
				return 'the IM configuration does not exist';
			case 'user-ambiguous':
				return `the name matches ${found.matches} users`;
			case 'unreadable':
				return 'PowerShell’s output could not be read';
			case 'error':
				return `the read-back failed: ${found.message}`;
		}
	},
};
