import type {Choices} from './choices.js';

/**
 * `EnableIMAutoArchiving` as PowerShell reports it. The cmdlet reference gives the setting no
 * default: `null` means "not set", which the client treats as on.
 */
export type ImArchiving = boolean | null;

export type PolicyValue = {
	/** As PowerShell prints it: `Global`, `Site:Redmond`, `Tag:OfflineIM`. */
	identity: string;
	enableIMAutoArchiving: ImArchiving;
};

/**
 * Why a user the administrator named is left out of the grants (`found: false`):
 * - `not-found`: no such user ("Management object not found for identity");
 * - `ambiguous`: the identity names several users (a display name they share);
 * - `read-failed`: the read failed otherwise ("Access is denied", a timeout) or its output could
 *   not be understood: whether the user exists is unknown.
 */
export type UserUnresolved = 'not-found' | 'ambiguous' | 'read-failed';

export type UserState = {
	/** The identity as the administrator typed it (SIP address, UPN, display name...). */
	identity: string;
	found: boolean;
	/** Set when `found` is false; absent (in a snapshot from an older version) means `not-found`. */
	unresolved?: UserUnresolved;
	/** `ambiguous` only: how many users the identity matched, when PowerShell listed them. */
	matches?: number;
	sipAddress?: string;
	displayName?: string;
	/** The user's per-user client policy name, `null` when none is assigned. */
	clientPolicy: string | null;
	/** Server: the user's registrar pool (FQDN), which gives their home site. */
	registrarPool?: string;
	/** PowerShell's message when the read failed. */
	error?: string;
};

/**
 * The server switch of Skype for Business Server: an IM configuration (`Get-CsImConfiguration`),
 * Global or a site's. A site's configuration, where one exists, governs the users homed in that
 * site; otherwise Global does (Microsoft's "Enable or Disable Offline Instant Messaging (IM) in
 * Skype for Business Server").
 */
export type ImConfigurationValue = {
	/** As PowerShell prints it: `Global`, `Site:Redmond`. */
	identity: string;
	enableOfflineIm: boolean;
};

/** A pool and the site it belongs to (`Get-CsPool`): a user's home site is their registrar pool's. */
export type PoolSite = {fqdn: string; site: string | null};

/** A read whose output held rows of another shape than expected (see read-output.ts). */
export type UnreadableRead = {
	kind: 'read-policy' | 'read-per-user-policies' | 'read-policy-holders' | 'read-im-configurations' | 'read-pools' | 'read-site-policies';
	/** `read-policy`: `Global`, `site:NAME` or `tag:NAME`. */
	subject?: string;
	rows: number;
};

/**
 * What was read from the tenant before anything changes. Every field is optional: a plan can be
 * made without a connection (`offline-im plan`), and then rollback values are unknown.
 */
export type TenantSnapshot = {
	global?: PolicyValue;
	/** The chosen site's policy; `missing` when `Get-CsClientPolicy` found none. */
	site?: PolicyValue | 'missing';
	/** The chosen per-user policy; `missing` when it does not exist yet. */
	policy?: PolicyValue | 'missing';
	/** Every per-user (`tag:`) client policy with its value. */
	perUserPolicies?: PolicyValue[];
	/** The chosen users, in the order they were given. */
	users?: UserState[];
	/** Users holding a per-user client policy (the Global policy does not reach them). */
	perUserPolicyHolders?: Array<{identity: string; clientPolicy: string}>;
	/**
	 * Server: every IM configuration (Global and `site:*`), the server switch. Absent when it was
	 * not read (a plan made offline) or the read failed (see `imConfigurationsUnread`).
	 */
	imConfigurations?: ImConfigurationValue[];
	/**
	 * Why a read of the IM configurations gave nothing: `no-cmdlet` when this server has no
	 * Get-CsImConfiguration (before the Skype for Business Server 2015 June 2016 update, or Lync
	 * Server), `failed` otherwise (PowerShell's message in `imConfigurationsError`).
	 */
	imConfigurationsUnread?: 'no-cmdlet' | 'failed';
	imConfigurationsError?: string;
	/** Server, per-user scope: the pools and their sites, to find the users' home sites. */
	pools?: PoolSite[];
	/** Global scope on a Server: every site client policy (the Global policy does not reach their users). */
	sitePolicies?: PolicyValue[];
	/**
	 * Reads whose output had rows that could not be understood. A policy read with such a row and
	 * no readable match stays unknown (it is not taken as missing).
	 */
	unreadable?: UnreadableRead[];
};

export type StepPhase = 'connect' | 'read' | 'change' | 'verify';

/**
 * What a step is, in domain words. Text for people is derived from it by the message
 * catalogs; the command text is already exact.
 */
export type StepKind =
	| 'import-module'
	| 'credential'
	| 'new-session'
	| 'import-session'
	| 'read-policy'
	| 'read-per-user-policies'
	| 'read-policy-holders'
	| 'read-user'
	| 'read-im-configurations'
	| 'read-pools'
	| 'read-site-policies'
	| 'new-policy'
	| 'set-policy'
	| 'grant'
	| 'new-im-configuration'
	| 'set-im-configuration'
	| 'verify-policy'
	| 'verify-user'
	| 'verify-im-configuration';

/**
 * What a change step changes, as data for the review screen: `from` is the value read before
 * (absent when the plan was made without reading the tenant).
 */
export type StepEffect =
	| {kind: 'policy-value'; policy: string; from?: ImArchiving; to: ImArchiving}
	/** `conditional`: the guarded create of an offline plan, which creates only when missing. */
	| {kind: 'policy-created'; policy: string; conditional: boolean}
	| {kind: 'user-policy'; user: string; from?: string | null; to: string}
	/**
	 * The server switch of `configuration` (`Global`, `site:NAME`). `created`: the plan creates the
	 * site's IM configuration (`conditional`: only when missing, in a plan made offline); `from`
	 * absent when not read.
	 */
	| {kind: 'server-switch'; configuration: string; from?: boolean; to: boolean; created?: 'yes' | 'if-missing'};

