/**
 * Validation of everything a person, a file or a flag supplies, before it is quoted into a
 * command. A failure is data (`ValidationProblem`), rendered for people by the `plan` catalog.
 *
 * Identities (user names, SIP addresses, display names) may contain quotes, `$`, backticks,
 * semicolons and dashes: `O'Brien` is a real name, and quoting makes them inert. What is
 * rejected is what no directory name contains and what would make the review screen or the
 * script misleading: control characters, line breaks, bidirectional overrides and broken
 * UTF-16. Names that become part of a policy identity are held to strict character sets.
 */

export const limits = {
	/** Long enough for a distinguished name with a few nested OUs. */
	identityLength: 512,
	policyNameLength: 128,
	siteNameLength: 128,
	/** RFC 1035: a name of at most 253 characters in labels of at most 63. */
	hostnameLength: 253,
	hostnameLabelLength: 63,
	/** One plan, one review: above this, split the list. */
	users: 100_000,
} as const;

export type ValidationProblem =
	| {kind: 'empty'}
	/** C0, DEL, C1 or a Unicode line/paragraph separator; `position` counts from 1. */
	| {kind: 'control-character'; codePoint: number; position: number}
	/** U+202A-U+202E, U+2066-U+2069: they reorder what the review screen shows. */
	| {kind: 'bidi-control'; codePoint: number; position: number}
	/** Half of a surrogate pair: not text, and it would not survive UTF-8. */
	| {kind: 'lone-surrogate'; position: number}
	| {kind: 'too-long'; length: number; max: number}
	/** `*` in a user identity: Get-CsUser and Grant-CsClientPolicy read it as a wildcard. */
	| {kind: 'wildcard'; position: number}
	| {kind: 'policy-name-character'; character: string}
	| {kind: 'policy-name-global'}
	| {kind: 'policy-name-prefix'; prefix: 'tag:' | 'site:'}
	| {kind: 'site-name-character'; character: string}
	| {kind: 'url-not-hostname'}
	| {kind: 'hostname-character'; character: string}
	| {kind: 'hostname-label'; label: string}
	| {kind: 'hostname-needs-dot'}
	| {kind: 'hostname-numeric'}
	| {kind: 'too-many-users'; count: number; max: number};

export type Validation = {ok: true; value: string} | {ok: false; problem: ValidationProblem};

const valid = (value: string): Validation => ({ok: true, value});
const invalid = (problem: ValidationProblem): Validation => ({ok: false, problem});

function isControl(codePoint: number): boolean {
	return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f) || codePoint === 0x2028 || codePoint === 0x2029;
}

