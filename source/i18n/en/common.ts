export const common = {
	productName: 'offline-im',
	rehearsalBanner: 'REHEARSAL: simulated tenant, nothing real changes',
	/** Which engine a rehearsal runs on (README: "Rehearsal"). */
	rehearsalEngine: (powershell: string | undefined): string =>
		powershell
			? `Rehearsal on your own PowerShell (${powershell}): the checks are real; the Skype for Business module and tenant are simulated.`
			: 'Rehearsal on the PowerShell simulator (no PowerShell was found): the checks and the tenant are simulated.',
	yes: 'yes',
	no: 'no',
	/** EnableIMAutoArchiving as a person reads it. */
	archivingValue: (value: boolean | null): string =>
		value === null ? 'not set (client default: on)' : value ? 'on' : 'off',
	/** The server switch (EnableOfflineIm) as a person reads it. */
	onOff: (value: boolean): string => (value ? 'on' : 'off'),
};
