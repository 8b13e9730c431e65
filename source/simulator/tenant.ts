import {readFileSync} from 'node:fs';
import {z} from 'zod';

export {saveTenant, tenantVariable} from './tenant-file.js';

export const executionPolicyNames = ['Undefined', 'Restricted', 'AllSigned', 'RemoteSigned', 'Unrestricted', 'Bypass'] as const;
export type ExecutionPolicyName = (typeof executionPolicyNames)[number];

const executionPolicy = z.enum(executionPolicyNames);
const version = z.string().regex(/^\d+(\.\d+){1,3}(-[0-9A-Za-z.]+)?$/, 'a version such as 5.1.19041.4648');

/** What a tenant without `imConfigurations` has: Global, EnableOfflineIm on (the default since Server 2015 CU3). */
export function defaultImConfigurations(): Array<{identity: string; enableOfflineIm: boolean}> {
	return [{identity: 'Global', enableOfflineIm: true}];
}

const tenantObject = z.object({
	/** What the simulated PowerShell reports about itself and the machine. */
	powershell: z.object({
		/** $PSVersionTable.PSVersion, e.g. `5.1.19041.4648`, `2.0`, `7.4.6`. */
		engineVersion: version,
		/** $PSVersionTable.PSEdition: `Desktop`, `Core`, or null before 5.1 (no such entry). */
		edition: z.enum(['Desktop', 'Core']).nullable(),
		/** $Host.Name and $Host.Version (a host may differ from the engine). */
		hostName: z.string().min(1),
		hostVersion: version,
		/** [Environment]::OSVersion.Platform. */
		platform: z.string().min(1).default('Win32NT'),
		/** [Environment]::OSVersion.VersionString. */
		osVersion: z.string().min(1),
		os64: z.boolean(),
		process64: z.boolean(),
		/** $ExecutionContext.SessionState.LanguageMode: AppLocker or WDAC make it ConstrainedLanguage. */
		languageMode: z.enum(['FullLanguage', 'ConstrainedLanguage', 'RestrictedLanguage', 'NoLanguage']).default('FullLanguage'),
		computerName: z.string().min(1).default('SFB-ADMIN01'),
	}),
	/** Get-ExecutionPolicy -List, per scope. `-ExecutionPolicy` on the command line overrides Process. */
	executionPolicies: z.object({
		MachinePolicy: executionPolicy,
		UserPolicy: executionPolicy,
		Process: executionPolicy,
		CurrentUser: executionPolicy,
		LocalMachine: executionPolicy,
	}),
	/** Get-Module -ListAvailable: installed modules. */
	modules: z.array(z.object({name: z.string().min(1), version})),
	/** Whether SkypeOnlineConnector.psd1 exists at the path of Microsoft's article. */
	onlineConnectorInstalled: z.boolean(),
	/** The NetBIOS domain for `DOMAIN\user` identities. */
	netbiosDomain: z.string().min(1),
	/** Front-end pools reachable by name (`[Net.Dns]::GetHostAddresses`, New-PSSession), as Get-CsPool lists them. */
	pools: z.array(
		z.object({
			fqdn: z.string().min(1),
			address: z.string().min(1),
			/** The site the pool is in (bare name, one of `sites`); absent: the first of `sites` (none when there are none). */
			site: z.string().min(1).optional(),
		}),
	),
	signIn: z.object({
		/** A session without -Credential (Windows account, or Online's MFA window) succeeds. */
		integratedAllowed: z.boolean(),
		/** User names and passwords a session with -Credential accepts. */
		credentials: z.array(z.object({userName: z.string().min(1), password: z.string()})),
		/** Every New-PSSession / New-CsOnlineSession fails this way. */
		connectionError: z.enum(['unreachable', 'access-denied']).nullable().default(null),
	}),
	sites: z.array(z.string().min(1)),
	/**
	 * The IM configurations (Get-CsImConfiguration, Skype for Business Server 2015 June 2016
	 * cumulative update and later): the server switch of offline IM. A site's, where it exists,
	 * governs the users homed in that site (through their registrar pool's site); otherwise Global
	 * does. EnableOfflineIm is $true by default since Server 2015 CU3, hence the default.
	 */
	imConfigurations: z
		.array(
			z.object({
				/** `Global` or `Site:Redmond`: IM configurations have no per-user (tag) scope. */
				identity: z.string().regex(/^(Global|Site:.+)$/, 'Global or Site:NAME'),
				enableOfflineIm: z.boolean(),
			}),
		)
		.default(defaultImConfigurations),
	policies: z.array(
		z.object({
			/** `Global`, `Site:Redmond` or `Tag:OfflineIM`. */
			identity: z.string().regex(/^(Global|Site:.+|Tag:.+)$/, 'Global, Site:NAME or Tag:NAME'),
			/** null: not set (the client decides, which behaves as on). */
			enableIMAutoArchiving: z.boolean().nullable(),
		}),
	),
	users: z.array(
		z.object({
			sipAddress: z.string().regex(/^sip:[^@\s]+@[^@\s]+$/i, 'sip:user@domain'),
			userPrincipalName: z.string().min(1),
			samAccountName: z.string().min(1),
			displayName: z.string().min(1),
			/** The per-user client policy's name (without `Tag:`), or null. */
			clientPolicy: z.string().min(1).nullable(),
			/** The fqdn of the user's registrar pool (one of `pools`); absent: the first pool's. */
			registrarPool: z.string().min(1).optional(),
		}),
	),
	/**
	 * Get-CsAdminRoleAssignment: the RBAC roles of each account (`DOMAIN\\user` or a UPN), e.g.
	 * CsAdministrator, CsUserAdministrator, CsViewOnlyAdministrator. Absent: every account is a
	 * CsAdministrator (so that a rehearsal is never refused); present: an account not listed is not found.
	 */
	adminRoles: z.array(z.object({account: z.string().min(1), roles: z.array(z.string().min(1))})).optional(),
	/*
	 * Faults. exitAfterRequests, hangOnRequest and replyDelayMs count the bridge's request frames:
	 * only the TypeScript simulator, which reads the frames itself, can inject them. The
	 * PowerShell stand-in (stand-in/offline-im-stand-in.ps1) runs inside a real PowerShell that
	 * reads the frames, so it injects only the per-command faults: commandDelayMs (each stand-in
	 * cmdlet call), failingGrants, exitOnGrant and hangOnGrant.
	 */
	faults: z
		.object({
			/** After this many requests, the next request makes the process exit with `exitCode`. */
			exitAfterRequests: z.object({requests: z.number().int().nonnegative(), exitCode: z.number().int()}).nullable().default(null),
			/** Request number N (1-based) never gets a reply; the process stays alive. */
			hangOnRequest: z.number().int().positive().nullable().default(null),
			/** Every request's reply is delayed by this many milliseconds. */
			replyDelayMs: z.number().int().nonnegative().default(0),
			/** Every command of a request takes this many milliseconds (a slow pool). */
			commandDelayMs: z.number().int().nonnegative().default(0),
			/** Grant-CsClientPolicy fails for these users (any identity form) with this message. */
			failingGrants: z.array(z.object({user: z.string().min(1), message: z.string().min(1)})).default([]),
			/**
			 * Grant-CsClientPolicy for this user (any identity form) makes the PowerShell process
			 * exit with `exitCode` (`[Environment]::Exit`), before anything changes.
			 */
			exitOnGrant: z.object({user: z.string().min(1), exitCode: z.number().int()}).nullable().default(null),
			/** Grant-CsClientPolicy for this user (any identity form) never returns; the process stays alive. */
			hangOnGrant: z.string().min(1).nullable().default(null),
		})
		.default({
			exitAfterRequests: null,
			hangOnRequest: null,
			replyDelayMs: 0,
			commandDelayMs: 0,
			failingGrants: [],
			exitOnGrant: null,
			hangOnGrant: null,
		}),
	stats: z
		.object({
			processStarts: z.number().int().nonnegative().default(0),
			requests: z.number().int().nonnegative().default(0),
		})
		.default({processStarts: 0, requests: 0}),
	/** Every stdin line is appended to this file (tests prove a password never crosses stdin). */
	recordStdinTo: z.string().min(1).optional(),
});

