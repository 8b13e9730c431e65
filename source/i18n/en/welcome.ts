/** The Welcome screen: what the tool does, which PowerShell runs, the target, language and rehearsal. */
import type {TargetKind} from '../../ui/wizard/types.js';

export const welcome = {
	/** After the product name: "offline-im - turn offline instant messages on or off". */
	title: 'turn offline instant messages on or off',
	intro: [
		'This tool turns offline instant messages on or off for Skype for Business, step by step.',
		'It checks your PowerShell setup, connects, shows you the exact commands before running them, then verifies the result and leaves a journal and a rollback script.',
	],
	powershellLabel: 'PowerShell:',
	powershellFound: (path: string): string => path,
	powershellNotUsed: '(not used in a rehearsal)',
	powershellMissing: 'none found on this computer.',
	powershellHowTo:
		'A real run needs PowerShell: install it from https://aka.ms/install-powershell, or start offline-im with --powershell PATH.',
	rehearsalLabel: 'Rehearsal mode:',
	rehearsalOn: 'on. You practise the whole procedure against a simulated tenant; nothing real changes.',
	rehearsalLocked: '(started with --simulate)',
	rehearsalOff: 'off. The commands will change your real deployment; press S to practise first.',
	rehearsalOffMissing:
		'off. Press S to practise the whole procedure against a simulated tenant, where nothing real changes.',
	languageLabel: 'Language:',
	languageName: 'English',
	question: 'Which Skype for Business do you manage?',
	targets: {
		'server-local': 'Skype for Business Server - the admin tools on this computer',
		'server-pool': 'Skype for Business Server - a remote pool',
		online: 'Skype for Business Online - as in Microsoft’s article (the service was retired on 31 July 2021)',
	} satisfies Record<TargetKind, string>,
	/** One line under the list about the highlighted target. */
	targetHelp: {
		'server-local': 'Choose this on a server where the Skype for Business Server Management Shell is installed.',
		'server-pool': 'Connects over HTTPS to your pool’s PowerShell; you will type the pool’s name next.',
		online: 'Microsoft no longer runs this service, so connecting will fail: kept to follow the article.',
	} satisfies Record<TargetKind, string>,
	/** Screen-reader mode: said after the highlighted target. */
	selected: 'selected',
	keys: {
		choose: 'choose',
		/** The key hint of L names the other language in that language. */
		otherLanguage: 'Italiano',
		rehearsalOn: 'rehearsal on',
		rehearsalOff: 'rehearsal off',
	},
};
