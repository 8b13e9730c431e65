const windowsPowerShell64 = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
const windowsPowerShellFrom32 = 'C:\\Windows\\SysNative\\WindowsPowerShell\\v1.0\\powershell.exe';

export const checks = {
	title: {
		powershell: 'PowerShell found',
		engine: 'PowerShell engine 3.0 or later',
		languageMode: 'PowerShell language mode',
		edition: 'PowerShell edition',
		osBitness: '64-bit operating system',
		processBitness: '64-bit PowerShell process',
		serverModule: 'Skype for Business Server admin module',
		pool: (pool: string): string => `Pool name ${pool} resolves`,
		remoting: 'Remote PowerShell session to the pool',
		onlineModule: 'Skype for Business Online Connector module',
		teams: 'MicrosoftTeams module',
		executionPolicy: 'Execution policy lets the modules load',
		onlineRetired: 'Skype for Business Online service',
		client: 'Skype for Business client on users’ computers',
	},
	powershellSimulated: 'PowerShell simulator (rehearsal)',
	powershellStandIn: (path: string): string => `${path} (rehearsal: a real PowerShell; only Skype for Business is simulated)`,
	moduleSimulated: (value: string): string => `${value} (simulated for the rehearsal)`,
	powershellNotFound: 'not found',
	powershellSearched: (places: string): string => `Looked for: ${places}.`,
	searchedPlace: (name: string, source: string, notRunnable: boolean): string =>
		`${name} (${source}${notRunnable ? ': exists, but is not a program that can be run' : ''})`,
	// Not "Windows PowerShell 5.1": Windows Server 2012 R2 ships 4.0 (enough here: 3.0 is the floor).
	powershellInstallWindows: `Use the Windows PowerShell in System32: start offline-im with --powershell ${windowsPowerShell64}. To practise without PowerShell, add --simulate.`,
	powershellInstallOther:
		'Install PowerShell, or name it with --powershell PATH or OFFLINE_IM_POWERSHELL. To practise without PowerShell, add --simulate.',
	powershellDidNotStart: 'PowerShell was found but did not start a session.',
	startExited: (code: number | undefined): string => `It ended at once (exit code ${code ?? 'unknown'}).`,
	startTimeout: (seconds: number): string => `It did not answer within ${seconds} s.`,
	powershellStartFix: 'Start that PowerShell by hand to see why, or choose another with --powershell PATH.',
	engineValue: (engine: string, hostName: string, hostVersion: string): string =>
		hostVersion && hostVersion !== engine ? `engine ${engine} (host ${hostName} ${hostVersion})` : engine,
	engineHostDiffers:
		'Get-Host shows the host’s version (ISE, VS Code and remote hosts have their own); the engine’s version, $PSVersionTable.PSVersion, is what counts.',
	languageModeReason:
		'Constrained Language Mode (set by AppLocker or Windows Defender Application Control on locked-down computers) forbids the .NET calls and script blocks that offline-im and the Skype for Business modules use.',
	languageModeFix:
		'Run offline-im on an admin workstation or server where PowerShell runs in FullLanguage mode, or ask your security team for an exception for the admin tools.',
	engineTooOld: 'The Skype for Business cmdlets and this tool need PowerShell 3.0 or later.',
	engineFix: 'Install Windows Management Framework 5.1, then restart the computer.',
	editionValue: (edition: string): string =>
		edition === 'Core' ? 'Core (PowerShell 7)' : 'Desktop (Windows PowerShell)',
	editionCoreReason:
		'The Skype for Business modules are Windows PowerShell modules; PowerShell 7 may not load them.',
	editionCoreFix: `Use the Windows PowerShell in System32: --powershell ${windowsPowerShell64}`,
	bitnessUnknown: 'unknown',
	yes64: '64-bit',
	no32: '32-bit',
	osNot64: 'The Skype for Business modules run only on 64-bit Windows.',
	osNot64Fix: 'Run offline-im on a 64-bit Windows computer or server.',
	processNot64:
		'This is 32-bit PowerShell on 64-bit Windows (SysWOW64, or started by a 32-bit program): it cannot load the Skype for Business modules, even though the computer is 64-bit.',
	processNot64Fix: `Use the 64-bit PowerShell: --powershell ${windowsPowerShell64} (from a 32-bit program: ${windowsPowerShellFrom32}).`,
	moduleValue: (name: string, version: string): string => `${name} ${version}`,
	moduleMissing: 'not installed',
	poolUnresolvedValue: 'no address',
	serverModuleMissing: 'Neither the SkypeForBusiness nor the Lync module is installed on this computer.',
	serverModuleFix:
		'Install the Skype for Business Server administrative tools here, or open a remote session to your pool instead (--pool POOL-FQDN; in the wizard, "remote pool").',
	lyncModuleNote: 'Lync Server 2010/2013 module: the client policy cmdlets are the same.',
	poolUnresolved: (pool: string, error: string): string => `PowerShell could not resolve ${pool}: ${error}`,
	poolFix: 'Check the pool’s FQDN (for example pool01.contoso.com) and that this computer reaches it on port 443.',
	remotingUnsupported: (platform: string): string => `not supported on ${platform}`,
	remotingOffWindows:
		'A remote pool is reached with New-PSSession -ConnectionUri, which uses WSMan remoting, and PowerShell supports WSMan remoting only on Windows, not on Linux or macOS.',
	remotingOffWindowsRehearsal:
		'The rehearsal simulates the remote session, so it can go on here; a real run from this PowerShell could not open one: New-PSSession -ConnectionUri uses WSMan remoting, which PowerShell supports only on Windows.',
	remotingFix:
		'Run offline-im on a Windows computer that reaches the pool on port 443, or on a server with the Skype for Business Server admin tools (the local target).',
	onlineModuleMissing: 'The Skype for Business Online Connector module is not installed.',
	onlineModuleFix:
		'Microsoft no longer offers it (the service was retired). For an on-premises deployment choose the Server target.',
	teamsOnly: (version: string): string =>
		`MicrosoftTeams ${version} is installed but cannot change this setting: version 2.0 removed New-CsOnlineSession and 4.6.0 removed the *-CsClientPolicy cmdlets.`,
	teamsAlongside: 'Not used by offline-im; the Skype for Business module above is.',
	teamsFix: 'For Skype for Business Server use the Server target. Teams itself delivers messages to offline users.',
	policyValue: (policy: string, scope: string): string => (scope ? `${policy} (set at ${scope})` : policy),
	policyNotEnforced: 'not enforced outside Windows',
	policyRestricted:
		'With Restricted, PowerShell runs no script files: neither the module’s scripts nor the temporary module that Import-PSSession writes can load ("running scripts is disabled on this system").',
	policyAllSignedSession: (online: boolean): string =>
		'With AllSigned, Import-PSSession must sign the temporary module it writes and has no certificate to sign it with, so it fails, in PowerShell’s words: "Files cannot be loaded because running scripts is disabled on this system. Provide a valid certificate with which to sign the files."' +
		(online
			? ' The Online Connector module, signed by Microsoft, loads only if Microsoft’s certificate is in your Trusted Publishers: otherwise PowerShell asks whether to run software from this untrusted publisher, and a session started by offline-im (-NonInteractive) cannot answer.'
			: ''),
	policyFix: 'Allow local and signed scripts for your account (then check again), or start offline-im with --bypass-execution-policy.',
	policyByGroupPolicy: (policy: string): string =>
		`Group Policy sets the execution policy to ${policy}; -ExecutionPolicy Bypass cannot override it.`,
	policyByGroupPolicyFix: 'Ask your domain administrator to allow RemoteSigned for your account or computer.',
	policyAllSignedLocal: (module: string): string =>
		`With AllSigned, the ${module} module, signed by Microsoft, loads only if Microsoft’s certificate is in your Trusted Publishers. Otherwise PowerShell asks "Do you want to run software from this untrusted publisher?", which a session started by offline-im (-NonInteractive) cannot answer, and the import fails. A saved script must be signed too, or PowerShell refuses it ("... is not digitally signed").`,
	policyAllSignedLocalFix: (module: string, canBypass: boolean): string =>
		`Trust Microsoft’s certificate once: in a PowerShell window run Import-Module ${module} and answer "Always run".` +
		(canBypass ? ' Or start offline-im with --bypass-execution-policy (this session only).' : ''),
	onlineRetiredValue: 'retired on 2021-07-31',
	onlineRetiredReason:
		'Microsoft retired Skype for Business Online on 31 July 2021: New-CsOnlineSession no longer reaches a real tenant. This target follows Microsoft’s article, for reference and rehearsal.',
	onlineRetiredFix: 'For an on-premises deployment choose the Server target.',
	clientValue: 'not checked from here',
	clientReason:
		'Offline messages reach only users of the latest Click-to-Run Skype for Business client; MSI installs and older Click-to-Run builds do not support them.',
};
