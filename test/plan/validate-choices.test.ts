import {describe, expect, it} from 'vitest';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices} from '../../source/plan/choices.js';
import {validateChoices} from '../../source/plan/validate-choices.js';

const server: Choices['target'] = {kind: 'server', signIn: {kind: 'integrated'}};
const users = (list: string[]): Choices => ({target: server, state: 'off', scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'auto', users: list}});

describe('validateChoices', () => {
	it('accepts what the flags and the wizard produce', () => {
		expect(() => validateChoices(users(['Tony Smith', "O'Brien", 'x\u2019; Remove-CsUser y']))).not.toThrow();
		expect(() =>
			validateChoices({
				target: {kind: 'server', pool: 'pool01.contoso.com', module: 'Lync', signIn: {kind: 'credential', userName: 'CONTOSO\\admin'}},
				state: 'on',
				scope: {kind: 'site', site: 'Redmond'},
			}),
		).not.toThrow();
		expect(() => validateChoices({target: {kind: 'online', adminDomain: 'contoso.onmicrosoft.com', signIn: {kind: 'integrated'}}, state: 'off', scope: {kind: 'global'}})).not.toThrow();
	});

	it.each<[string, Choices, RegExp]>([
		['a site name straight from tenant output', {target: server, state: 'off', scope: {kind: 'site', site: 'site:Redmond'}}, /scope\.site: "site:Redmond": a site name may contain only/],
		['a site with a line break', {target: server, state: 'off', scope: {kind: 'site', site: 'Red\nmond'}}, /scope\.site: "Red\\nmond": it contains a control character/],
		['a policy named Global', {target: server, state: 'off', scope: {kind: 'users', policy: 'Global', policyMode: 'auto', users: ['a']}}, /scope\.policy/],
		['a wildcard user', users(['Tony Smith', '*']), /scope\.users\[1\]: "\*": it contains \* \(at position 1\)/],
		['an untrimmed user', users([' Tony Smith']), /scope\.users\[0\]: " Tony Smith" is not normalized \(expected "Tony Smith"\)/],
		['an empty user', users(['']), /scope\.users\[0\]: "": it is empty/],
		['a pool given as a URL', {target: {kind: 'server', pool: 'https://pool01.contoso.com/OcsPowershell', signIn: {kind: 'integrated'}}, state: 'off', scope: {kind: 'global'}}, /target\.pool/],
		['a bad admin domain', {target: {kind: 'online', adminDomain: "contoso'.com", signIn: {kind: 'integrated'}}, state: 'off', scope: {kind: 'global'}}, /target\.adminDomain/],
		['a sign-in user with a line break', {target: {kind: 'server', pool: 'pool01.contoso.com', signIn: {kind: 'credential', userName: 'admin\r\n'}}, state: 'off', scope: {kind: 'global'}}, /target\.signIn\.userName/],
		['a site on Online', {target: {kind: 'online', signIn: {kind: 'integrated'}}, state: 'off', scope: {kind: 'site', site: 'Redmond'}}, /scope: an Online target has no site policies/],
		['an unknown state', {target: server, state: 'maybe' as never, scope: {kind: 'global'}}, /state: "maybe" is not one of on, off/],
		['an unknown module', {target: {kind: 'server', module: 'Teams' as never, signIn: {kind: 'integrated'}}, state: 'off', scope: {kind: 'global'}}, /target\.module/],
		['a user that is not a string', users([42 as never]), /scope\.users\[0\]: expected a string, got number/],
	])('throws a plain Error for %s', (_name, choices, message) => {
		expect(() => validateChoices(choices)).toThrow(message);
		expect(() => validateChoices(choices)).toThrow(/^Invalid choices: /);
	});

	it('is what buildPlan does first: no command text is made from a bad value', () => {
		expect(() => buildPlan(users(['*']))).toThrow(/Invalid choices: scope\.users\[0\]/);
		expect(() => buildPlan({target: server, state: 'off', scope: {kind: 'site', site: "x'; Remove-CsUser y"}})).toThrow(/Invalid choices: scope\.site/);
	});

	// How fast is the benchmark's figure (npm run bench), not a timed unit test.
	it('accepts 100,000 users and refuses one more', () => {
		const many = users(Array.from({length: 100_000}, (_, index) => `user${index}@contoso.com`));
		expect(() => validateChoices(many)).not.toThrow();
		const over = users(Array.from({length: 100_001}, (_, index) => `u${index}`));
		expect(() => validateChoices(over)).toThrow(/scope\.users: 100001 users are more than one plan can hold/);
	});
});
