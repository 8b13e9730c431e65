/** The Welcome screen: what the tool does, which PowerShell runs, the target, language and rehearsal. */
import type {TargetKind} from '../../ui/wizard/types.js';

export const welcome = {
	/** After the product name: "offline-im - turn offline instant messages on or off". */
	title: 'turn offline instant messages on or off',
	intro: [
		'offline-im turns offline instant messages on or off in Skype for Business.',
		'It checks your PowerShell setup and connects, shows each command before it runs, then verifies the result and leaves a journal and a rollback script.',
	],
	powershellLabel: 'PowerShell:',
	powershellMissing: 'none found; a real run needs it: https://aka.ms/install-powershell',
	/** Followed by one of the rehearsal sentences below. */
	rehearsalLabel: 'Rehearsal mode',
	rehearsalOn: 'is on: you practise the whole procedure on a simulated tenant.',
	rehearsalLocked: '(started with --simulate)',
	rehearsalOff: 'is off: changes are real (press S to practise first).',
	rehearsalOffMissing: 'is off. Press S to practise the whole procedure on a simulated tenant, where nothing real changes.',
	languageLabel: 'Language:',
	languageName: 'English',
	/** After the language's name: how to switch, in the other language's words. */
	languageSwitch: '(L: Italiano)',
	question: 'Which Skype for Business do you manage?',
	targets: {
		'server-local': 'Skype for Business Server - the admin tools on this computer',
		'server-pool': 'Skype for Business Server - a remote pool',
		online: 'Skype for Business Online (retired 31 July 2021)',
	} satisfies Record<TargetKind, string>,
	/** One line under the list about the highlighted target. */
	targetHelp: {
		'server-local': 'For a server with the Skype for Business Server Management Shell installed.',
		'server-pool': 'Connects over HTTPS to your pool; you type the pool’s name in step 2.',
		online: 'Kept to follow Microsoft’s article; connecting fails against a real tenant.',
	} satisfies Record<TargetKind, string>,
	keys: {
		choose: 'choose',
		/** The key hint of L names the other language in that language. */
		otherLanguage: 'Italiano',
		rehearsalOn: 'rehearsal on',
		rehearsalOff: 'rehearsal off',
	},
};
