/**
 * The server switch of Skype for Business Server: the IM configuration's `EnableOfflineIm`
 * (`Set-CsImConfiguration`, Global or a site's). Microsoft's "Enable or Disable Offline Instant
 * Messaging (IM) in Skype for Business Server" (MicrosoftDocs/OfficeDocs-SkypeForBusiness) gives
 * offline IM two switches: a user can send offline messages when the IM configuration of their
 * site (else Global) is on AND their client policy does not set EnableIMAutoArchiving to $false.
 * So a plan that turns offline messages on must make the server switch true for the users it
 * affects, or say that they still cannot send; and "off" for the organization or a site is best
 * done with the server switch, which reaches every user of the scope (per-user policy holders
 * too) and leaves the saving of conversations to Outlook alone.
 */
import {type Choices, usesServerSwitch} from './choices.js';
import {
	type ImConfigurationRef,
	imConfigurationSubject,
	newImConfigurationCommand,
	placeholderCommand,
	readImConfigurationCommand,
	removeImConfigurationCommand,
	setImConfigurationCommand,
	setOrNewImConfigurationCommand,
	undoSetOrNewImConfigurationCommand,
} from './commands.js';
import type {ImConfigurationValue, TenantSnapshot, UserState, Warning} from './plan.js';
import type {StepDraft} from './step-draft.js';

/** Placeholder variables of a server-switch rollback made without reading the tenant. */
export const previousOfflineImVariable = 'previousOfflineIm';
export const imConfigurationCreatedVariable = 'imConfigurationCreatedByPlan';

export type ServerSwitchPlan = {
	/** Change steps, run after the client policy's (the narrower change first). */
	steps: StepDraft[];
	/** Read-backs of the IM configurations the result depends on. */
	verify: StepDraft[];
	warnings: Warning[];
	/** "Off" through the server switch: the client policy is left as it is. */
	replacesClientPolicy: boolean;
};

const nothing: ServerSwitchPlan = {steps: [], verify: [], warnings: [], replacesClientPolicy: false};

function refOf(identity: string): ImConfigurationRef {
	return identity.toLowerCase().startsWith('site:') ? {kind: 'site', site: identity.slice(5)} : {kind: 'global'};
}

function sameConfiguration(printed: string, ref: ImConfigurationRef): boolean {
	return printed.toLowerCase() === imConfigurationSubject(ref).toLowerCase();
}

/** The IM configuration that governs the users of `site` (bare name; null when unknown): the site's own, else Global. */
export function governingConfiguration(site: string | null, configurations: readonly ImConfigurationValue[]): ImConfigurationValue | undefined {
	const own = site === null ? undefined : configurations.find(value => sameConfiguration(value.identity, {kind: 'site', site}));
	return own ?? configurations.find(value => value.identity.toLowerCase() === 'global');
}

/** A user's home site: their registrar pool's site (Get-CsUser RegistrarPool, Get-CsPool Site). */
export function homeSite(user: Pick<UserState, 'registrarPool'>, snapshot: Pick<TenantSnapshot, 'pools'>): string | null {
	if (!user.registrarPool) return null;
	const pool = snapshot.pools?.find(candidate => candidate.fqdn.toLowerCase() === user.registrarPool!.toLowerCase());
	return pool?.site ?? null;
}

function verifyStep(ref: ImConfigurationRef, value: boolean): StepDraft {
	const subject = imConfigurationSubject(ref);
	return {
		phase: 'verify',
		kind: 'verify-im-configuration',
		command: readImConfigurationCommand(ref),
		subject,
		rollback: [],
		expect: {kind: 'im-configuration', identity: subject, enableOfflineIm: value},
	};
}

