/**
 * Messages of the `plan` and `apply` commands about their flags. Values from the command line are
 * passed in already made safe to show (`shown`: quoted, invisible characters escaped).
 */
export const cli = {
	missing: (flag: '--state' | '--scope'): string => `${flag} is missing`,
	missingHint: (flag: '--state' | '--scope'): string =>
		flag === '--state'
			? 'Add --state on or --state off.'
			: 'Add --scope global, --scope site --site NAME, or --scope users --users NAME,NAME.',

	onlyFor: (flag: string, where: string): string => `${flag} is only for ${where}`,
	onlyForHint: (flag: string, where: string): string => `Remove ${flag}, or use ${where}.`,

	usersNeeded: '--scope users needs --users or --users-file',
	usersNeededHint: 'For example: --users "Tony Smith,sip:ann@contoso.com", or --users-file users.csv (one identity per line, or a CSV with a UserPrincipalName column).',
	siteNeeded: '--scope site needs --site NAME',
	siteNeededHint: 'Give the site name as Get-CsSite shows it, for example --site Redmond.',
	siteOnline: '--scope site is only for --target server: Skype for Business Online has no site policies',
	siteOnlineHint: 'Use --scope global or --scope users.',
	signInNeedsSession: '--sign-in-user needs a remote session: add --pool FQDN, or use --target online',
	signInNeedsSessionHint: 'On this computer the SkypeForBusiness module runs as your Windows account, without a sign-in.',

	/** `--policy "Glo bal": a policy name may contain only ...` */
	invalid: (flag: string, shown: string, reason: string): string => `${flag} ${shown}: ${reason}`,
	invalidUser: (position: number, shown: string, reason: string): string => `--users: entry ${position} ${shown}: ${reason}`,
	invalidUserHint: 'Separate identities with commas; a name that contains a comma can go in a --users-file, one per line.',
	noUsersListed: '--users lists no user',
	tooManyUsers: (reason: string): string => `too many users: ${reason}`,

	usersFileMissing: (file: string): string => `--users-file ${file}: the file does not exist`,
	usersFileMissingHint: (cwd: string): string => `Check the path; a relative path starts from ${cwd}.`,
	usersFileFolder: (file: string): string => `--users-file ${file}: this is a folder, not a file`,
	usersFileUnreadable: (file: string, reason: string): string => `--users-file ${file}: the file cannot be read (${reason})`,
	usersFileTooBig: (file: string, megabytes: number): string =>
		`--users-file ${file}: the file is ${megabytes} MB, too big for a list of users`,
	usersFileNoUsers: (file: string): string => `--users-file ${file}: the file names no user`,
	usersFileNoUsersHint:
		'Put one identity per line, or use a CSV whose header has a UserPrincipalName, SipAddress, Identity or User column.',
	usersFileBadLines: (file: string, count: number): string =>
		`--users-file ${file}: ${count === 1 ? '1 line cannot be used' : `${count} lines cannot be used`}`,
	usersFileLine: (file: string, line: number, reason: string): string => `--users-file ${file}: line ${line}: ${reason}`,
	usersFileMoreLines: (count: number): string => `... and ${count} more ${count === 1 ? 'line' : 'lines'}`,
	usersFileBadLinesHint: 'Fix or remove these lines (lines starting with # are skipped), then run the command again. Nothing was written.',
	duplicatesDropped: (source: string, count: number): string =>
		`${source}: ${count === 1 ? '1 repeated user was' : `${count} repeated users were`} left out (names are compared ignoring case)`,
	windows1252: (file: string): string =>
		`${file} is not UTF-8: it was read as Windows-1252 (Western European). If names look wrong, save it as UTF-8.`,

	/** `--out` + a message of `writeScripts`: "--out x.ps1: the file cannot be written (EACCES)". */
	withFlag: (flag: string, message: string): string => `${flag} ${message}`,
	scriptUnwritable: (file: string, reason: string): string => `${file}: the file cannot be written (${reason})`,
	scriptUnwritableHint: 'Check that the folder exists and that you may write there.',
	scriptFolder: (file: string): string => `${file} is a folder: the script needs a file name`,
	scriptFolderHint: (example: string): string =>
		`Give a file name, for example ${example}; its rollback is written beside it (offline-im.rollback.ps1).`,
	wrote: (script: string, rollback: string): string =>
		`Wrote the script to ${script}\nand its rollback to ${rollback}.\nNothing has run: review the script, then run it in PowerShell.`,
	rollbackNeedsInput: 'The rollback script has values to fill in before you use it: see its header.',
	timeoutRange: 'a number of seconds above 0 (for example 300 for a slow pool)',
	wizardNeedsTerminal: [
		'The wizard needs an interactive terminal, and this is not one. Without a terminal, use:',
		'  offline-im doctor                                          check the prerequisites',
		'  offline-im plan --state off --scope users --policy OfflineIM --users-file users.csv',
		'                                                             print the script; nothing runs',
		'  offline-im apply --state off --scope users --policy OfflineIM --users-file users.csv --yes',
		'                                                             run it without questions',
		'Add --simulate to rehearse against a simulated tenant. offline-im --help lists every option.',
	].join('\n'),
};
