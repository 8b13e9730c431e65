/**
 * The frames' PowerShell text itself, run by the simulator's interpreter instead of being
 * recognised by its shape: a trailing `; $null` defeats the pattern, so the statements are parsed
 * and run as PowerShell would run them. This checks that what the bridge sends is valid
 * PowerShell doing what frame.ts says (results in order, stopOnError's `break`, variables kept
 * between requests), not only that the simulator recognises it.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {handshakeStatement, parseReplyLine, requestStatement} from '../../source/powershell/frame.js';
import {startSimulator, writeTenant, type SimulatorProcess} from '../support/simulator.js';

const started: SimulatorProcess[] = [];

afterEach(async () => {
	for (const simulator of started.splice(0)) simulator.child.kill();
});

async function replyTo(simulator: SimulatorProcess, statement: string, nonce: string) {
	simulator.send(`${statement}; $null`);
	simulator.send('');
	const line = await simulator.waitForLine(candidate => {
		const reply = parseReplyLine(candidate);
		return reply?.nonce === nonce && reply.kind !== 'tick';
	});
	return parseReplyLine(line)!;
}

describe('the frames as PowerShell text', () => {
	it('answers the handshake with the engine version', async () => {
		const simulator = startSimulator({tenantFile: writeTenant()});
		started.push(simulator);
		expect(await replyTo(simulator, handshakeStatement('hs1'), 'hs1')).toEqual({nonce: 'hs1', kind: 'hello', engineVersion: '5.1.19041.4648', languageMode: 'FullLanguage'});
	});

	it('runs each command in its own try/catch, ticks after each, and keeps variables for later requests', async () => {
		const simulator = startSimulator({tenantFile: writeTenant()});
		started.push(simulator);
		await replyTo(simulator, handshakeStatement('hs2'), 'hs2');
		const reply = await replyTo(simulator, requestStatement({nonce: 'rq1', commands: ["$kept = 'still here'", 'Get-Nothing', '1 + 1'], stopOnError: false}), 'rq1');
		expect(reply).toMatchObject({kind: 'results', results: [{ok: true, output: []}, {ok: false}, {ok: true, output: [2]}]});
		expect(simulator.lines.filter(line => line.includes('rq1 tick'))).toHaveLength(3);
		const later = await replyTo(simulator, requestStatement({nonce: 'rq2', commands: ['$kept'], stopOnError: false}), 'rq2');
		expect(later).toMatchObject({kind: 'results', results: [{ok: true, output: ['still here']}]});
	});

	it('stops at the first failure with stopOnError', async () => {
		const simulator = startSimulator({tenantFile: writeTenant()});
		started.push(simulator);
		await replyTo(simulator, handshakeStatement('hs3'), 'hs3');
		const reply = await replyTo(simulator, requestStatement({nonce: 'rq3', commands: ['1', 'Get-Nothing', '3'], stopOnError: true}), 'rq3');
		expect(reply).toMatchObject({kind: 'results', results: [{ok: true}, {ok: false}]});
	});
});
