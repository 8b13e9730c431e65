/** The Current state screen (step 3): EnableIMAutoArchiving as it is now, policy by policy. */

export const current = {
	title: 'See the current settings',
	loading: 'Reading the current client policies…',
	heading: 'Offline messages now (EnableIMAutoArchiving):',
	global: 'Whole organization (Global)',
	globalUnread: 'could not be read',
	sites: (count: number): string => `Site policies (${count}):`,
	sitesNone: 'Site policies: none',
	perUser: (count: number): string => `Per-user policies (${count}):`,
	perUserNone: 'Per-user policies: none',
	more: (count: number): string => `and ${count.toLocaleString('en-US')} more`,
	hidden: (count: number): string => `${count.toLocaleString('en-US')} not shown: make the window taller to see them`,
	precedence: 'A per-user policy beats the site and Global ones: its users keep its setting.',
	readErrors: 'Some settings could not be read:',
	failed: 'could not read the current settings',
	failedCommand: 'The command that failed:',
	retry: 'Press r to read them again, or Esc to go back.',
	keys: {
		choose: 'choose what to change',
		readAgain: 'read again',
	},
};
