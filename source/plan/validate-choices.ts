/**
 * The last check before choices become command text. People's input is validated where it is
 * typed (flags, wizard fields, users files) and the problem is shown to them; this guards the
 * values that arrive some other way (site names from the tenant's output, remembered settings,
 * a caller that forgot), so a failure here is a programming error: a plain `Error`.
 */
import {plan as planEn} from '../i18n/en/plan.js';
import type {Choices} from './choices.js';
import {
	type Validation,
	validateAdminDomain,
	validateIdentity,
	validatePolicyName,
	validatePoolFqdn,
	validateSignInUser,
	validateSiteName,
	validateUserCount,
} from './validate.js';

function fail(where: string, detail: string): never {
	throw new Error(`Invalid choices: ${where}: ${detail}`);
}

/** The value must pass its validator unchanged: an untrimmed name would reach the command as typed. */
function check(where: string, value: unknown, validation: (raw: string) => Validation): void {
	if (typeof value !== 'string') fail(where, `expected a string, got ${value === null ? 'null' : typeof value}`);
	const result = validation(value);
	if (!result.ok) fail(where, `${JSON.stringify(value)}: ${planEn.problem(result.problem)}`);
	if (result.value !== value) fail(where, `${JSON.stringify(value)} is not normalized (expected ${JSON.stringify(result.value)})`);
}

function oneOf(where: string, value: unknown, allowed: readonly string[]): void {
	if (typeof value !== 'string' || !allowed.includes(value)) fail(where, `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
}

/**
 * Throws an `Error` naming the first value of `choices` that no validator accepts: site, policy,
 * each user, pool, admin domain, sign-in user, and the enumerations. Linear in the number of users
 * (a few milliseconds for 100,000).
 */
export function validateChoices(choices: Choices): void {
	const {target, scope} = choices;
	oneOf('state', choices.state, ['on', 'off']);
	oneOf('target.kind', target.kind, ['server', 'online']);
	oneOf('target.signIn.kind', target.signIn.kind, ['integrated', 'credential']);
	if (target.signIn.kind === 'credential') check('target.signIn.userName', target.signIn.userName, validateSignInUser);
	if (target.kind === 'server') {
		if (target.pool !== undefined) check('target.pool', target.pool, validatePoolFqdn);
		if (target.module !== undefined) oneOf('target.module', target.module, ['SkypeForBusiness', 'Lync']);
	} else if (target.adminDomain !== undefined) {
		check('target.adminDomain', target.adminDomain, validateAdminDomain);
	}

	if (choices.serverSwitch !== undefined) oneOf('serverSwitch', choices.serverSwitch, ['use', 'leave']);
	oneOf('scope.kind', scope.kind, ['global', 'site', 'users']);
	if (scope.kind === 'site') {
		if (target.kind === 'online') fail('scope', 'an Online target has no site policies');
		check('scope.site', scope.site, validateSiteName);
	}

	if (scope.kind === 'users') {
		check('scope.policy', scope.policy, validatePolicyName);
		oneOf('scope.policyMode', scope.policyMode, ['create', 'reuse', 'auto']);
		if (!Array.isArray(scope.users)) fail('scope.users', 'expected a list');
		const tooMany = validateUserCount(scope.users.length);
		if (tooMany) fail('scope.users', planEn.problem(tooMany));
		scope.users.forEach((user, index) => check(`scope.users[${index}]`, user, validateIdentity));
	}
}
