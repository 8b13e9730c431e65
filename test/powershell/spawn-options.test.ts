/**
 * How PowerShell is started on each platform (issue 10, section 6): detached only off Windows
 * (on Windows `detached` is DETACHED_PROCESS, no console, and Windows PowerShell's console host
 * fails without one), and on Windows hidden except when Microsoft's sign-in window must show.
 * The options are a pure function of the platform, so every platform is checked here; the
 * second part checks on this machine that the real bridge starts its process with them.
 */
import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {PowerShellSession, spawnOptionsFor} from '../../source/powershell/session.js';
import {simulatorExecutable} from '../../source/simulator/locate.js';
import {tenantVariable} from '../../source/simulator/tenant.js';
import {writeTenant} from '../support/simulator.js';

describe('spawnOptionsFor', () => {
	it('on Windows: never detached, hidden by default', () => {
		expect(spawnOptionsFor('win32')).toEqual({detached: false, windowsHide: true});
		expect(spawnOptionsFor('win32', {interactiveSignIn: false})).toEqual({detached: false, windowsHide: true});
	});

	it('on Windows with the Online interactive sign-in: not hidden, so that the MFA window shows', () => {
		expect(spawnOptionsFor('win32', {interactiveSignIn: true})).toEqual({detached: false, windowsHide: false});
	});

	it.each(['linux', 'darwin'] as const)('on %s: detached (its own process group), with or without the interactive sign-in', platform => {
		expect(spawnOptionsFor(platform)).toEqual({detached: true, windowsHide: false});
		expect(spawnOptionsFor(platform, {interactiveSignIn: true})).toEqual({detached: true, windowsHide: false});
	});
});

/** The process group of a process, from /proc (Linux) — the fifth field of /proc/PID/stat. */
function processGroupOf(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	// The command name (field 2) is in parentheses and may hold spaces: read after its end.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return Number(fields[2]);
}

describe.skipIf(process.platform !== 'linux')('the bridge starts PowerShell with them (Linux)', () => {
	const sessions: PowerShellSession[] = [];
	afterEach(async () => {
		await Promise.all(sessions.splice(0).map(async session => session.stop()));
	});

	it('leads its own process group, so the terminal’s Ctrl+C does not reach it', async () => {
		const simulator = simulatorExecutable();
		const session = await PowerShellSession.start({
			executable: {file: simulator.file, prefixArgs: simulator.prefixArgs, display: simulator.display, simulated: true},
			env: {[tenantVariable]: writeTenant()},
		});
		sessions.push(session);
		expect(session.pid).toBeDefined();
		expect(processGroupOf(session.pid!)).toBe(session.pid);
		expect(processGroupOf(process.pid)).not.toBe(session.pid);
	});
});
