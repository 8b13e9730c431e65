/**
 * One conformance suite, two back ends (issue 9): the TypeScript simulator, and a real PowerShell
 * with the PowerShell stand-in for the Skype for Business module. A suite written with
 * `describeOnBackends` runs its tests, with the same assertions, on both; on a machine without a
 * real PowerShell the second copy is skipped (the global setup prints why once).
 */
import {describe} from 'vitest';
import type {PowerShellExecutable} from '../../source/powershell/locate.js';
import {rehearsalEngineVariable} from '../../source/engine/rehearsal.js';
import {simulatorExecutable} from '../../source/simulator/locate.js';
import {standInScript} from '../../source/simulator/stand-in.js';
import {realPowerShell, realPowerShellMarker, type RealPowerShell} from './real-powershell.js';
import {startRealPowerShell, startSimulator, type SimulatorProcess, type StartOptions} from './simulator.js';

export type Backend =
	| {kind: 'simulator'; title: string}
	| {kind: 'powershell'; title: string; powershell: RealPowerShell | undefined};

export function allBackends(): Backend[] {
	const powershell = realPowerShell();
	return [
		{kind: 'simulator', title: 'the simulator'},
		{kind: 'powershell', title: `PowerShell ${powershell?.version ?? '(none found)'} with the stand-in ${realPowerShellMarker}`, powershell},
	];
}

/** The real PowerShell of a `powershell` back end (only called inside its tests, never skipped ones). */
export function powershellOf(backend: Backend): RealPowerShell {
	if (backend.kind !== 'powershell' || !backend.powershell) throw new Error(`${backend.title} has no real PowerShell`);
	return backend.powershell;
}

/** `describe(title on backend, body)` for each back end; the real one skipped where there is none. */
export function describeOnBackends(title: string, body: (backend: Backend) => void): void {
	for (const backend of allBackends()) {
		describe.skipIf(backend.kind === 'powershell' && !backend.powershell)(`${title}, on ${backend.title}`, () => body(backend));
	}
}

/** How the bridge starts this back end: the executable and, for the stand-in, its setup command. */
export function backendSession(backend: Backend): {executable: PowerShellExecutable; setupCommands?: string[]} {
	if (backend.kind === 'simulator') {
		const simulator = simulatorExecutable();
		return {executable: {file: simulator.file, prefixArgs: simulator.prefixArgs, display: simulator.display, simulated: true}};
	}

	const {file} = powershellOf(backend);
	return {
		executable: {file, prefixArgs: [], display: file, simulated: true, standIn: {simulatedModules: ['SkypeForBusiness', 'SkypeOnlineConnector']}},
		setupCommands: [standInScript()],
	};
}

/**
 * The environment that makes `offline-im --simulate` (the CLI, the wizard) rehearse on this back
 * end: the simulator even where a PowerShell exists, or this real PowerShell with the stand-in.
 */
export function rehearsalEnvironment(backend: Backend): Record<string, string> {
	if (backend.kind === 'simulator') return {[rehearsalEngineVariable]: 'simulator'};
	return {[rehearsalEngineVariable]: 'powershell', OFFLINE_IM_POWERSHELL: powershellOf(backend).file};
}

/** A process of this back end driven in frames, after its handshake (and the stand-in's definition). */
export async function startBackend(backend: Backend, options: StartOptions): Promise<SimulatorProcess> {
	if (backend.kind === 'simulator') {
		const simulator = startSimulator(options);
		await simulator.handshake();
		return simulator;
	}

	const process = startRealPowerShell(powershellOf(backend).file, options);
	await process.handshake(30_000);
	const defined = await process.defineStandIn();
	if (!defined.ok) throw new Error(`the stand-in could not be defined: ${defined.error}`);
	return process;
}