/**
 * A value the rollback needs but the plan could not read (a plan made offline). The rollback
 * commands assign `$<variable>` a safe default first; the rollback script marks that line for
 * the administrator to fill in from the read step's output. Such a rollback is not run
 * automatically (see `rollbackNeedsInput`).
 */
export type RollbackPlaceholder = {
	variable: string;
	/**
	 * - `previous-value`: `EnableIMAutoArchiving` of `subject` before the change (default `$null`);
	 * - `policy-created`: whether the guarded create made the policy (default `$false`, which
	 *   keeps a policy that may have existed before).
	 */
	kind: 'previous-value' | 'policy-created' | 'previous-offline-im' | 'im-configuration-created';
	/** `Global`, `site:NAME` or `tag:NAME`. */
	subject: string;
};

/** What a read-back must find for the change to count as done. */
export type Expectation =
	| {kind: 'policy-value'; identity: string; enableIMAutoArchiving: ImArchiving}
	| {kind: 'user-policy'; user: string; clientPolicy: string}
	| {kind: 'im-configuration'; identity: string; enableOfflineIm: boolean};

export type Step = {
	/** Stable within a plan: `connect-1`, `grant-17`... */
	id: string;
	phase: StepPhase;
	kind: StepKind;
	/** The exact PowerShell text, as run and as written to the `.ps1`. */
	command: string;
	/** The policy, site or user the step is about, when there is one. */
	subject?: string;
	/** Commands that undo this step, in the order to run them; empty when nothing changes. */
	rollback: string[];
	/** For verify steps: what the read-back must show. */
	expect?: Expectation;
	/** For change steps: what changes. */
	effect?: StepEffect;
	/** Rollback values that were unknown when the plan was made. */
	rollbackPlaceholders?: RollbackPlaceholder[];
};

/** Things the administrator must know before running; rendered by the catalogs. */
export type Warning =
	| {kind: 'online-retired'}
	/** `site` when the scope is a site: a site policy does not reach them either. */
	| {kind: 'global-skips-per-user-holders'; site?: string; holders?: Array<{identity: string; clientPolicy: string}>}
	| {kind: 'grant-replaces-policy'; users?: Array<{identity: string; clientPolicy: string}>}
	| {kind: 'off-stops-outlook-history'}
	| {kind: 'click-to-run-only'}
	| {kind: 'rollback-value-unknown'}
	/** Users `Get-CsUser` did not find: left out of the grants. */
	| {kind: 'users-not-found'; users: string[]}
	/** Identities that name several users: left out (`matches` when known). */
	| {kind: 'users-ambiguous'; users: Array<{identity: string; matches?: number}>}
	/** Users whose read failed (PowerShell's message, when there is one): left out. */
	| {kind: 'users-unreadable'; users: Array<{identity: string; error?: string}>}
	/** Reads whose output could not be understood: those values are unknown, not missing. */
	| {kind: 'output-unreadable'; reads: UnreadableRead[]}
	/**
	 * The per-user policy exists. `reused`: the plan sets it (everyone already holding it is
	 * affected too); otherwise the plan was told to create it and `New-CsClientPolicy` will fail.
	 */
	| {kind: 'policy-exists'; policy: string; reused: boolean}
	/** The plan was told to reuse the per-user policy, but it does not exist: the change will fail. */
	| {kind: 'policy-missing'; policy: string}
	/** The site has no client policy of its own: `Set-CsClientPolicy` will fail. */
	| {kind: 'site-policy-missing'; site: string}
	/**
	 * A per-user plan in which none of the users was found (or could be named): it changes nothing,
	 * not even the policy, which would otherwise change for those who already hold it alone.
	 */
	| {kind: 'no-users-left'; policy: string}
	/**
	 * The server switch is off where it governs users this plan turns on: the plan turns it on
	 * there (`turnedOn`), which reaches everyone that configuration governs, not only these users.
	 */
	| {kind: 'server-switch-turned-on'; configurations: string[]}
	/**
	 * The server switch is off where it governs users this plan turns on, and the plan was told
	 * to leave it: those users still cannot send offline messages.
	 */
	| {kind: 'server-switch-left-off'; configurations: string[]}
	/** "Off" for the organization or a site, through the server switch rather than the client policy. */
	| {kind: 'off-by-server-switch'; site?: string}
	/**
	 * The server switch could not be read: `not-read` (a plan made offline), `no-cmdlet` (no
	 * Get-CsImConfiguration: before the June 2016 update, or Lync Server), `failed`.
	 * `fallback`: an "off" planned through the server switch uses the client policy instead.
	 */
	| {kind: 'server-switch-unknown'; reason: 'not-read' | 'no-cmdlet' | 'failed'; error?: string; fallback?: boolean}
	/** Global scope: sites with a client policy of their own, which the Global policy does not reach. */
	| {kind: 'global-skips-site-policies'; sites?: PolicyValue[]};

export type Plan = {
	choices: Choices;
	/** When the plan was made (ISO 8601), for the script header. */
	createdAt: string;
	/** The snapshot the plan was made from; empty when made offline. */
	snapshot: TenantSnapshot;
	/**
	 * Resolved: whether the plan creates the per-user policy (scope `users` only);
	 * `if-missing` for the guarded create of a plan made without reading the tenant.
	 */
	createsPolicy: boolean | 'if-missing';
	steps: Step[];
	warnings: Warning[];
};
