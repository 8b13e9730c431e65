import {type Tenant, type TenantImConfiguration, type TenantPolicy, type TenantPool, type TenantUser, poolSite, saveTenant, userRegistrarPool} from './tenant.js';

export type UserLookup = {kind: 'found'; user: TenantUser} | {kind: 'missing'} | {kind: 'ambiguous'; users: TenantUser[]};

/**
 * The simulated tenant in memory, indexed for the cmdlets: users by every identity form
 * Grant-CsClientPolicy accepts, policies by identity. Changes mark it dirty; the host writes it
 * once per request (or interactive statement), not once per command. Counters (requests handled)
 * alone do not make a request write the file: they are written with the next change, when the
 * process is idle, or when it ends.
 */
export class Directory {
	private readonly users = new Map<string, TenantUser[]>();
	private readonly policies = new Map<string, TenantPolicy>();
	private dirty = false;
	private statsDirty = false;
	private idleWrite: NodeJS.Timeout | undefined;

	constructor(
		readonly tenant: Tenant,
		private readonly path: string | undefined,
	) {
		this.reindex();
	}

	private reindex(): void {
		this.users.clear();
		for (const user of this.tenant.users) {
			for (const key of identityKeys(user, this.tenant.netbiosDomain)) {
				const list = this.users.get(key);
				if (!list) this.users.set(key, [user]);
				else if (!list.includes(user)) list.push(user);
			}
		}

		this.policies.clear();
		for (const policy of this.tenant.policies) this.policies.set(policy.identity.toLowerCase(), policy);
	}

	markDirty(): void {
		this.dirty = true;
	}

	/** Only a counter changed: written with the next change, or after a moment without requests. */
	markStatsChanged(): void {
		this.statsDirty = true;
		clearTimeout(this.idleWrite);
		this.idleWrite = setTimeout(() => this.flushAll(), 100);
		this.idleWrite.unref();
	}

	/** Writes the tenant file if the tenant changed since the last write. */
	flush(): void {
		if (!this.dirty) return;
		this.write();
	}

	/** Writes the tenant file if anything changed, counters included (at the end, before a hang). */
	flushAll(): void {
		if (this.dirty || this.statsDirty) this.write();
	}

	private write(): void {
		clearTimeout(this.idleWrite);
		this.dirty = false;
		this.statsDirty = false;
		if (this.path) saveTenant(this.path, this.tenant);
	}

	findUser(identity: string): UserLookup {
		const key = identity.trim().toLowerCase();
		// A SIP address may be given without its `sip:` prefix.
		let list = this.users.get(key);
		if ((!list || list.length === 0) && !key.startsWith('sip:') && key.includes('@')) list = this.users.get('sip:' + key);
		if (!list || list.length === 0) return {kind: 'missing'};
		if (list.length > 1) return {kind: 'ambiguous', users: list};
		return {kind: 'found', user: list[0] as TenantUser};
	}

	allUsers(): readonly TenantUser[] {
		return this.tenant.users;
	}

	removeUser(user: TenantUser): void {
		const index = this.tenant.users.indexOf(user);
		if (index < 0) return;
		this.tenant.users.splice(index, 1);
		this.reindex();
		this.markDirty();
	}

	setUserPolicy(user: TenantUser, policyName: string | null): void {
		if (user.clientPolicy === policyName) return;
		user.clientPolicy = policyName;
		this.markDirty();
	}

	/** `identity` already normalized (`Global`, `Site:X`, `Tag:X`). */
	policy(identity: string): TenantPolicy | undefined {
		return this.policies.get(identity.toLowerCase());
	}

	allPolicies(): readonly TenantPolicy[] {
		return this.tenant.policies;
	}

	addPolicy(policy: TenantPolicy): void {
		this.tenant.policies.push(policy);
		this.policies.set(policy.identity.toLowerCase(), policy);
		this.markDirty();
	}

