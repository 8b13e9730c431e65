/**
 * Which PowerShell to start. The order: `--powershell PATH`, then `OFFLINE_IM_POWERSHELL`, then
 * on Windows the 64-bit Windows PowerShell (the Skype for Business modules are Windows PowerShell
 * modules), then `pwsh` on the PATH.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import which from 'which';

/** How to start a PowerShell-speaking process: the executable and any arguments before ours. */
export type PowerShellExecutable = {
	file: string;
	/** Arguments placed before the PowerShell switches (the simulator's script path). */
	prefixArgs: string[];
	/** What to show people: a path, or "PowerShell simulator (rehearsal)". */
	display: string;
	/** Rehearsal: the Skype for Business side (or, with the simulator, everything) is simulated. */
	simulated: boolean;
	/**
	 * Rehearsal on a real PowerShell: the engine, its bitness, language mode and execution
	 * policies are real; the Skype for Business modules named here are the stand-in's.
	 */
	standIn?: {simulatedModules: string[]};
};

/** A place looked in: the name, where it came from, and whether it exists but cannot be run. */
export type SearchedPlace = {name: string; source: string; notRunnable: boolean};

export type Located = {ok: true; executable: PowerShellExecutable} | {ok: false; searched: SearchedPlace[]};

export type LocateInput = {
	flag?: string;
	env: NodeJS.ProcessEnv;
	platform?: NodeJS.Platform;
	/** Architecture of this Node process, to reach 64-bit PowerShell from a 32-bit Node. */
	arch?: string;
};

/** The Windows PowerShell 5.1 that a 64-bit OS runs natively, from this process's point of view. */
export function windowsPowerShellPath(env: NodeJS.ProcessEnv, arch: string): string {
	const systemRoot = env['SystemRoot'] ?? env['SYSTEMROOT'] ?? 'C:\\Windows';
	// A 32-bit process on 64-bit Windows is redirected from System32 to SysWOW64 (32-bit
	// PowerShell, which cannot load the Skype modules); SysNative is the way out.
	const wow64 = arch === 'ia32' && Boolean(env['PROCESSOR_ARCHITEW6432']);
	return path.win32.join(systemRoot, wow64 ? 'SysNative' : 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
}

export function locatePowerShell({flag, env, platform = process.platform, arch = process.arch}: LocateInput): Located {
	const candidates: Array<{name: string; source: string}> = [];
	if (flag) candidates.push({name: flag, source: '--powershell'});
	else if (env['OFFLINE_IM_POWERSHELL']) candidates.push({name: env['OFFLINE_IM_POWERSHELL'], source: 'OFFLINE_IM_POWERSHELL'});
	else {
		if (platform === 'win32') candidates.push({name: windowsPowerShellPath(env, arch), source: 'Windows PowerShell'});
		candidates.push({name: 'pwsh', source: 'PATH'});
	}

	const searched: SearchedPlace[] = [];
	for (const candidate of candidates) {
		const found = which.sync(candidate.name, {nothrow: true, path: env['PATH'] ?? env['Path']});
		// A path that exists but is not a program (a typo, a folder, a file without the execute bit).
		const there = !found && /[\\/]/.test(candidate.name) && existsSync(candidate.name);
		searched.push({...candidate, notRunnable: there});
		if (found) {
			return {ok: true, executable: {file: found, prefixArgs: [], display: found, simulated: false}};
		}
	}

	return {ok: false, searched};
}
