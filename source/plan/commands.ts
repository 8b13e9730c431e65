/**
 * The exact command texts (the contract with the simulator and the execution engine). Every
 * value that came from outside is quoted here by `quotePowerShellLiteral`, after validation;
 * constants (`Global`, `$true`, `$credential`...) are written as they are.
 */
import {onlineConnectorPath} from '../powershell/probes.js';
import {powershellBoolean, quotePowerShellLiteral as quote} from './quote.js';
import type {ImArchiving} from './plan.js';

/** A client policy the plan reads or changes. */
export type PolicyRef = {kind: 'global'} | {kind: 'site'; site: string} | {kind: 'tag'; name: string};

/** How steps name a policy in `subject`: `Global`, `site:Redmond`, `tag:OfflineIM`. */
export function policySubject(ref: PolicyRef): string {
	switch (ref.kind) {
		case 'global':
			return 'Global';
		case 'site':
			return `site:${ref.site}`;
		case 'tag':
			return `tag:${ref.name}`;
	}
}

/** The `Identity` column as PowerShell prints it: `Global`, `Site:Redmond`, `Tag:OfflineIM`. */
export function printedIdentity(ref: PolicyRef): string {
	switch (ref.kind) {
		case 'global':
			return 'Global';
		case 'site':
			return `Site:${ref.site}`;
		case 'tag':
			return `Tag:${ref.name}`;
	}
}

/** The `-Identity` argument of Set-CsClientPolicy: `Global`, `'site:Redmond'`, `'OfflineIM'`. */
function identityArgument(ref: PolicyRef): string {
	switch (ref.kind) {
		case 'global':
			return 'Global';
		case 'site':
			return quote(`site:${ref.site}`);
		case 'tag':
			return quote(ref.name);
	}
}

// [string] turns an XdsIdentity (what the local SkypeForBusiness module returns as Identity)
// into `Tag:Name`, and a user's policy reference into `Tag:Name` or an empty string; without it
// ConvertTo-Json would send a nested object.
const selectPolicy = " | Select-Object @{Name='Identity'; Expression={[string]$_.Identity}}, EnableIMAutoArchiving";
// RegistrarPool gives the user's home site (through Get-CsPool), whose IM configuration decides.
const selectUser =
	" | Select-Object SipAddress, DisplayName, @{Name='ClientPolicy'; Expression={[string]$_.ClientPolicy}}, @{Name='RegistrarPool'; Expression={[string]$_.RegistrarPool}}";
const selectImConfiguration = " | Select-Object @{Name='Identity'; Expression={[string]$_.Identity}}, EnableOfflineIm";

/**
 * The cmdlet that reads users: Get-CsUser exists only on-premises; Skype for Business Online has
 * Get-CsOnlineUser (same -Identity and -Filter), design.md section 1.
 */
export type UserReader = 'Get-CsUser' | 'Get-CsOnlineUser';

export function userReaderFor(target: {kind: 'server' | 'online'}): UserReader {
	return target.kind === 'online' ? 'Get-CsOnlineUser' : 'Get-CsUser';
}

/**
 * Site and per-user policies are read with `-Filter`, not `-Identity`: an absent policy gives an
 * empty result instead of an error.
 */
export function readPolicyCommand(ref: PolicyRef): string {
	if (ref.kind === 'global') return `Get-CsClientPolicy -Identity Global${selectPolicy}`;
	return `Get-CsClientPolicy -Filter ${quote(policySubject(ref))}${selectPolicy}`;
}

export const readPerUserPoliciesCommand = `Get-CsClientPolicy -Filter 'tag:*'${selectPolicy}`;

/** Every site policy (on-premises), for the overview of the current state. */
export const readSitePoliciesCommand = `Get-CsClientPolicy -Filter 'site:*'${selectPolicy}`;

/** Users holding a per-user client policy: the Global and site policies do not reach them. */
export function readPolicyHoldersCommandFor(reader: UserReader): string {
	return `${reader} -Filter {ClientPolicy -ne $null}${selectUser}`;
}

export const readPolicyHoldersCommand = readPolicyHoldersCommandFor('Get-CsUser');

export function readUserCommand(identity: string, reader: UserReader = 'Get-CsUser'): string {
	return `${reader} -Identity ${quote(identity)}${selectUser}`;
}

/** An IM configuration: the server switch, Global or a site's (never per user). */
export type ImConfigurationRef = {kind: 'global'} | {kind: 'site'; site: string};

/** How steps name an IM configuration in `subject`: `Global`, `site:Redmond`. */
export function imConfigurationSubject(ref: ImConfigurationRef): string {
	return ref.kind === 'global' ? 'Global' : `site:${ref.site}`;
}

/** Every IM configuration (Global and the sites'), Skype for Business Server 2015 June 2016 update and later. */
export const readImConfigurationsCommand = `Get-CsImConfiguration${selectImConfiguration}`;

