/**
 * Connecting through the real bridge to the simulator, and the plain-language fix given for each
 * way it fails: the fixes must match PowerShell's own error texts and ids, as the simulator
 * reproduces them.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {connect} from '../../source/engine/connect.js';
import type {Target} from '../../source/plan/choices.js';
import {connectionSteps} from '../../source/plan/connection.js';
import type {Step} from '../../source/plan/plan.js';
import {PowerShellSession} from '../../source/powershell/session.js';
import {simulatorExecutable} from '../../source/simulator/locate.js';
import {rehearsalCredentials} from '../../source/simulator/sample-tenant.js';
import {tenantVariable} from '../../source/simulator/tenant.js';
import {writeTenant, type TenantOverrides} from '../support/simulator.js';

const simulator = simulatorExecutable();
const sessions: PowerShellSession[] = [];

afterEach(async () => {
	await Promise.all(sessions.splice(0).map(async session => session.stop()));
});

async function connectTo(target: Target, overrides?: TenantOverrides, password?: string) {
	const session = await PowerShellSession.start({
		executable: {file: simulator.file, prefixArgs: simulator.prefixArgs, display: simulator.display, simulated: true},
		env: {[tenantVariable]: writeTenant(overrides)},
	});
	sessions.push(session);
	const steps: Step[] = connectionSteps(target).map((draft, index) => ({...draft, id: `connect-${index + 1}`}));
	return connect(session, steps, target.signIn, password === undefined ? {} : {password});
}

const pool: Target = {kind: 'server', pool: 'pool01.contoso.com', signIn: {kind: 'credential', userName: rehearsalCredentials.userName}};

describe('connect', () => {
	it('connects to a pool with a typed password', async () => {
		expect(await connectTo(pool, undefined, rehearsalCredentials.password)).toEqual({ok: true});
	});

	it('says the password or the account is wrong when WinRM denies access', async () => {
		const result = await connectTo(pool, undefined, 'wrong');
		expect(result).toMatchObject({ok: false, hint: 'credentials', error: expect.stringMatching(/Access is denied/)});
	});

	it('says the pool cannot be reached when its name does not resolve', async () => {
		const result = await connectTo({...pool, pool: 'pool99.contoso.com'}, undefined, rehearsalCredentials.password);
		expect(result).toMatchObject({ok: false, hint: 'poolUnreachable'});
	});

	it('says the pool cannot be reached when WinRM times out', async () => {
		const result = await connectTo(pool, {signIn: {connectionError: 'unreachable'}}, rehearsalCredentials.password);
		expect(result).toMatchObject({ok: false, hint: 'poolUnreachable'});
	});

	it('points at the execution policy when the connector module is blocked', async () => {
		const result = await connectTo({kind: 'online', signIn: {kind: 'integrated'}}, {executionPolicies: {LocalMachine: 'Restricted'}});
		expect(result).toMatchObject({ok: false, hint: 'executionPolicy', error: expect.stringContaining('running scripts is disabled')});
	});

	it('says the module is missing for this PowerShell when Import-Module finds none', async () => {
		const result = await connectTo({kind: 'server', signIn: {kind: 'integrated'}}, {modules: []});
		expect(result).toMatchObject({ok: false, hint: 'moduleNotFound'});
	});

	it('refuses a credential sign-in without a password, naming what is missing', async () => {
		const result = await connectTo(pool);
		expect(result).toMatchObject({ok: false, hint: 'credentials'});
	});
});
