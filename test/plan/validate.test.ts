import {describe, expect, it} from 'vitest';
import {
	limits,
	validateHostname,
	validateIdentity,
	validatePolicyName,
	validateSignInUser,
	validateSiteName,
	validateUserCount,
} from '../../source/plan/validate.js';
import {plan as planEn} from '../../source/i18n/en/plan.js';
import {plan as planIt} from '../../source/i18n/it/plan.js';

describe('validateIdentity', () => {
	it.each([
		"O'Brien",
		'x\u2019; Remove-CsUser y',
		'$(Remove-CsUser x)',
		'`backtick`',
		'a; b | c & d',
		'Jean\u2013Luc',
		'sip:tony@contoso.com',
		'CONTOSO\\tony',
		'CN=Tony Smith,OU=Sales,DC=contoso,DC=com',
		'Smith, Tony',
		'\u05D3\u05E0\u05D4 \u200F',
		'emoji \u{1F600}',
	])('accepts %j: quoting makes it safe', value => {
		expect(validateIdentity(value)).toEqual({ok: true, value: value.trim()});
	});

	it('trims surrounding white space', () => {
		expect(validateIdentity('  Tony Smith \t')).toEqual({ok: true, value: 'Tony Smith'});
	});

	it('rejects an empty or blank value', () => {
		expect(validateIdentity('')).toEqual({ok: false, problem: {kind: 'empty'}});
		expect(validateIdentity('   ')).toEqual({ok: false, problem: {kind: 'empty'}});
	});

	it.each([
		['a\nb', 0x0a, 2],
		['a\rb', 0x0d, 2],
		['a\0b', 0x00, 2],
		['ab\tc', 0x09, 3],
		['a\u007Fb', 0x7f, 2],
		['a\u0085b', 0x85, 2],
		['a\u009Bb', 0x9b, 2],
		['a\u2028b', 0x2028, 2],
		['a\u2029b', 0x2029, 2],
	])('rejects the control character in %j', (value, codePoint, position) => {
		expect(validateIdentity(value)).toEqual({ok: false, problem: {kind: 'control-character', codePoint, position}});
	});

	it('rejects text-direction overrides, which make the review screen lie', () => {
		expect(validateIdentity('abc\u202Efdp.exe')).toEqual({ok: false, problem: {kind: 'bidi-control', codePoint: 0x202e, position: 4}});
		expect(validateIdentity('a\u2066b')).toMatchObject({ok: false, problem: {kind: 'bidi-control'}});
	});

	it('rejects half of a surrogate pair but accepts a whole pair', () => {
		expect(validateIdentity('a\uD83Db')).toEqual({ok: false, problem: {kind: 'lone-surrogate', position: 2}});
		expect(validateIdentity('a\uDE00')).toEqual({ok: false, problem: {kind: 'lone-surrogate', position: 2}});
		expect(validateIdentity('a\uD83D\uDE00').ok).toBe(true);
	});

	it('rejects a value over the length limit', () => {
		expect(validateIdentity('x'.repeat(limits.identityLength)).ok).toBe(true);
		expect(validateIdentity('x'.repeat(limits.identityLength + 1))).toEqual({
			ok: false,
			problem: {kind: 'too-long', length: limits.identityLength + 1, max: limits.identityLength},
		});
	});
});

describe('validateIdentity and wildcards', () => {
	it.each([
		['*', 1],
		['* Smith', 1],
		['Tony*', 5],
		['sip:*@contoso.com', 5],
		['  *  ', 1],
	])('rejects %j: Get-CsUser and Grant-CsClientPolicy read * as a wildcard', (value, position) => {
		expect(validateIdentity(value)).toEqual({ok: false, problem: {kind: 'wildcard', position}});
	});

	it('accepts ? and [ ]: not wildcards of -Identity (an LDAP filter knows only *)', () => {
		expect(validateIdentity('Who? [Sales]')).toEqual({ok: true, value: 'Who? [Sales]'});
	});

	it('words the reason in both languages', () => {
		const problem = {kind: 'wildcard', position: 1} as const;
		expect(planEn.problem(problem)).toBe(
			'it contains * (at position 1), which Skype for Business reads as a wildcard: a wildcard would reach every matching user, so name each user',
		);
		expect(planIt.problem(problem)).toContain('un carattere jolly raggiungerebbe ogni utente corrispondente, quindi indica ogni utente per nome');
	});

	it('does not apply to the sign-in user, which never reaches -Identity', () => {
		expect(validateSignInUser(' admin*@contoso.com ')).toEqual({ok: true, value: 'admin*@contoso.com'});
		expect(validateSignInUser('a\nb')).toMatchObject({ok: false, problem: {kind: 'control-character'}});
	});
});

