export const engine = {
	hints: {
		executionPolicy:
			'Windows blocked the module’s scripts. In PowerShell run: Set-ExecutionPolicy RemoteSigned -Scope CurrentUser, or start offline-im with --bypass-execution-policy.',
		overrideAdminDomain:
			'PowerShell could not find your tenant’s address. Give your tenant domain as the admin domain (for example contoso.onmicrosoft.com).',
		tooManySessions:
			'Each admin may keep at most 3 sessions. Close the others (Get-PSSession | Remove-PSSession) or wait for them to time out, then try again.',
		credentials:
			'The user name or password was not accepted, or the account is not a Skype for Business administrator (CsAdministrator). Check them and try again.',
		poolUnreachable:
			'PowerShell could not reach the pool. Check its FQDN and that https://POOL/OcsPowershell answers from this computer.',
		noOnlineSession:
			'This module has no New-CsOnlineSession: MicrosoftTeams 2.0 removed it. Use the Skype for Business Online Connector module, or the Server target.',
		moduleNotFound:
			'This PowerShell cannot find the module: it is not installed, or this is 32-bit PowerShell. Run the prerequisite checks again.',
		needsPrompt:
			'This step needs a prompt, which a session started by offline-im cannot show. Sign in with a user name and password instead.',
		notConnected: 'The command is not available: the session is not connected (or the module is not loaded). Connect first.',
		userNotFound:
			'No such user: check the spelling, or give the SIP address (sip:name@contoso.com) or the user principal name instead.',
		policyExists: 'The policy already exists. Reuse it instead of creating it.',
		generic: 'Read PowerShell’s message above. Running the same command in a PowerShell window may tell you more.',
	},
};
