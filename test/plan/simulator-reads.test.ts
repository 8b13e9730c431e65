/**
 * The plan's read commands, run by the simulator as the engine runs them, then read back into a
 * snapshot: the command texts and the readers agree on the shape of the output.
 */
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices} from '../../source/plan/choices.js';
import {snapshotFromReads} from '../../source/plan/snapshot.js';
import {ensureSimulatorBuilt, type SimulatorProcess, startSimulator, writeTenant} from '../support/simulator.js';

beforeAll(async () => {
	await ensureSimulatorBuilt();
}, 60_000);

const running: SimulatorProcess[] = [];
afterEach(() => {
	for (const process of running.splice(0)) process.kill();
});

async function readAll(choices: Choices) {
	const tenantFile = writeTenant(tenant => {
		// Two users share a display name: "Tony Smith" is ambiguous.
		tenant.users.push({sipAddress: 'sip:tony2@contoso.com', userPrincipalName: 'tony2@contoso.com', samAccountName: 'tony2', displayName: 'Tony Smith', clientPolicy: null});
	});
	const simulator = startSimulator({tenantFile});
	running.push(simulator);
	await simulator.handshake();
	const plan = buildPlan(choices);
	const connect = plan.steps.filter(step => step.phase === 'connect');
	const reads = plan.steps.filter(step => step.phase === 'read');
	expect((await simulator.request(connect.map(step => step.command))).every(result => result.ok)).toBe(true);
	const results = await simulator.request(reads.map(step => step.command));
	return snapshotFromReads(reads.map((step, index) => ({step, outcome: results[index]!})));
}

describe('reads against the simulator', () => {
	it('reads policies with Identity as a string, and each user as found, not found or ambiguous', async () => {
		const snapshot = await readAll({
			target: {kind: 'server', signIn: {kind: 'integrated'}},
			state: 'off',
			scope: {kind: 'users', policy: 'SalesPolicy', policyMode: 'auto', users: ['Ken Myer', 'Ghost', 'Tony Smith']},
		});
		expect(snapshot.policy).toEqual({identity: 'Tag:SalesPolicy', enableIMAutoArchiving: true});
		expect(snapshot.perUserPolicies).toEqual([
			{identity: 'Tag:SalesPolicy', enableIMAutoArchiving: true},
			{identity: 'Tag:NoSavedIM', enableIMAutoArchiving: false},
		]);
		expect(snapshot.unreadable).toBeUndefined();
		expect(snapshot.users).toEqual([
			{identity: 'Ken Myer', found: true, sipAddress: 'sip:kenmyer@contoso.com', displayName: 'Ken Myer', clientPolicy: 'SalesPolicy', registrarPool: 'pool01.contoso.com'},
			{identity: 'Ghost', found: false, unresolved: 'not-found', clientPolicy: null, error: expect.stringContaining('Management object not found for identity')},
			{identity: 'Tony Smith', found: false, unresolved: 'ambiguous', clientPolicy: null, error: expect.any(String)},
		]);
	});

	it('reads the Global policy and the per-user policy holders', async () => {
		const snapshot = await readAll({target: {kind: 'server', signIn: {kind: 'integrated'}}, state: 'off', scope: {kind: 'global'}});
		expect(snapshot.global).toEqual({identity: 'Global', enableIMAutoArchiving: null});
		expect(snapshot.perUserPolicyHolders).toEqual([
			{identity: 'sip:kenmyer@contoso.com', clientPolicy: 'SalesPolicy'},
			{identity: 'sip:kobrien@contoso.com', clientPolicy: 'NoSavedIM'},
			{identity: 'sip:zmuller@contoso.com', clientPolicy: 'SalesPolicy'},
		]);
	});
});
