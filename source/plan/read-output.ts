/**
 * Reading the objects the read commands return (JSON through the bridge's frame):
 * `{"Identity":"Tag:OfflineIM","EnableIMAutoArchiving":false}` and
 * `{"SipAddress":"sip:tony@contoso.com","DisplayName":"Tony Smith","ClientPolicy":"OfflineIM"}`.
 * A row that does not have that shape is not trusted, and not dropped silently either: the
 * readers count it as unreadable, so that "no row" (absent) and "a row we cannot read" (unknown)
 * stay apart. Example: `Identity` as a nested object, which is how ConvertTo-Json sends an
 * XdsIdentity when the select does not turn it into a string first.
 */
import type {ImArchiving, ImConfigurationValue, PolicyValue, PoolSite} from './plan.js';

/** The result of running one command, as the bridge reports it (powershell/frame.ts `CommandResult`). */
export type StepOutcome = {ok: true; output: unknown[]} | {ok: false; error: string; errorId?: string};

export type UserRecord = {sipAddress?: string; displayName?: string; clientPolicy: string | null; registrarPool?: string};

function record(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `true`, `false` or `null`; also the strings `True`/`False` should a host serialize them so. */
export function archivingFrom(value: unknown): ImArchiving | undefined {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'boolean') return value;
	if (typeof value === 'string') {
		if (value.toLowerCase() === 'true') return true;
		if (value.toLowerCase() === 'false') return false;
	}

	return undefined;
}

/** Rows read, and how many rows had another shape (see the file comment). */
export type Rows<T> = {rows: T[]; unreadable: number};

export function policyRowsFrom(output: readonly unknown[]): Rows<PolicyValue> {
	const rows: PolicyValue[] = [];
	let unreadable = 0;
	for (const item of output) {
		const fields = record(item);
		const identity = text(fields?.['Identity']);
		const value = archivingFrom(fields?.['EnableIMAutoArchiving']);
		if (identity && value !== undefined) rows.push({identity, enableIMAutoArchiving: value});
		else unreadable++;
	}

	return {rows, unreadable};
}

/** The readable rows only, for lists where an unreadable row is simply not shown (the overview). */
export function policyValuesFrom(output: readonly unknown[]): PolicyValue[] {
	return policyRowsFrom(output).rows;
}

/** `Tag:OfflineIM` and `OfflineIM` name the same per-user policy; `""` means none. */
export function clientPolicyName(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const name = value.trim().replace(/^tag:/i, '');
	return name === '' ? null : name;
}

export function userRowsFrom(output: readonly unknown[]): Rows<UserRecord> {
	const rows: UserRecord[] = [];
	let unreadable = 0;
	for (const item of output) {
		const fields = record(item);
		const sipAddress = text(fields?.['SipAddress']);
		const displayName = text(fields?.['DisplayName']);
		const policy = fields?.['ClientPolicy'];
		// A policy reference that is not a string would read as "none": not trusted.
		if (!fields || (!sipAddress && !displayName) || (policy !== undefined && policy !== null && typeof policy !== 'string')) {
			unreadable++;
			continue;
		}

		const registrarPool = text(fields['RegistrarPool']);
		rows.push({
			...(sipAddress ? {sipAddress} : {}),
			...(displayName ? {displayName} : {}),
			clientPolicy: clientPolicyName(policy),
			...(registrarPool ? {registrarPool} : {}),
		});
	}

	return {rows, unreadable};
}

/** Compares policy identities as PowerShell does: case-insensitively, `Tag:` optional. */
export function samePolicy(printed: string, wanted: string): boolean {
	const normalize = (identity: string) => identity.toLowerCase().replace(/^tag:/, '');
	return normalize(printed) === normalize(wanted);
}

/** `{"Identity":"Site:Redmond","EnableOfflineIm":false}` rows of Get-CsImConfiguration. */
export function imConfigurationRowsFrom(output: readonly unknown[]): Rows<ImConfigurationValue> {
	const rows: ImConfigurationValue[] = [];
	let unreadable = 0;
	for (const item of output) {
		const fields = record(item);
		const identity = text(fields?.['Identity']);
		// The switch is a plain Boolean (the cmdlet page): a missing or empty value is not "off".
		const value = archivingFrom(fields?.['EnableOfflineIm']);
		if (identity && typeof value === 'boolean') rows.push({identity, enableOfflineIm: value});
		else unreadable++;
	}

	return {rows, unreadable};
}

/**
 * `{"Fqdn":"pool01.contoso.com","Site":"Site:Redmond"}` rows of Get-CsPool. The site is kept
 * bare (`Redmond`): not verified against a real server whether `[string]$_.Site` prints
 * `Site:Redmond` or the bare name, so both are read.
 */
export function poolRowsFrom(output: readonly unknown[]): Rows<PoolSite> {
	const rows: PoolSite[] = [];
	let unreadable = 0;
	for (const item of output) {
		const fields = record(item);
		const fqdn = text(fields?.['Fqdn']);
		if (!fqdn) {
			unreadable++;
			continue;
		}

		const site = text(fields?.['Site'])?.replace(/^site:/i, '') ?? null;
		rows.push({fqdn, site});
	}

	return {rows, unreadable};
}
