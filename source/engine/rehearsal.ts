/**
 * Rehearsal mode (`--simulate`): the same code path as a real run, with the PowerShell simulator
 * as the executable and a simulated tenant kept in the config folder. The tenant persists
 * between runs, so a second run sees what the first changed; `resetRehearsalTenant` starts over.
 */
import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import type {PowerShellExecutable} from '../powershell/locate.js';
import {simulatorExecutable} from '../simulator/locate.js';
import {sampleTenant} from '../simulator/sample-tenant.js';
import {saveTenant, tenantVariable} from '../simulator/tenant-file.js';

export type Rehearsal = {
	executable: PowerShellExecutable;
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

/**
 * The simulator and its tenant. `tenantFile` may name another tenant (tests, training
 * scenarios); otherwise the sample tenant is copied to the config folder the first time.
 */
export function prepareRehearsal(configFolder: string, tenantFile?: string): Rehearsal {
	const file = tenantFile ?? rehearsalTenantPath(configFolder);
	if (!existsSync(file)) resetRehearsalTenant(file);
	const simulator = simulatorExecutable();
	return {
		executable: {file: simulator.file, prefixArgs: simulator.prefixArgs, display: simulator.display, simulated: true},
		tenantFile: file,
		env: {[tenantVariable]: file},
	};
}