describe('validatePolicyName', () => {
	it.each(['OfflineIM', 'Offline-IM_2', 'a'])('accepts %j', name => {
		expect(validatePolicyName(name)).toEqual({ok: true, value: name});
	});

	it('names the first character that is not allowed', () => {
		expect(validatePolicyName('Glo bal')).toEqual({ok: false, problem: {kind: 'policy-name-character', character: ' '}});
		expect(validatePolicyName("Off'line")).toEqual({ok: false, problem: {kind: 'policy-name-character', character: "'"}});
		expect(validatePolicyName('Off\u2013line')).toEqual({ok: false, problem: {kind: 'policy-name-character', character: '\u2013'}});
		expect(validatePolicyName('Politica\u00E8')).toEqual({ok: false, problem: {kind: 'policy-name-character', character: '\u00E8'}});
		expect(validatePolicyName('a*')).toEqual({ok: false, problem: {kind: 'policy-name-character', character: '*'}});
	});

	it('refuses Global in any case', () => {
		expect(validatePolicyName('Global')).toEqual({ok: false, problem: {kind: 'policy-name-global'}});
		expect(validatePolicyName('gLoBaL')).toEqual({ok: false, problem: {kind: 'policy-name-global'}});
		expect(validatePolicyName('GlobalIM').ok).toBe(true);
	});

	it('refuses the tag: and site: prefixes with their own reason', () => {
		expect(validatePolicyName('tag:OfflineIM')).toEqual({ok: false, problem: {kind: 'policy-name-prefix', prefix: 'tag:'}});
		expect(validatePolicyName('Site:Redmond')).toEqual({ok: false, problem: {kind: 'policy-name-prefix', prefix: 'site:'}});
	});

	it('refuses empty, control characters and overlong names', () => {
		expect(validatePolicyName('')).toEqual({ok: false, problem: {kind: 'empty'}});
		expect(validatePolicyName('a\nb')).toMatchObject({ok: false, problem: {kind: 'control-character'}});
		expect(validatePolicyName('a'.repeat(limits.policyNameLength + 1))).toMatchObject({ok: false, problem: {kind: 'too-long'}});
	});
});

describe('validateSiteName', () => {
	it.each(['Redmond', 'EMEA-North_1', 'site.2'])('accepts %j', site => {
		expect(validateSiteName(site)).toEqual({ok: true, value: site});
	});

	it('rejects wildcards, spaces and quotes', () => {
		expect(validateSiteName('Red*')).toEqual({ok: false, problem: {kind: 'site-name-character', character: '*'}});
		expect(validateSiteName('Red mond')).toEqual({ok: false, problem: {kind: 'site-name-character', character: ' '}});
		expect(validateSiteName("Red'mond")).toEqual({ok: false, problem: {kind: 'site-name-character', character: "'"}});
		expect(validateSiteName('site:Redmond')).toEqual({ok: false, problem: {kind: 'site-name-character', character: ':'}});
	});
});

describe('validateHostname (pool FQDN, admin domain)', () => {
	it.each(['pool01.contoso.com', 'contoso.onmicrosoft.com', 'a-b.c1.example'])('accepts %j', host => {
		expect(validateHostname(host)).toEqual({ok: true, value: host});
	});

	it('explains a pasted URL', () => {
		expect(validateHostname('https://pool01.contoso.com/OcsPowershell')).toEqual({ok: false, problem: {kind: 'url-not-hostname'}});
	});

	it('needs a dot, valid labels and a name rather than an address', () => {
		expect(validateHostname('pool01')).toEqual({ok: false, problem: {kind: 'hostname-needs-dot'}});
		expect(validateHostname('-pool.contoso.com')).toEqual({ok: false, problem: {kind: 'hostname-label', label: '-pool'}});
		expect(validateHostname('pool..com')).toEqual({ok: false, problem: {kind: 'hostname-label', label: ''}});
		expect(validateHostname(`${'a'.repeat(64)}.com`)).toMatchObject({ok: false, problem: {kind: 'hostname-label'}});
		expect(validateHostname('pool_01.contoso.com')).toEqual({ok: false, problem: {kind: 'hostname-character', character: '_'}});
		expect(validateHostname("pool'.contoso.com")).toEqual({ok: false, problem: {kind: 'hostname-character', character: "'"}});
		expect(validateHostname('10.0.0.1')).toEqual({ok: false, problem: {kind: 'hostname-numeric'}});
	});
});

describe('validateUserCount', () => {
	it('allows up to 100,000 users', () => {
		expect(validateUserCount(100_000)).toBeUndefined();
		expect(validateUserCount(100_001)).toEqual({kind: 'too-many-users', count: 100_001, max: 100_000});
	});
});