export const tenantSchema = tenantObject.superRefine((tenant, context) => {
	const globals = tenant.policies.filter(policy => policy.identity === 'Global').length;
	if (globals !== 1) context.addIssue({code: 'custom', path: ['policies'], message: 'exactly one Global policy is required'});
	const identities = new Set<string>();
	for (const [index, policy] of tenant.policies.entries()) {
		const key = policy.identity.toLowerCase();
		if (identities.has(key)) context.addIssue({code: 'custom', path: ['policies', index, 'identity'], message: 'duplicate policy identity'});
		identities.add(key);
		if (key.startsWith('site:') && !tenant.sites.some(site => site.toLowerCase() === key.slice(5))) {
			context.addIssue({code: 'custom', path: ['policies', index, 'identity'], message: 'the site is not in sites'});
		}
	}

	const hasSite = (name: string): boolean => tenant.sites.some(site => site.toLowerCase() === name.toLowerCase());
	const imGlobals = tenant.imConfigurations.filter(configuration => configuration.identity === 'Global').length;
	if (imGlobals !== 1) context.addIssue({code: 'custom', path: ['imConfigurations'], message: 'exactly one Global IM configuration is required'});
	const imIdentities = new Set<string>();
	for (const [index, configuration] of tenant.imConfigurations.entries()) {
		const key = configuration.identity.toLowerCase();
		if (imIdentities.has(key)) context.addIssue({code: 'custom', path: ['imConfigurations', index, 'identity'], message: 'duplicate IM configuration identity'});
		imIdentities.add(key);
		if (key.startsWith('site:') && !hasSite(key.slice(5))) {
			context.addIssue({code: 'custom', path: ['imConfigurations', index, 'identity'], message: 'the site is not in sites'});
		}
	}

	const fqdns = new Set<string>();
	for (const [index, pool] of tenant.pools.entries()) {
		const key = pool.fqdn.toLowerCase();
		if (fqdns.has(key)) context.addIssue({code: 'custom', path: ['pools', index, 'fqdn'], message: 'duplicate pool fqdn'});
		fqdns.add(key);
		if (pool.site !== undefined && !hasSite(pool.site)) context.addIssue({code: 'custom', path: ['pools', index, 'site'], message: 'the site is not in sites'});
	}

	const sips = new Set<string>();
	for (const [index, user] of tenant.users.entries()) {
		const key = user.sipAddress.toLowerCase();
		if (sips.has(key)) context.addIssue({code: 'custom', path: ['users', index, 'sipAddress'], message: 'duplicate SIP address'});
		sips.add(key);
		if (user.registrarPool !== undefined && !fqdns.has(user.registrarPool.toLowerCase())) {
			context.addIssue({code: 'custom', path: ['users', index, 'registrarPool'], message: 'the pool is not in pools'});
		}
	}
});

