/** The Prerequisites screen (step 1): the checks as they run, then what they mean for going on. */
import type {PrerequisiteStage} from '../../checks/run-prerequisites.js';
import type {TargetKind} from '../../ui/wizard/types.js';

const checks = (count: number): string => `${count} ${count === 1 ? 'check' : 'checks'}`;

export const prerequisites = {
	title: 'Check this computer',
	/** What is checked, for the target chosen on the Welcome screen. */
	intro: {
		'server-local': 'Checking that this computer can run the Skype for Business Server admin tools.',
		'server-pool': 'Checking that this computer can manage a Skype for Business Server pool remotely.',
		online: 'Checking that this computer can connect to Skype for Business Online.',
	} satisfies Record<TargetKind, string>,
	/** What is happening now, while the checks run. */
	stage: {
		locate: 'Finding PowerShell',
		start: 'Starting PowerShell',
		probe: 'Asking PowerShell about itself (version, 64-bit, modules, execution policy)',
		pool: 'Resolving the pool’s name',
		done: 'Looking at the results',
	} satisfies Record<PrerequisiteStage, string>,
	patience: 'The first start can take a minute while PowerShell loads.',
	allPassed: 'All checks passed. Press Enter to connect.',
	warningsOnly: (count: number): string =>
		`${count === 1 ? 'One warning' : `${count} warnings`}: read ${count === 1 ? 'it' : 'them'}, but ${count === 1 ? 'it does' : 'they do'} not block. Press Enter to connect.`,
	blocked: (count: number, titles: string): string => `${checks(count)} failed, so you cannot go on yet: ${titles}.`,
	/** After Enter was pressed while a check fails. */
	refused: (count: number, titles: string): string =>
		`Enter cannot go on while ${count === 1 ? 'this check fails' : 'these checks fail'}: ${titles}.`,
	blockedNext: 'Each failed check above says why and how to fix it. Fix it, then press r to run the checks again.',
	/** When PowerShell is missing: the check's fix speaks of the command line's --simulate. */
	practise: 'To practise without PowerShell: Esc, then S on the first screen.',
	above: (count: number): string => `${checks(count)} above (Up to see)`,
	below: (count: number): string => `${checks(count)} below (Down to see)`,
	keys: {
		connect: 'connect',
		runAgain: 'run the checks again',
	},
};
