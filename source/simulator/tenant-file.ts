/**
 * The simulated tenant's file without its schema: the rehearsal (apply --simulate, the wizard)
 * names and copies the file; only the simulator parses it, with zod. Apart from tenant.ts so
 * that a rehearsal does not load zod (about 750 kB of bundle).
 */
import {renameSync, writeFileSync} from 'node:fs';
import type {Tenant, TenantInput} from './tenant.js';

/** Names the simulated tenant's JSON file; tests pass their own, `--simulate` a copy of the sample. */
export const tenantVariable = 'OFFLINE_IM_SIMULATOR_TENANT';

/** Writes the whole file at once (temporary file + rename), so a killed process never leaves half a file. */
export function saveTenant(path: string, tenant: Tenant | TenantInput): void {
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, JSON.stringify(tenant, null, '\t') + '\n', 'utf8');
	renameSync(temporary, path);
}
