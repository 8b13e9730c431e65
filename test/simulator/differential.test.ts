/**
 * The differential test (issue 9): every text the product emits for every target x scope x state
 * (connection, reads, changes, verification, rollback), plus the probes, is sent in frames to the
 * simulator and to real PowerShell with the stand-in, each against a fresh copy of the same
 * tenant; the replies and the tenants afterwards must be the same. Facts about the environment
 * (engine version, edition, host, OS, execution policies) are left out: they are the engine's.
 */
import {describe, expect, it} from 'vitest';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices, Scope, Target} from '../../source/plan/choices.js';
import {readSteps} from '../../source/plan/reads.js';
import {rollbackOf} from '../../source/plan/rollback.js';
import {credentialCommand} from '../../source/powershell/frame.js';
import {environmentProbes, poolAddressProbe} from '../../source/powershell/probes.js';
import {rehearsalCredentials} from '../../source/simulator/sample-tenant.js';
import {allBackends, startBackend} from '../support/backends.js';
import {encryptPassword, readTenant, writeTenant} from '../support/simulator.js';

const targets: Array<[string, Target]> = [
	['local module', {kind: 'server', signIn: {kind: 'integrated'}}],
	['pool, Windows sign-in', {kind: 'server', pool: 'pool01.contoso.com', signIn: {kind: 'integrated'}}],
	['pool, typed password', {kind: 'server', pool: 'pool01.contoso.com', signIn: {kind: 'credential', userName: rehearsalCredentials.userName}}],
	['Online', {kind: 'online', signIn: {kind: 'integrated'}}],
	['Online, typed password, admin domain', {kind: 'online', adminDomain: 'contoso.onmicrosoft.com', signIn: {kind: 'credential', userName: rehearsalCredentials.userName}}],
];
const scopes: Array<[string, Scope]> = [
	['global', {kind: 'global'}],
	['site', {kind: 'site', site: 'Redmond'}],
	['users (new policy)', {kind: 'users', policy: 'OfflineIM', policyMode: 'auto', users: ['tony@contoso.com', "Kevin O'Brien", 'nobody@contoso.com']}],
	['users (existing policy)', {kind: 'users', policy: 'SalesPolicy', policyMode: 'auto', users: ['sip:pilar@contoso.com', 'CONTOSO\\anatrujillo']}],
];
const states = ['on', 'off'] as const;

/** What a run sends: the probes, the connection, the reads, the plan's steps, then its rollback. */
function corpus(target: Target, scope: Scope, state: 'on' | 'off'): Array<{label: string; command: string; credential?: boolean}> {
	const choices: Choices = {target, state, scope};
	const plan = buildPlan(choices, undefined, new Date('2026-12-01T00:00:00Z'));
	const texts: Array<{label: string; command: string; credential?: boolean}> = [
		...Object.entries(environmentProbes)
			.filter(([name]) => ['os64', 'process64', 'modules', 'onlineConnectorInstalled'].includes(name))
			.map(([name, command]) => ({label: `probe ${name}`, command})),
	];
	if (target.kind === 'server' && target.pool) texts.push({label: 'pool probe', command: poolAddressProbe(`'${target.pool}'`)});
	for (const step of plan.steps) texts.push({label: `${step.phase} ${step.kind}`, command: step.command, ...(step.kind === 'credential' ? {credential: true} : {})});
	for (const draft of readSteps(choices)) texts.push({label: `read ${draft.kind}`, command: draft.command});
	for (const entry of rollbackOf(plan)) for (const command of entry.commands) texts.push({label: 'rollback', command});
	return texts;
}

const powershell = allBackends().find(backend => backend.kind === 'powershell');
const [simulator] = allBackends();

describe.skipIf(!powershell || powershell.kind !== 'powershell' || !powershell.powershell)(`the simulator and ${powershell?.title ?? 'real PowerShell'} answer every text alike`, () => {
	for (const [targetName, target] of targets) {
		it(`${targetName}: every scope and state`, async () => {
			let compared = 0;
			for (const [scopeName, scope] of scopes) {
				if (target.kind === 'online' && scope.kind === 'site') continue;
				for (const state of states) {
					const texts = corpus(target, scope, state);
					const password = encryptPassword(rehearsalCredentials.password);
					const replies: Array<{results: unknown[]; tenant: unknown}> = [];
					for (const backend of [simulator!, powershell!]) {
						const tenantFile = writeTenant(tenant => {
							// The TypeScript simulator then speaks as PowerShell 7 does where texts differ by edition.
							tenant.powershell.edition = 'Core';
						});
						const process = await startBackend(backend, {tenantFile, env: password.env});
						const results: unknown[] = [];
						try {
							for (const text of texts) {
								const command = text.credential
									? credentialCommand({variable: 'credential', userNameLiteral: `'${rehearsalCredentials.userName}'`, cipherBase64: password.cipherBase64, padOffset: 0})
									: text.command;
								results.push({label: text.label, command: text.command, reply: (await process.request([command]))[0]});
							}
						} finally {
							await process.close();
						}

						const tenant = readTenant(tenantFile);
						replies.push({results, tenant: {policies: tenant.policies, users: tenant.users}});
					}

					const [onSimulator, onPowerShell] = replies;
					expect(onPowerShell, `${targetName}, ${scopeName}, ${state}: the simulator's replies, then real PowerShell's`).toEqual(onSimulator);
					compared += texts.length;
				}
			}

			console.log(`differential, ${targetName}: ${compared} texts, the same replies and tenants on both back ends`);
		}, 240_000);
	}
});
