export const engine = {
	hints: {
		// Restricted, and Import-PSSession under AllSigned too: it says "running scripts is disabled"
		// when it has no certificate to sign its temporary module with (ImplicitRemotingCommands.cs).
		executionPolicy:
			'The execution policy (Restricted, or AllSigned for Import-PSSession) blocked the scripts. In PowerShell run: Set-ExecutionPolicy RemoteSigned -Scope CurrentUser, or start offline-im with --bypass-execution-policy.',
		// "File X cannot be loaded. The file X is not digitally signed.": AllSigned, or RemoteSigned
		// for a file downloaded from the internet (PSAuthorizationManager.CheckPolicy).
		executionPolicyNotSigned:
			'PowerShell runs this file only if it is signed: the execution policy is AllSigned (or RemoteSigned, and the file came from the internet). Start offline-im with --bypass-execution-policy (this session only), or allow local scripts for your account: Set-ExecutionPolicy RemoteSigned -Scope CurrentUser (a downloaded file you trust: Unblock-File).',
		// AllSigned, a signed module whose publisher is not trusted yet: PowerShell asks, and a
		// -NonInteractive session fails at the question (PSAuthorizationManager.AuthenticodePrompt).
		untrustedPublisher:
			'The execution policy is AllSigned and the module’s publisher (Microsoft) is not in your Trusted Publishers: PowerShell asks whether to run it, and a session started by offline-im cannot answer. In a PowerShell window run the same Import-Module once and answer "Always run", or start offline-im with --bypass-execution-policy.',
		overrideAdminDomain:
			'PowerShell could not find your tenant’s address. Give your tenant domain as the admin domain (for example contoso.onmicrosoft.com).',
		// Skype for Business Online only. Get-PSSession lists the sessions of its own PowerShell
		// process, so the fix is in the other windows, not in this one.
		tooManySessions:
			'Skype for Business Online allows each admin at most 3 sessions at a time. In each other PowerShell window connected to it run Get-PSSession | Remove-PSSession (it sees only that window’s sessions), or wait for those sessions to time out, then try again.',
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
