/**
 * The benchmark's tenants and users files: the sample tenant with N more users, and a CSV naming
 * them all. One user in 500 already holds a per-user policy, so the grant replaces it (and the
 * review warns about it), as in a real organization.
 */
import {copyFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {sampleTenant} from '../../source/simulator/sample-tenant.js';
import {saveTenant} from '../../source/simulator/tenant.js';

export type Workload = {
	count: number;
	folder: string;
	/** The tenant before any run; copy it with `freshTenant` for each run. */
	tenantFile: string;
	usersFile: string;
};

const alias = (index: number) => `benchuser${String(index).padStart(5, '0')}`;

export function writeWorkload(folder: string, count: number): Workload {
	const tenant = sampleTenant();
	for (let index = 1; index <= count; index++) {
		tenant.users.push({
			sipAddress: `sip:${alias(index)}@contoso.com`,
			userPrincipalName: `${alias(index)}@contoso.com`,
			samAccountName: alias(index),
			displayName: `Bench User ${index}`,
			clientPolicy: index % 500 === 0 ? 'SalesPolicy' : null,
		});
	}

	const tenantFile = path.join(folder, `tenant-${count}.json`);
	saveTenant(tenantFile, tenant);
	const usersFile = path.join(folder, `users-${count}.csv`);
	const rows = Array.from({length: count}, (_, index) => `${alias(index + 1)}@contoso.com`);
	writeFileSync(usersFile, ['UserPrincipalName', ...rows].join('\n') + '\n');
	return {count, folder, tenantFile, usersFile};
}

/** A copy of the untouched tenant for one run (a run changes it). */
export function freshTenant(workload: Workload, name: string): string {
	const file = path.join(workload.folder, `${name}.json`);
	copyFileSync(workload.tenantFile, file);
	return file;
}