function isBidiControl(codePoint: number): boolean {
	return (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

/** Problems every kind of value shares: emptiness, length and characters that are never text. */
function checkText(value: string, max: number): ValidationProblem | undefined {
	if (value.length === 0) return {kind: 'empty'};
	for (let index = 0; index < value.length; index++) {
		const code = value.charCodeAt(index);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = value.charCodeAt(index + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				index++;
				continue;
			}

			return {kind: 'lone-surrogate', position: index + 1};
		}

		if (code >= 0xdc00 && code <= 0xdfff) return {kind: 'lone-surrogate', position: index + 1};
		if (isControl(code)) return {kind: 'control-character', codePoint: code, position: index + 1};
		if (isBidiControl(code)) return {kind: 'bidi-control', codePoint: code, position: index + 1};
	}

	if (value.length > max) return {kind: 'too-long', length: value.length, max};
	return undefined;
}

/**
 * A user as Grant-CsClientPolicy accepts it: SIP address, UPN, `domain\user`, display name or
 * distinguished name. Surrounding white space is removed.
 *
 * `*` is refused: the cmdlet reference of Get-CsUser and Grant-CsClientPolicy says `-Identity`
 * takes it as a wildcard on display names (`"* Smith"` is every user whose display name ends in
 * " Smith"), so `*` alone would grant everybody, and the rollback would take everyone's policy.
 * `?` is not a wildcard there (only `*` is documented, and the display name becomes an LDAP
 * filter, whose only wildcard is `*`), so it stays allowed.
 */
export function validateIdentity(raw: string): Validation {
	const value = raw.trim();
	const problem = checkText(value, limits.identityLength);
	if (problem) return invalid(problem);
	const wildcard = value.indexOf('*');
	return wildcard === -1 ? valid(value) : invalid({kind: 'wildcard', position: wildcard + 1});
}

/**
 * The user name for credential sign-in. It only travels as a quoted literal into the credential,
 * never to `-Identity`, so it is not held to the wildcard rule of `validateIdentity`.
 */
export function validateSignInUser(raw: string): Validation {
	const value = raw.trim();
	const problem = checkText(value, limits.identityLength);
	return problem ? invalid(problem) : valid(value);
}

const policyNameCharacters = /^[A-Za-z0-9_-]+$/;

/**
 * A per-user ("tag") client policy name. Letters A-Z, digits, `-` and `_` only: the name becomes
 * part of `tag:NAME` filters. `Global` is the organization's policy, not a per-user one.
 */
export function validatePolicyName(raw: string): Validation {
	const value = raw.trim();
	const problem = checkText(value, limits.policyNameLength);
	if (problem) return invalid(problem);
	const lower = value.toLowerCase();
	if (lower.startsWith('tag:')) return invalid({kind: 'policy-name-prefix', prefix: 'tag:'});
	if (lower.startsWith('site:')) return invalid({kind: 'policy-name-prefix', prefix: 'site:'});
	if (lower === 'global') return invalid({kind: 'policy-name-global'});
	if (!policyNameCharacters.test(value)) {
		return invalid({kind: 'policy-name-character', character: firstOutside(value, /[A-Za-z0-9_-]/)});
	}

	return valid(value);
}

const siteNameCharacters = /^[A-Za-z0-9_.-]+$/;

/** A site name as in `site:NAME` (given without the prefix): letters, digits, `-`, `_`, `.`. */
export function validateSiteName(raw: string): Validation {
	const value = raw.trim();
	const problem = checkText(value, limits.siteNameLength);
	if (problem) return invalid(problem);
	if (!siteNameCharacters.test(value)) {
		return invalid({kind: 'site-name-character', character: firstOutside(value, /[A-Za-z0-9_.-]/)});
	}

	return valid(value);
}

const hostnameLabel = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/**
 * A DNS host name with at least one dot (RFC 1123 labels). Used for the pool FQDN and for the
 * Online admin domain. A URL gets its own reason: people paste `https://pool/OcsPowershell`.
 */
export function validateHostname(raw: string): Validation {
	const value = raw.trim();
	const problem = checkText(value, limits.hostnameLength);
	if (problem) return invalid(problem);
	if (value.includes('://') || value.includes('/')) return invalid({kind: 'url-not-hostname'});
	const bad = /[^A-Za-z0-9.-]/.exec(value);
	if (bad) return invalid({kind: 'hostname-character', character: characterAt(value, bad.index)});
	const labels = value.split('.');
	if (labels.length < 2) return invalid({kind: 'hostname-needs-dot'});
	for (const label of labels) {
		if (label.length > limits.hostnameLabelLength || !hostnameLabel.test(label)) {
			return invalid({kind: 'hostname-label', label});
		}
	}

	// An address, not a name: the pool's certificate names the FQDN.
	if (/^[0-9]+$/.test(labels.at(-1) ?? '')) return invalid({kind: 'hostname-numeric'});
	return valid(value);
}

export const validatePoolFqdn = validateHostname;
export const validateAdminDomain = validateHostname;

export function validateUserCount(count: number): ValidationProblem | undefined {
	return count > limits.users ? {kind: 'too-many-users', count, max: limits.users} : undefined;
}

function characterAt(value: string, index: number): string {
	return String.fromCodePoint(value.codePointAt(index) ?? 0);
}

function firstOutside(value: string, allowed: RegExp): string {
	for (const character of value) {
		if (!allowed.test(character)) return character;
	}

	return '';
}