/** The tenant as stored (defaults applied). */
export type Tenant = z.output<typeof tenantSchema>;
/** What may be written to the file (defaults may be left out). */
export type TenantInput = z.input<typeof tenantSchema>;
export type TenantUser = Tenant['users'][number];
export type TenantPolicy = Tenant['policies'][number];
export type TenantPool = Tenant['pools'][number];
export type TenantImConfiguration = Tenant['imConfigurations'][number];

/** A pool's site: its own, else the first of `sites` (undefined when there are none). */
export function poolSite(tenant: Pick<Tenant, 'sites'>, pool: TenantPool): string | undefined {
	return pool.site ?? tenant.sites[0];
}

/** A user's registrar pool fqdn: their own, else the first pool's (undefined when there are none). */
export function userRegistrarPool(tenant: Pick<Tenant, 'pools'>, user: TenantUser): string | undefined {
	return user.registrarPool ?? tenant.pools[0]?.fqdn;
}

export class TenantFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'TenantFileError';
	}
}

export function parseTenant(value: unknown, where = 'the tenant'): Tenant {
	const result = tenantSchema.safeParse(value);
	if (!result.success) {
		const issues = result.error.issues.map(issue => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
		throw new TenantFileError(`${where} is not a valid simulated tenant:\n${issues}`);
	}

	return result.data;
}

export function loadTenant(path: string): Tenant {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new TenantFileError(`cannot read the tenant file ${path}: ${(error as Error).message}`);
	}

	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new TenantFileError(`the tenant file ${path} is not JSON: ${(error as Error).message}`);
	}

	return parseTenant(json, `the tenant file ${path}`);
}
