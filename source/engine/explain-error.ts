/**
 * A plain-language fix for PowerShell's own error messages: the message is always shown
 * verbatim, and this adds what a first-time admin should do about it.
 */
import type {engine as EngineMessages} from '../i18n/en/engine.js';

export type ErrorHint = keyof (typeof EngineMessages)['hints'];

/**
 * PowerShell's error ids do not depend on Windows' display language, so they are read first; the
 * message patterns catch what the ids do not tell apart (and hosts that give no id).
 */
const idPatterns: Array<[RegExp, ErrorHint]> = [
	[/^UnauthorizedAccess\b/i, 'executionPolicy'],
	[/^(ComputerNotFound|WinRMOperationTimeout|URLNotAvailable|CannotConnect)\b/i, 'poolUnreachable'],
	[/^(AccessDenied|LogonFailure)\b/i, 'credentials'],
	[/^Modules_ModuleNotFound\b/i, 'moduleNotFound'],
];

const patterns: Array<[RegExp, ErrorHint]> = [
	[/running scripts is disabled|about_Execution_Policies/i, 'executionPolicy'],
	[/lyncdiscover|autodiscover/i, 'overrideAdminDomain'],
	[/maximum number of concurrent|maximum allowed number of (shells|sessions)|quota/i, 'tooManySessions'],
	[/access is denied|logon failure|user ?name or password|AADSTS50126|unauthori[sz]ed|\b401\b|credentials? (were|was) (rejected|not accepted)/i, 'credentials'],
	[/no such host|cannot be resolved|could not be resolved|cannot resolve|name or service not known|cannot find the computer|destination is unreachable|WinRM cannot complete|WinRM client cannot/i, 'poolUnreachable'],
	[/'New-CsOnlineSession' is not recognized|New-CsOnlineSession.*not recognized/i, 'noOnlineSession'],
	[/no valid module file was found|module .* was not loaded/i, 'moduleNotFound'],
	[/NonInteractive|Read and Prompt functionality is not available/i, 'needsPrompt'],
	[/is not recognized as (the|a) name of a cmdlet/i, 'notConnected'],
	[/Management object not found for identity/i, 'userNotFound'],
	[/already exists/i, 'policyExists'],
];

/** Read before the ids: an unsigned file's error id is UnauthorizedAccess, as Restricted's is. */
const leadingPatterns: Array<[RegExp, ErrorHint]> = [
	[/is not digitally signed/i, 'executionPolicyNotSigned'],
	[/is not trusted on your system|untrusted publisher/i, 'untrustedPublisher'],
];

function matchHint(message: string, errorId: string | undefined): ErrorHint {
	for (const [pattern, hint] of leadingPatterns) if (pattern.test(message)) return hint;
	if (errorId) {
		for (const [pattern, hint] of idPatterns) {
			if (pattern.test(errorId)) return hint;
		}
	}

	for (const [pattern, hint] of patterns) {
		if (pattern.test(message)) return hint;
	}

	return 'generic';
}

/** `target`: the 3-session limit is Skype for Business Online's; elsewhere its fix would mislead. */
export function explainError(message: string, errorId?: string, target?: 'server' | 'online'): ErrorHint {
	const hint = matchHint(message, errorId);
	return hint === 'tooManySessions' && target !== 'online' ? 'generic' : hint;
}
