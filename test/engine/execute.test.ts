/**
 * The execution engine with the real bridge and the simulator: batching, stopping between
 * requests, and the rollback script following what actually ran.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {batchSteps, executePlan} from '../../source/engine/execute.js';
import {Journal} from '../../source/engine/journal.js';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices} from '../../source/plan/choices.js';
import type {Step} from '../../source/plan/plan.js';
import {renderRollbackScript} from '../../source/plan/render-script.js';
import {checkVerification} from '../../source/plan/verification.js';
import {PowerShellSession} from '../../source/powershell/session.js';
import {simulatorExecutable} from '../../source/simulator/locate.js';
import {tenantVariable} from '../../source/simulator/tenant.js';
import {readJournal, temporaryFolder} from '../support/cli.js';
import {readTenant, writeTenant} from '../support/simulator.js';

const simulator = simulatorExecutable();
const sessions: PowerShellSession[] = [];

afterEach(async () => {
	await Promise.all(sessions.splice(0).map(async session => session.stop()));
});

function step(id: string, kind: Step['kind']): Step {
	return {id, phase: 'change', kind, command: id, rollback: []};
}

describe('batchSteps', () => {
	it('groups consecutive grants up to the batch size and keeps every other step alone', () => {
		const steps = [step('new', 'new-policy'), step('set', 'set-policy'), ...['a', 'b', 'c', 'd', 'e'].map(id => step(id, 'grant'))];
		expect(batchSteps(steps, 2).map(batch => batch.map(item => item.id))).toEqual([['new'], ['set'], ['a', 'b'], ['c', 'd'], ['e']]);
	});
});

describe('executePlan against the simulator', () => {
	const users = Array.from({length: 7}, (_, index) => `user${index + 1}@contoso.com`);

	async function setUp() {
		const tenantFile = writeTenant(tenant => {
			tenant.users = users.map((upn, index) => ({
				sipAddress: `sip:${upn}`,
				userPrincipalName: upn,
				samAccountName: `user${index + 1}`,
				displayName: `User ${index + 1}`,
				clientPolicy: null,
			}));
		});
		const session = await PowerShellSession.start({
			executable: {file: simulator.file, prefixArgs: simulator.prefixArgs, display: simulator.display, simulated: true},
			env: {[tenantVariable]: tenantFile},
		});
		sessions.push(session);
		await session.runOne('Import-Module SkypeForBusiness');
		const choices: Choices = {
			target: {kind: 'server', signIn: {kind: 'integrated'}},
			state: 'off',
			scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'create', users},
		};
		const plan = buildPlan(choices, {policy: 'missing', users: users.map(identity => ({identity, found: true, clientPolicy: null}))});
		const folder = temporaryFolder();
		const journal = Journal.open(path.join(folder, 'run.jsonl'));
		const rollbackFile = path.join(folder, 'run.rollback.ps1');
		return {tenantFile, session, plan, journal, rollbackFile};
	}

	it('stops cleanly between two requests when asked, and the rollback covers only what ran', async () => {
		const {tenantFile, session, plan, journal, rollbackFile} = await setUp();
		let finishedChangeRequests = 0;
		const report = await executePlan(session, plan, {
			continueOnError: false,
			journal,
			batchSize: 3,
			verify: (verifyStep, output) => ({ok: checkVerification(verifyStep, {ok: true, output}).ok, found: ''}),
			writeRollback: ran => {
				writeFileSync(rollbackFile, renderRollbackScript(plan, 'en', {ran}));
			},
			onProgress: progress => {
				// Told once when a request starts (with the current step) and once when it ends.
				if (progress.current === undefined && progress.phase === 'change') finishedChangeRequests += 1;
			},
			// new-policy, set-policy, then one batch of three grants: stop there.
			isStopRequested: () => finishedChangeRequests >= 3,
		});
		journal.close();

		expect(report.outcome).toBe('interrupted');
		const statuses = report.changes.map(record => `${record.step.kind}:${record.status}`);
		expect(statuses.filter(status => status === 'grant:done')).toHaveLength(3);
		expect(statuses.filter(status => status === 'grant:skipped')).toHaveLength(4);
		expect(readTenant(tenantFile).users.filter(user => user.clientPolicy === 'OfflineIM')).toHaveLength(3);

		const rollback = readFileSync(rollbackFile, 'utf8');
		expect(rollback).toContain("Grant-CsClientPolicy -Identity 'user3@contoso.com' -PolicyName $null");
		expect(rollback).not.toContain("Grant-CsClientPolicy -Identity 'user4@contoso.com' -PolicyName $null");
		expect(readJournal(path.join(path.dirname(rollbackFile), 'run.jsonl'))).toContainEqual(
			expect.objectContaining({type: 'interrupted', remaining: 4}),
		);
	});

	it('sends grants in batches, with one result per user', async () => {
		const {tenantFile, session, plan, journal} = await setUp();
		const report = await executePlan(session, plan, {
			continueOnError: false,
			journal,
			batchSize: 4,
			verify: (verifyStep, output) => ({ok: checkVerification(verifyStep, {ok: true, output}).ok, found: ''}),
			writeRollback: () => {},
		});
		journal.close();
		expect(report.outcome).toBe('done');
		expect(report.changes.every(record => record.status === 'done')).toBe(true);
		// The simulator writes its counters when it ends.
		await session.stop();
		// Import-Module, then new, set, 2 grant batches (4 + 3), verify-policy, 2 verify-user batches.
		expect(readTenant(tenantFile).stats.requests).toBe(8);
	});
});
