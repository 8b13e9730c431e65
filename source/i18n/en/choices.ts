/** The Choices screen (step 4): on or off, for whom, which policy, which users. */
import type {OnOff} from '../../plan/choices.js';

/** 10,000 */
const n = (count: number): string => count.toLocaleString('en-US');

const users = (count: number): string => `${n(count)} ${count === 1 ? 'user' : 'users'}`;

export const choices = {
	title: 'Choose what to change',
	/** The answers given so far, one line above the question. */
	soFar: {
		label: 'So far:',
		state: (state: OnOff): string => `offline messages ${state === 'on' ? 'ON' : 'OFF'}`,
		global: 'whole organization',
		site: (site: string): string => `site ${site}`,
		users: 'selected users',
		policy: (policy: string, mode: 'create' | 'reuse'): string =>
			mode === 'create' ? `new policy ${policy}` : `existing policy ${policy}`,
	},
	state: {
		question: 'Should offline messages be on or off?',
		off: 'Off',
		on: 'On',
		// Microsoft: the setting is the sender's; nothing checks whether the recipient can receive.
		offMeans: 'Off: these users cannot send an instant message to someone who is signed out.',
		onMeans:
			'On: these users can send an instant message to someone who is signed out: it is delivered to the recipient’s mailbox (not archived there), and they see it when they sign in. It needs the Skype for Business 2016 Click-to-Run client, which must reach Exchange Web Services.',
	},
	offWay: {
		question: 'How should offline messages be turned off?',
		serverSwitch: 'With the server switch (recommended)',
		clientPolicy: 'With the client policy (as Microsoft’s article does)',
		serverSwitchMeans:
			'The server switch (Set-CsImConfiguration -EnableOfflineIm $false) reaches every user of the scope, also those with a per-user policy, and leaves the saving of conversations to Outlook alone.',
		clientPolicyMeans:
			'The client policy (EnableIMAutoArchiving $false) does not reach users with a per-user policy, and also stops the automatic saving of conversations to Outlook’s Conversation History.',
	},
	scope: {
		question: 'Who should this apply to?',
		global: 'The whole organization (the Global policy)',
		site: 'The users of one site (that site’s policy)',
		siteNone: 'The users of one site (no site has a policy of its own)',
		users: 'Selected users (a per-user policy)',
		explain: 'A per-user policy wins: users who hold one keep its setting, whatever the Global or site policy says.',
		onlineNoSites: 'Site policies exist only on Skype for Business Server (on-premises).',
	},
	site: {
		question: 'Which site?',
		item: (site: string, value: string): string => `${site} (offline messages now: ${value})`,
		none: 'No site has a client policy of its own, so there is no site to choose.',
		noneHint:
			'Press Esc and choose another option, or first create a site policy in PowerShell with New-CsClientPolicy -Identity site:NAME.',
	},
	policy: {
		question: 'Which per-user policy should these users get?',
		reuse: (policy: string, value: string): string => `Reuse ${policy} (offline messages now: ${value})`,
		create: 'Create a new per-user policy',
		reuseWarning: 'Changing an existing policy changes offline messages for everyone who already holds it, too.',
	},
	policyName: {
		question: 'Name the new per-user policy',
		noneYet: 'No per-user client policy exists yet, so a new one is created.',
		label: 'Policy name',
		help: 'Letters A-Z, digits, - and _ only. Press Enter to confirm.',
	},
	policyExists: {
		question: (policy: string): string => `A per-user policy named ${policy} already exists.`,
		value: (value: string): string => `Offline messages in it now: ${value}.`,
		reuse: (policy: string): string => `Reuse ${policy} (everyone who already holds it is affected too)`,
		rename: 'Choose another name',
	},
	usersSource: {
		question: 'Which users?',
		keep: (count: number, last: string): string => `Keep the ${users(count)} chosen before (${last})`,
		type: 'Type their names',
		file: 'Read them from a file (CSV, or one user per line)',
		help: 'A user can be a SIP address, a user principal name (UPN), DOMAIN\\user or a display name.',
	},
	usersTyped: {
		question: 'Type the users',
		label: 'Users',
		help: 'Separate names with commas or semicolons (or paste a column of them), then press Enter. When the list is complete, press Enter on an empty line.',
		/** An example: the field shows it as "for example: …". */
		placeholder: 'tony@contoso.com; Ann O’Brien',
		added: (added: number, repeated: number): string =>
			`Added ${users(added)}.${repeated > 0 ? ` ${users(repeated)} already in the list.` : ''}`,
		nothingNew: (repeated: number): string => `${repeated === 1 ? 'That user is' : 'Those users are'} already in the list.`,
		/** Backspace on an empty line: the users taken off, in the list's order. */
		removed: (removed: readonly string[]): string =>
			removed.length === 1
				? `Removed ${removed[0]}.`
				: `Removed ${users(removed.length)}: ${removed.length > 3 ? '…, ' : ''}${removed.slice(-3).join(', ')}.`,
		invalid: (user: string, reason: string): string => `“${user}”: ${reason}. Nothing added: correct it, then Enter.`,
		needOne: 'Type at least one user first.',
		count: (count: number): string => (count === 0 ? 'No users yet.' : `${users(count)} in the list:`),
		earlier: (count: number): string => `and ${n(count)} earlier`,
	},
	usersFile: {
		question: 'Read the users from a file',
		label: 'File',
		help: 'A CSV file with a UserPrincipalName, SipAddress, Identity or User column, or a text file with one user per line.',
		needPath: 'Type the path of the file.',
		read: (count: number, file: string): string => `Read ${users(count)} from ${file}.`,
		duplicates: (count: number): string =>
			`Left out ${count === 1 ? '1 repeated name' : `${n(count)} repeated names`} (each user is kept once).`,
		empty: (file: string): string => `${file} has no users in it.`,
		problems: 'Lines that could not be read:',
		continue: (count: number): string => `Continue with these ${users(count)}`,
		fixLines: 'Fix or remove these lines (lines starting with # are skipped), then press Enter to read the file again.',
		another: 'Read another file',
		/** `reason` is why, e.g. "the file does not exist". */
		couldNotRead: (file: string, reason: string): string => `Could not read ${file}: ${reason}`,
	},
	keys: {
		choose: 'choose',
		/** Enter in the users field. */
		add: 'add (on an empty line: done)',
		/** Backspace in the users field. */
		removeLast: 'on an empty line: remove the last user',
		read: 'read the file',
		backspace: 'Backspace',
	},
};