/** One IM configuration; a site's with -Filter, so that a missing one gives an empty result, not an error. */
export function readImConfigurationCommand(ref: ImConfigurationRef): string {
	if (ref.kind === 'global') return `Get-CsImConfiguration -Identity Global${selectImConfiguration}`;
	return `Get-CsImConfiguration -Filter ${quote(imConfigurationSubject(ref))}${selectImConfiguration}`;
}

export function setImConfigurationCommand(ref: ImConfigurationRef, value: boolean | {variable: string}): string {
	const text = typeof value === 'object' ? `$${value.variable}` : powershellBoolean(value);
	const identity = ref.kind === 'global' ? 'Global' : quote(imConfigurationSubject(ref));
	return `Set-CsImConfiguration -Identity ${identity} -EnableOfflineIm ${text}`;
}

/** A site's own IM configuration (Global always exists and cannot be created). */
export function newImConfigurationCommand(site: string, value: boolean): string {
	return `New-CsImConfiguration -Identity ${quote(`site:${site}`)} -EnableOfflineIm ${powershellBoolean(value)}`;
}

export function removeImConfigurationCommand(site: string): string {
	return `Remove-CsImConfiguration -Identity ${quote(`site:${site}`)}`;
}

/** A plan made offline does not know whether the site has its own IM configuration: set it, or create it. */
export function setOrNewImConfigurationCommand(site: string, value: boolean): string {
	const ref: ImConfigurationRef = {kind: 'site', site};
	return `if (Get-CsImConfiguration -Filter ${quote(imConfigurationSubject(ref))}) { ${setImConfigurationCommand(ref, value)} } else { ${newImConfigurationCommand(site, value)} }`;
}

/** The rollback of `setOrNewImConfigurationCommand`, from the two placeholders the administrator fills in. */
export function undoSetOrNewImConfigurationCommand(site: string, createdVariable: string, previousVariable: string): string {
	return `if ($${createdVariable}) { ${removeImConfigurationCommand(site)} } else { ${setImConfigurationCommand({kind: 'site', site}, {variable: previousVariable})} }`;
}

/** The pools and their sites: a user's home site is their registrar pool's. */
export const readPoolsCommand = "Get-CsPool | Select-Object Fqdn, @{Name='Site'; Expression={[string]$_.Site}}";

/**
 * `value` is a literal (`$true`, `$false`, `$null`) or, in a rollback whose previous value is
 * unknown, a placeholder variable such as `$previousValue`.
 */
export function setPolicyCommand(ref: PolicyRef, value: ImArchiving | {variable: string}): string {
	const text = typeof value === 'object' && value !== null ? `$${value.variable}` : powershellBoolean(value);
	return `Set-CsClientPolicy -Identity ${identityArgument(ref)} -EnableIMAutoArchiving ${text}`;
}

export function newPolicyCommand(name: string): string {
	return `New-CsClientPolicy -Identity ${quote(name)}`;
}

/** New-CsClientPolicy fails when the policy exists; a plan made offline creates it only when missing. */
export function newPolicyIfMissingCommand(name: string): string {
	return `if (-not (Get-CsClientPolicy -Filter ${quote(`tag:${name}`)})) { ${newPolicyCommand(name)} }`;
}

/** `policy` null removes the user's per-user policy (the rollback of a grant to a user who had none). */
export function grantCommand(identity: string, policy: string | null): string {
	return `Grant-CsClientPolicy -Identity ${quote(identity)} -PolicyName ${policy === null ? '$null' : quote(policy)}`;
}

/**
 * The rollback of a policy the plan created. Without -Force on purpose: users granted the policy
 * by a later run may hold it, and then the cmdlet asks before removing it (a person running the
 * rollback script can say no; a non-interactive session fails instead of taking it from them).
 */
export function removePolicyCommand(name: string): string {
	return `Remove-CsClientPolicy -Identity ${quote(name)}`;
}

export function placeholderCommand(variable: string, value: boolean | null): string {
	return `$${variable} = ${powershellBoolean(value)}`;
}

export function removePolicyIfCreatedCommand(name: string, variable: string): string {
	return `if ($${variable}) { ${removePolicyCommand(name)} }`;
}

export const importModuleCommand = (module: 'SkypeForBusiness' | 'Lync'): string => `Import-Module ${module}`;
export const importOnlineConnectorCommand = `Import-Module ${quote(onlineConnectorPath)}`;
export const credentialPromptCommand = '$credential = Get-Credential';

export function newPoolSessionCommand(pool: string, withCredential: boolean): string {
	return `$session = New-PSSession -ConnectionUri ${quote(`https://${pool}/OcsPowershell`)}${withCredential ? ' -Credential $credential' : ''}`;
}

export function newOnlineSessionCommand(withCredential: boolean, adminDomain: string | undefined): string {
	return (
		'$session = New-CsOnlineSession' +
		(withCredential ? ' -Credential $credential' : '') +
		(adminDomain ? ` -OverrideAdminDomain ${quote(adminDomain)}` : '')
	);
}

export const importSessionCommand = 'Import-PSSession $session -AllowClobber | Out-Null';