/** Set-CsImConfiguration on a configuration that exists; `from` undefined when not read (a placeholder then). */
function setStep(ref: ImConfigurationRef, to: boolean, from: boolean | undefined): StepDraft {
	const subject = imConfigurationSubject(ref);
	const base = {phase: 'change', kind: 'set-im-configuration', command: setImConfigurationCommand(ref, to), subject} as const;
	if (from !== undefined) {
		return {...base, rollback: [setImConfigurationCommand(ref, from)], effect: {kind: 'server-switch', configuration: subject, from, to}};
	}

	// Unknown before the change: $true is the default since Skype for Business Server 2015 CU3.
	return {
		...base,
		rollback: [placeholderCommand(previousOfflineImVariable, true), setImConfigurationCommand(ref, {variable: previousOfflineImVariable})],
		rollbackPlaceholders: [{variable: previousOfflineImVariable, kind: 'previous-offline-im', subject}],
		effect: {kind: 'server-switch', configuration: subject, to},
	};
}

/** A site's own IM configuration, so that the change reaches that site only; rollback removes it. */
function newStep(site: string, to: boolean): StepDraft {
	const subject = imConfigurationSubject({kind: 'site', site});
	return {
		phase: 'change',
		kind: 'new-im-configuration',
		command: newImConfigurationCommand(site, to),
		subject,
		rollback: [removeImConfigurationCommand(site)],
		effect: {kind: 'server-switch', configuration: subject, to, created: 'yes'},
	};
}

/** A plan made offline: set the site's IM configuration if it has one, else create it. */
function setOrNewStep(site: string, to: boolean): StepDraft {
	const subject = imConfigurationSubject({kind: 'site', site});
	return {
		phase: 'change',
		kind: 'new-im-configuration',
		command: setOrNewImConfigurationCommand(site, to),
		subject,
		rollback: [
			placeholderCommand(imConfigurationCreatedVariable, false),
			placeholderCommand(previousOfflineImVariable, true),
			undoSetOrNewImConfigurationCommand(site, imConfigurationCreatedVariable, previousOfflineImVariable),
		],
		rollbackPlaceholders: [
			{variable: imConfigurationCreatedVariable, kind: 'im-configuration-created', subject},
			{variable: previousOfflineImVariable, kind: 'previous-offline-im', subject},
		],
		effect: {kind: 'server-switch', configuration: subject, to, created: 'if-missing'},
	};
}

function unknownWarning(snapshot: TenantSnapshot, fallback: boolean): Warning {
	const reason = snapshot.imConfigurationsUnread ?? 'not-read';
	return {
		kind: 'server-switch-unknown',
		reason,
		...(snapshot.imConfigurationsError ? {error: snapshot.imConfigurationsError} : {}),
		...(fallback ? {fallback: true} : {}),
	};
}

/** "Off" for the organization or a site, through the server switch. */
function offPlan(choices: Choices, snapshot: TenantSnapshot): ServerSwitchPlan {
	const {scope} = choices;
	const configurations = snapshot.imConfigurations;
	const steps: StepDraft[] = [];
	if (scope.kind === 'site') {
		const ref: ImConfigurationRef = {kind: 'site', site: scope.site};
		if (!configurations) steps.push(setOrNewStep(scope.site, false));
		else {
			const own = configurations.find(value => sameConfiguration(value.identity, ref));
			steps.push(own ? setStep(ref, false, own.enableOfflineIm) : newStep(scope.site, false));
		}
	} else {
		const global = configurations?.find(value => value.identity.toLowerCase() === 'global');
		steps.push(setStep({kind: 'global'}, false, global?.enableOfflineIm));
		// A site's own IM configuration governs its users: Global alone would not reach them.
		for (const value of configurations ?? []) {
			if (value.identity.toLowerCase() !== 'global' && value.enableOfflineIm) steps.push(setStep(refOf(value.identity), false, true));
		}
	}

	const warnings: Warning[] = [{kind: 'off-by-server-switch', ...(scope.kind === 'site' ? {site: scope.site} : {})}];
	if (!configurations) warnings.push(unknownWarning(snapshot, false));
	return {
		steps,
		verify: steps.map(step => verifyStep(refOf(step.subject ?? 'Global'), false)),
		warnings,
		replacesClientPolicy: true,
	};
}

