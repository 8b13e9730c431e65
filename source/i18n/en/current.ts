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
	/** Where the lists scroll: the lines out of view. */
	above: (count: number): string => `${count.toLocaleString('en-US')} more ${count === 1 ? 'line' : 'lines'} above (Up to see)`,
	below: (count: number): string => `${count.toLocaleString('en-US')} more ${count === 1 ? 'line' : 'lines'} below (Down to see)`,
	precedence: 'A per-user policy beats the site and Global ones: its users keep its setting.',
	readErrors: 'Some settings could not be read:',
	failed: 'could not read the current settings',
	retry: 'Press r to read them again, or Esc to go back.',
	keys: {
		choose: 'choose what to change',
		readAgain: 'read again',
	},
};
