/** The Connect screen (step 2): what to fill in per target, the connection's progress and outcome. */

export const connect = {
	title: 'Connect',
	local: {
		lead: 'Nothing to fill in.',
		explain:
			'offline-im imports the SkypeForBusiness module into its PowerShell session on this computer and works with your current Windows account.',
		go: 'Press Enter to connect.',
	},
	/** The placeholders are examples: the field shows them as "for example: …". */
	pool: {
		label: 'Pool FQDN',
		placeholder: 'pool01.contoso.com',
		help: 'The full name of your Front End pool; offline-im connects to https://POOL/OcsPowershell.',
	},
	adminDomain: {
		label: 'Admin domain (optional)',
		placeholder: 'contoso.onmicrosoft.com',
		help: 'Usually left empty. If connecting fails with a “lyncdiscover” error, give your tenant’s domain here: it tells PowerShell where your tenant is.',
	},
	signIn: {
		question: 'Sign in with:',
		server: {integrated: 'my Windows account', credential: 'a user name and a password'},
		online: {integrated: 'Microsoft’s sign-in window (supports MFA)', credential: 'a user name and a password'},
	},
	userName: {
		label: 'User name',
		placeholderServer: 'CONTOSO\\admin or admin@contoso.com',
		placeholderOnline: 'admin@contoso.onmicrosoft.com',
	},
	password: {
		label: 'Password',
		help: 'Used for this connection only: never shown, never saved, never written to the journal.',
		empty: 'type the password',
	},
	/** Fields already filled in, shown above the current one. */
	filled: {
		pool: 'Pool',
		adminDomain: 'Admin domain',
		adminDomainNone: 'none',
		signIn: 'Sign in with',
		userName: 'User name',
	},
	onlineRetired:
		'Microsoft retired Skype for Business Online on 31 July 2021. These steps follow its article, but the connection will most likely fail.',
	rehearsalTip: (userName: string, password: string): string =>
		`Rehearsal: sign in as ${userName} with the password ${password} (a simulated account).`,
	next: 'Enter goes to the next question; Esc to the previous one.',
	lastField: 'Enter connects; Esc goes back to the previous question.',
	where: {
		local: 'Skype for Business Server on this computer',
		pool: (pool: string): string => pool,
		online: 'Skype for Business Online',
	},
	connecting: (where: string): string => `Connecting to ${where}…`,
	wait: 'Please wait: connecting can take a minute.',
	credentialNote: '(built from the password you typed, which is never shown)',
	connected: (where: string): string => `Connected to ${where}.`,
	connectedNext: 'Press Enter to read the current settings.',
	failed: (where: string): string => `could not connect to ${where}`,
	retry: 'Press Enter to check the details and try again, or Esc to go back.',
	keys: {
		next: 'next',
		connect: 'connect',
		choose: 'choose',
		retry: 'try again',
		previous: 'previous question',
	},
};