	removePolicy(policy: TenantPolicy): void {
		const index = this.tenant.policies.indexOf(policy);
		if (index >= 0) this.tenant.policies.splice(index, 1);
		this.policies.delete(policy.identity.toLowerCase());
		this.markDirty();
	}

	setPolicyValue(policy: TenantPolicy, value: boolean | null): void {
		if (policy.enableIMAutoArchiving === value) return;
		policy.enableIMAutoArchiving = value;
		this.markDirty();
	}

	site(name: string): string | undefined {
		return this.tenant.sites.find(site => site.toLowerCase() === name.toLowerCase());
	}

	// ---------------------------------------------------------------- IM configurations (few: no index)

	/** `identity` already normalized (`Global`, `Site:X`). */
	imConfiguration(identity: string): TenantImConfiguration | undefined {
		const key = identity.toLowerCase();
		return this.tenant.imConfigurations.find(configuration => configuration.identity.toLowerCase() === key);
	}

	allImConfigurations(): readonly TenantImConfiguration[] {
		return this.tenant.imConfigurations;
	}

	addImConfiguration(configuration: TenantImConfiguration): void {
		this.tenant.imConfigurations.push(configuration);
		this.markDirty();
	}

	removeImConfiguration(configuration: TenantImConfiguration): void {
		const index = this.tenant.imConfigurations.indexOf(configuration);
		if (index < 0) return;
		this.tenant.imConfigurations.splice(index, 1);
		this.markDirty();
	}

	setOfflineIm(configuration: TenantImConfiguration, value: boolean): void {
		if (configuration.enableOfflineIm === value) return;
		configuration.enableOfflineIm = value;
		this.markDirty();
	}

	// ---------------------------------------------------------------- pools

	allPools(): readonly TenantPool[] {
		return this.tenant.pools;
	}

	pool(fqdn: string): TenantPool | undefined {
		const key = fqdn.trim().toLowerCase();
		return this.tenant.pools.find(pool => pool.fqdn.toLowerCase() === key);
	}

	/** The pool's site (bare name) with the tenant's defaults applied. */
	poolSite(pool: TenantPool): string | undefined {
		return poolSite(this.tenant, pool);
	}

	// ---------------------------------------------------------------- admin roles

	/**
	 * The RBAC roles of an account, or undefined when it is not found. Without `adminRoles` every
	 * account is a CsAdministrator. Microsoft's reference says Get-CsAdminRoleAssignment takes the
	 * SamAccountName only; the simulated one also takes the account as the tenant lists it
	 * (`DOMAIN\user` or a UPN), and a listed `DOMAIN\user` by its bare user name.
	 */
	adminRoles(identity: string): readonly string[] | undefined {
		const {adminRoles} = this.tenant;
		if (!adminRoles) return ['CsAdministrator'];
		const key = identity.trim().toLowerCase();
		const entry = adminRoles.find(candidate => {
			const account = candidate.account.toLowerCase();
			return account === key || (account.includes('\\') && account.slice(account.indexOf('\\') + 1) === key);
		});
		return entry?.roles;
	}

	/** The user's registrar pool fqdn with the tenant's defaults applied. */
	registrarPool(user: TenantUser): string | undefined {
		return userRegistrarPool(this.tenant, user);
	}
}

export function distinguishedName(user: TenantUser): string {
	const domain = user.userPrincipalName.split('@')[1] ?? 'contoso.com';
	return `CN=${user.displayName},CN=Users,${domain
		.split('.')
		.map(part => `DC=${part}`)
		.join(',')}`;
}

function identityKeys(user: TenantUser, netbios: string): string[] {
	const keys = [
		user.sipAddress.toLowerCase(),
		user.userPrincipalName.toLowerCase(),
		`${netbios}\\${user.samAccountName}`.toLowerCase(),
		user.displayName.toLowerCase(),
		distinguishedName(user).toLowerCase(),
	];
	return keys.filter((key, index) => keys.indexOf(key) === index);
}
