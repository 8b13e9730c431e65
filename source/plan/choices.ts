/**
 * What an administrator decides. Everything here is plain data: the wizard and the
 * `plan` / `apply` commands fill it in, `buildPlan` turns it into commands.
 */

/** Offline instant messages wanted on or off (`EnableIMAutoArchiving` $true / $false). */
export type OnOff = 'on' | 'off';

/**
 * How the session signs in.
 * - `integrated`: the current Windows account (Server) or Microsoft's own sign-in window
 *   with MFA (Online: `New-CsOnlineSession` without `-Credential`).
 * - `credential`: a user name and a password typed into the wizard (never stored); the
 *   saved script asks for it with `Get-Credential`.
 */
export type SignIn = {kind: 'integrated'} | {kind: 'credential'; userName: string};

/**
 * Skype for Business Server (on-premises). Without `pool` the `SkypeForBusiness` module is
 * imported on this machine; with `pool` a remote session is opened to
 * `https://POOL/OcsPowershell`.
 */
export type ServerTarget = {
	kind: 'server';
	pool?: string;
	/** Local only: the admin module found on this machine (Lync Server 2010/2013 ship `Lync`). */
	module?: 'SkypeForBusiness' | 'Lync';
	signIn: SignIn;
};

/**
 * Skype for Business Online, as in Microsoft's article. The service was retired on
 * 2021-07-31; the target stays for fidelity and is labelled as retired.
 */
export type OnlineTarget = {kind: 'online'; adminDomain?: string; signIn: SignIn};

export type Target = ServerTarget | OnlineTarget;

/**
 * - `create`: `New-CsClientPolicy` then set it (fails if it exists, like the cmdlet);
 * - `reuse`: set an existing policy;
 * - `auto`: decided from the current state: reuse when it exists, else create.
 */
export type PolicyMode = 'create' | 'reuse' | 'auto';

export type Scope =
	| {kind: 'global'}
	/** On-premises only: `-Identity site:NAME`. `site` is the bare name, without `site:`. */
	| {kind: 'site'; site: string}
	| {kind: 'users'; policy: string; policyMode: PolicyMode; users: string[]};

/**
 * Skype for Business Server only: whether the plan may use the server switch, the IM
 * configuration's `EnableOfflineIm` (`Set-CsImConfiguration`, Global or a site; design.md section 1).
 * - `use` (the default): "on" also turns the server switch on where it governs the affected
 *   users and is off (else they still cannot send offline messages); "off" for the organization
 *   or a site turns the server switch off instead of changing the client policy, because it
 *   reaches every user of the scope (per-user policy holders too) and leaves the saving of
 *   conversations to Outlook alone;
 * - `leave`: only the client policy changes, as in Microsoft's article for Online.
 * Ignored for the Online target, which has no IM configuration.
 */
export type ServerSwitchMode = 'use' | 'leave';

export type Choices = {
	target: Target;
	state: OnOff;
	scope: Scope;
	/** Absent means `use` (see `ServerSwitchMode`). */
	serverSwitch?: ServerSwitchMode;
};

/** Whether the plan may change the IM configuration (Server target, not told to leave it). */
export function usesServerSwitch(choices: Choices): boolean {
	return choices.target.kind === 'server' && choices.serverSwitch !== 'leave';
}
