/**
 * Rehearsal mode (`--simulate`): the same code path as a real run, against a simulated tenant
 * kept in the config folder. The tenant persists between runs, so a second run sees what the
 * first changed; `resetRehearsalTenant` starts over.
 *
 * Which engine rehearses:
 * - a real PowerShell when one is found (`--powershell PATH`, OFFLINE_IM_POWERSHELL, Windows
 *   PowerShell, `pwsh` on the PATH): the prerequisite checks then show the admin's real engine,
 *   bitness, language mode and execution policies, and only the Skype for Business side is
 *   simulated, by the PowerShell stand-in module (source/simulator/stand-in/), defined through
 *   the command stream right after the handshake;
 * - otherwise the PowerShell simulator (source/simulator/), which simulates the engine too.
 * OFFLINE_IM_REHEARSAL_ENGINE=simulator picks the simulator even where a PowerShell exists (a
 * trainer showing what an old or 32-bit PowerShell looks like: those facts are the tenant's).
 */
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {locatePowerShell, type Located, type PowerShellExecutable} from '../powershell/locate.js';
import {simulatorExecutable} from '../simulator/locate.js';
import {sampleTenant} from '../simulator/sample-tenant.js';
import {saveTenant, tenantVariable} from '../simulator/tenant-file.js';

export const rehearsalEngineVariable = 'OFFLINE_IM_REHEARSAL_ENGINE';

export type Rehearsal = {
	/** The simulator, or the real PowerShell with the stand-in; not ok when a named PowerShell is missing. */
	located: Located;
	tenantFile: string;
	env: Record<string, string>;
};

export function rehearsalTenantPath(configFolder: string): string {
	return path.join(configFolder, 'rehearsal-tenant.json');
}

export function resetRehearsalTenant(tenantFile: string): void {
	// The first run on a machine: the config folder may not exist yet.
	mkdirSync(path.dirname(tenantFile), {recursive: true});
	saveTenant(tenantFile, sampleTenant());
}

export type RehearsalInput = {
	configFolder: string;
	/** Another tenant (tests, training scenarios); otherwise the sample, copied the first time. */
	tenantFile?: string;
	/** `--powershell PATH`: rehearse on that PowerShell, never on the simulator. */
	powershellFlag?: string;
	env: NodeJS.ProcessEnv;
	platform?: NodeJS.Platform;
};

export function prepareRehearsal({configFolder, tenantFile, powershellFlag, env, platform}: RehearsalInput): Rehearsal {
	const file = tenantFile ?? rehearsalTenantPath(configFolder);
	if (!existsSync(file)) resetRehearsalTenant(file);
	const tenantEnv = {[tenantVariable]: file};
	const engine = env[rehearsalEngineVariable];

	// --powershell PATH always rehearses on that PowerShell.
	if (powershellFlag || engine !== 'simulator') {
		const located = locatePowerShell({...(powershellFlag ? {flag: powershellFlag} : {}), env, ...(platform ? {platform} : {})});
		const named = Boolean(powershellFlag || env['OFFLINE_IM_POWERSHELL']) || engine === 'powershell';
		if (located.ok) {
			const executable: PowerShellExecutable = {...located.executable, simulated: true, standIn: {simulatedModules: simulatedModules(file)}};
			return {located: {ok: true, executable}, tenantFile: file, env: tenantEnv};
		}

		// A PowerShell the admin named and that is not there is reported, not replaced.
		if (named) return {located, tenantFile: file, env: tenantEnv};
	}

	const simulator = simulatorExecutable();
	return {
		located: {ok: true, executable: {file: simulator.file, prefixArgs: simulator.prefixArgs, display: simulator.display, simulated: true}},
		tenantFile: file,
		env: tenantEnv,
	};
}

/** The modules the stand-in adds to Get-Module -ListAvailable: the tenant's (read without its schema). */
function simulatedModules(tenantFile: string): string[] {
	try {
		const tenant = JSON.parse(readFileSync(tenantFile, 'utf8')) as {modules?: Array<{name?: unknown}>};
		return (tenant.modules ?? []).flatMap(module => (typeof module.name === 'string' ? [module.name] : []));
	} catch {
		// The stand-in reports an unreadable tenant itself, when it is defined.
		return [];
	}
}
