/**
 * What the prerequisite checks ask PowerShell, as plain expressions sent in one request
 * (one result each, so one that fails does not hide the others). Interpreting the answers is
 * the checks' job (source/checks/); this file only knows PowerShell.
 */

/** The SkypeOnlineConnector module as Microsoft's article installs it. */
export const onlineConnectorPath =
	'C:\\Program Files\\Common Files\\Skype for Business Online\\Modules\\SkypeOnlineConnector\\SkypeOnlineConnector.psd1';

/** Modules that matter: Server admin tools (current and Lync), the Online connector, and Teams. */
export const relevantModules = ['SkypeForBusiness', 'Lync', 'SkypeOnlineConnector', 'MicrosoftTeams'] as const;

export const environmentProbes = {
	// The engine, not Get-Host: the host (ISE, VS Code, a remote host) has its own version.
	engineVersion: '$PSVersionTable.PSVersion.ToString()',
	// Empty before PowerShell 5.1, where every engine was the Desktop edition.
	edition: '[string]$PSVersionTable.PSEdition',
	hostName: '$Host.Name',
	hostVersion: '$Host.Version.ToString()',
	os64: '[Environment]::Is64BitOperatingSystem',
	// A 64-bit OS is not enough: 32-bit PowerShell (SysWOW64) cannot load the Skype modules.
	process64: '[Environment]::Is64BitProcess',
	platform: '[string][Environment]::OSVersion.Platform',
	osVersion: '[Environment]::OSVersion.VersionString',
	// Enum values are converted to text here: ConvertTo-Json would send them as numbers.
	executionPolicies: "Get-ExecutionPolicy -List | ForEach-Object { [string]$_.Scope + '=' + [string]$_.ExecutionPolicy }",
	effectiveExecutionPolicy: '[string](Get-ExecutionPolicy)',
	modules: `Get-Module -ListAvailable -Name ${relevantModules.join(', ')} | ForEach-Object { $_.Name + '=' + [string]$_.Version }`,
	onlineConnectorInstalled: `Test-Path -LiteralPath '${onlineConnectorPath}'`,
} as const;

export type EnvironmentProbe = keyof typeof environmentProbes;

/**
 * Resolves a pool's name; fails with PowerShell's "No such host is known" when it does not.
 * `poolLiteral` must already be a validated, quoted PowerShell literal.
 */
export function poolAddressProbe(poolLiteral: string): string {
	return `[Net.Dns]::GetHostAddresses(${poolLiteral}) | Select-Object -First 1 | ForEach-Object { $_.IPAddressToString }`;
}
