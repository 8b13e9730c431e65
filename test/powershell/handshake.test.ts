/**
 * The handshake's first statement, `[Console]::OutputEncoding = ...`, is guarded (issue 10,
 * section 6): where it cannot run it must neither cost the handshake its answer nor write an
 * error. Without a console (Windows, DETACHED_PROCESS) the setter throws "The handle is
 * invalid": that needs Windows. Constrained Language Mode refuses the same statement ("Cannot
 * create type. Only core types are supported in this language mode."), and a real PowerShell
 * can be put into it here: so the guard is checked there, on the real engine, against the
 * unguarded statement it replaced.
 */
import {execa} from 'execa';
import {describe, expect, it} from 'vitest';
import {handshakeStatement, parseReplyLine} from '../../source/powershell/frame.js';
import {realPowerShell, realPowerShellMarker} from '../support/real-powershell.js';

const powershell = realPowerShell();
const unguarded = '[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false';
const guarded = `try { ${unguarded} } catch { }`;

/** Runs the handshake as the bridge sends it, in a PowerShell put into Constrained Language Mode first. */
async function constrainedHandshake(statement: string) {
	const result = await execa(powershell!.file, ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', '-'], {
		input: `$ExecutionContext.SessionState.LanguageMode = 'ConstrainedLanguage'\n${statement}\n\n`,
		reject: false,
		timeout: 60_000,
	});
	const replies = result.stdout.split('\n').map(line => parseReplyLine(line)).filter(reply => reply !== undefined);
	// pwsh 7 writes terminal mode sequences (ESC [?1h) around its output: not errors.
	const stderr = result.stderr.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').trim();
	return {replies, stderr};
}

describe('handshakeStatement', () => {
	it('starts with the guarded encoding statement', () => {
		expect(handshakeStatement('n').startsWith(`${guarded}; `)).toBe(true);
	});
});

describe.skipIf(!powershell)(`the handshake on a real PowerShell ${realPowerShellMarker}`, () => {
	it(`answers hello in Constrained Language Mode and writes no error ${realPowerShellMarker}`, async () => {
		const {replies, stderr} = await constrainedHandshake(handshakeStatement('clm1'));
		expect(replies).toEqual([{nonce: 'clm1', kind: 'hello', engineVersion: powershell!.version, languageMode: 'ConstrainedLanguage'}]);
		expect(stderr).toBe('');
	});

	it(`the unguarded statement it replaced writes an error there (what the guard is for) ${realPowerShellMarker}`, async () => {
		const {replies, stderr} = await constrainedHandshake(handshakeStatement('clm2').replace(guarded, unguarded));
		expect(replies).toEqual([expect.objectContaining({nonce: 'clm2', kind: 'hello'})]);
		expect(stderr).toContain('Only core types are supported in this language mode');
	});
});