/** The IM configurations that govern the users an "on" plan affects, keyed by subject. */
function governingForOn(choices: Choices, snapshot: TenantSnapshot, configurations: readonly ImConfigurationValue[], grantedUsers: readonly string[]) {
	const {scope} = choices;
	const global = configurations.find(value => value.identity.toLowerCase() === 'global');
	const governing = new Map<string, {ref: ImConfigurationRef; value: ImConfigurationValue | undefined}>();
	const add = (value: ImConfigurationValue | undefined, ref: ImConfigurationRef = refOf(value?.identity ?? 'Global')) => {
		governing.set(imConfigurationSubject(ref).toLowerCase(), {ref, value});
	};

	switch (scope.kind) {
		case 'global':
			for (const value of configurations) add(value);
			break;
		case 'site': {
			const ref: ImConfigurationRef = {kind: 'site', site: scope.site};
			const own = configurations.find(value => sameConfiguration(value.identity, ref));
			// No configuration of its own: the site follows Global. When Global is off, the plan gives
			// the site its own (on) rather than turning Global on for every other site too.
			if (own) add(own);
			else if (global?.enableOfflineIm === false) add(undefined, ref);
			else add(global);
			break;
		}

		case 'users': {
			const granted = new Set(grantedUsers.map(user => user.toLowerCase()));
			for (const user of snapshot.users ?? []) {
				if (!user.found || !granted.has(user.identity.toLowerCase())) continue;
				add(governingConfiguration(homeSite(user, snapshot), configurations));
			}

			break;
		}
	}

	return [...governing.values()];
}

function onPlan(choices: Choices, snapshot: TenantSnapshot, grantedUsers: readonly string[]): ServerSwitchPlan {
	const configurations = snapshot.imConfigurations;
	if (!configurations) return {...nothing, warnings: [unknownWarning(snapshot, false)]};
	const global = configurations.find(value => value.identity.toLowerCase() === 'global');
	const governing = governingForOn(choices, snapshot, configurations, grantedUsers);
	// A site without its own configuration is off exactly when Global is.
	const isOff = (entry: (typeof governing)[number]) => (entry.value ? !entry.value.enableOfflineIm : global?.enableOfflineIm === false);
	const off = governing.filter(isOff);
	const subjects = off.map(entry => imConfigurationSubject(entry.ref));
	if (!usesServerSwitch(choices)) {
		return {...nothing, warnings: off.length > 0 ? [{kind: 'server-switch-left-off', configurations: subjects}] : []};
	}

	const steps = off.map(entry => (entry.value ? setStep(entry.ref, true, entry.value.enableOfflineIm) : newStep((entry.ref as {site: string}).site, true)));
	// Both layers are read back: the governing configurations as well as the ones this plan changes.
	const verify = governing.filter(entry => entry.value || isOff(entry)).map(entry => verifyStep(entry.ref, true));
	return {
		steps,
		verify,
		warnings: off.length > 0 ? [{kind: 'server-switch-turned-on', configurations: subjects}] : [],
		replacesClientPolicy: false,
	};
}

/** `grantedUsers`: the users the per-user plan grants (see `changeSteps`). */
export function serverSwitchPlan(choices: Choices, snapshot: TenantSnapshot, grantedUsers: readonly string[]): ServerSwitchPlan {
	if (choices.target.kind !== 'server') return nothing;
	const {scope, state} = choices;
	if (scope.kind === 'users' && grantedUsers.length === 0) return nothing;
	if (state === 'on') return onPlan(choices, snapshot, grantedUsers);
	// "Off" for chosen users stays with their client policy: the server switch would reach everyone.
	if (scope.kind === 'users' || !usesServerSwitch(choices)) return nothing;
	// The switch could not be read on this server (no cmdlet, a failed read): the client policy does it.
	if (snapshot.imConfigurationsUnread) return {...nothing, warnings: [unknownWarning(snapshot, true)]};
	return offPlan(choices, snapshot);
}
