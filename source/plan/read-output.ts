/**
 * Reading the objects the read commands return (JSON through the bridge's frame):
 * `{"Identity":"Tag:OfflineIM","EnableIMAutoArchiving":false}` and
 * `{"SipAddress":"sip:tony@contoso.com","DisplayName":"Tony Smith","ClientPolicy":"OfflineIM"}`.
 * Lenient about shape: anything unreadable is skipped rather than trusted.
 */
import type {ImArchiving, PolicyValue} from './plan.js';

/** The result of running one command, as the bridge reports it (powershell/frame.ts `CommandResult`). */
export type StepOutcome = {ok: true; output: unknown[]} | {ok: false; error: string; errorId?: string};

export type UserRecord = {sipAddress?: string; displayName?: string; clientPolicy: string | null};

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

export function policyValuesFrom(output: readonly unknown[]): PolicyValue[] {
	const values: PolicyValue[] = [];
	for (const item of output) {
		const fields = record(item);
		const identity = text(fields?.['Identity']);
		const value = archivingFrom(fields?.['EnableIMAutoArchiving']);
		if (identity && value !== undefined) values.push({identity, enableIMAutoArchiving: value});
	}

	return values;
}

/** `Tag:OfflineIM` and `OfflineIM` name the same per-user policy; `""` means none. */
export function clientPolicyName(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const name = value.trim().replace(/^tag:/i, '');
	return name === '' ? null : name;
}

export function userRecordsFrom(output: readonly unknown[]): UserRecord[] {
	const users: UserRecord[] = [];
	for (const item of output) {
		const fields = record(item);
		if (!fields) continue;
		const sipAddress = text(fields['SipAddress']);
		const displayName = text(fields['DisplayName']);
		if (!sipAddress && !displayName) continue;
		users.push({
			...(sipAddress ? {sipAddress} : {}),
			...(displayName ? {displayName} : {}),
			clientPolicy: clientPolicyName(fields['ClientPolicy']),
		});
	}

	return users;
}

/** Compares policy identities as PowerShell does: case-insensitively, `Tag:` optional. */
export function samePolicy(printed: string, wanted: string): boolean {
	const normalize = (identity: string) => identity.toLowerCase().replace(/^tag:/, '');
	return normalize(printed) === normalize(wanted);
}
