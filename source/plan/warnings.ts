/**
 * What the administrator must know before running, as data; the catalogs word it. Facts from
 * design.md section 1: the Online service is retired; the Global and site policies do not reach
 * users holding a per-user policy; a grant replaces a user's per-user policy; turning offline
 * messages off also stops IM transcripts in Outlook's Conversation History (an inference from
 * the cmdlet reference); only Click-to-Run clients support offline messages.
 */
import type {Choices} from './choices.js';
import type {PolicyResolution} from './changes.js';
import type {Step, TenantSnapshot, UserState, Warning} from './plan.js';
import type {ServerSwitchPlan} from './server-switch.js';

export type WarningSeverity = 'info' | 'caution' | 'blocking';

/** `blocking`: the run will fail as planned (the review screen should say so before running). */
export function warningSeverity(warning: Warning): WarningSeverity {
	switch (warning.kind) {
		case 'policy-missing':
		case 'site-policy-missing':
		case 'no-users-left':
			return 'blocking';
		case 'policy-exists':
			return warning.reused ? 'caution' : 'blocking';
		case 'click-to-run-only':
		case 'off-by-server-switch':
			return 'info';
		case 'global-skips-site-policies':
			return warning.sites?.length === 0 ? 'info' : 'caution';
		case 'grant-replaces-policy':
			// Known to replace nobody's policy: worth saying, not worth a caution.
			return warning.users?.length === 0 ? 'info' : 'caution';
		default:
			return 'caution';
	}
}

export function warningsFor(
	choices: Choices,
	snapshot: TenantSnapshot,
	changes: readonly Step[],
	resolution: PolicyResolution | undefined,
	serverSwitch?: ServerSwitchPlan,
): Warning[] {
	const warnings: Warning[] = [];
	const {scope} = choices;
	// "Off" through the server switch: the client policy's cautions do not apply.
	const clientPolicy = !serverSwitch?.replacesClientPolicy;
	if (choices.target.kind === 'online') warnings.push({kind: 'online-retired'});
	if (snapshot.unreadable) warnings.push({kind: 'output-unreadable', reads: snapshot.unreadable});

	if (clientPolicy && scope.kind === 'site' && snapshot.site === 'missing') warnings.push({kind: 'site-policy-missing', site: scope.site});
	if (scope.kind === 'users') {
		const exists = snapshot.policy !== undefined && snapshot.policy !== 'missing';
		// Nobody left to give the policy to: the plan does not touch it, so its caution does not apply.
		const nobodyLeft = snapshot.users !== undefined && changes.length === 0;
		if (exists && !nobodyLeft) warnings.push({kind: 'policy-exists', policy: scope.policy, reused: resolution === 'reuse'});
		if (snapshot.policy === 'missing' && resolution === 'reuse') warnings.push({kind: 'policy-missing', policy: scope.policy});
		warnings.push(...unresolvedUserWarnings(snapshot.users ?? []));
		if (nobodyLeft) warnings.push({kind: 'no-users-left', policy: scope.policy});
	}

	if (!clientPolicy) {
		// Nothing about the client policy applies: it is not changed.
	} else if (scope.kind === 'global' || scope.kind === 'site') {
		if (scope.kind === 'global' && choices.target.kind === 'server') {
			const sites = snapshot.sitePolicies;
			warnings.push({kind: 'global-skips-site-policies', ...(sites ? {sites} : {})});
		}

		warnings.push({
			kind: 'global-skips-per-user-holders',
			...(scope.kind === 'site' ? {site: scope.site} : {}),
			...(snapshot.perUserPolicyHolders ? {holders: snapshot.perUserPolicyHolders} : {}),
		});
	} else {
		const wanted = scope.policy.toLowerCase();
		const replaced = snapshot.users
			?.filter(user => user.found && user.clientPolicy !== null && user.clientPolicy.toLowerCase() !== wanted)
			.map(user => ({identity: user.identity, clientPolicy: user.clientPolicy ?? ''}));
		warnings.push({kind: 'grant-replaces-policy', ...(replaced ? {users: replaced} : {})});
	}

	if (choices.state === 'on') warnings.push({kind: 'click-to-run-only'});
	else if (clientPolicy) warnings.push({kind: 'off-stops-outlook-history'});
	warnings.push(...(serverSwitch?.warnings ?? []));

	const rollbackUnknown = changes.some(
		step => (step.rollbackPlaceholders?.length ?? 0) > 0 || (step.effect?.kind === 'user-policy' && step.effect.from === undefined),
	);
	if (rollbackUnknown) warnings.push({kind: 'rollback-value-unknown'});
	return warnings;
}

/** The users left out of the grants, one warning per reason (not found, ambiguous, unreadable). */
function unresolvedUserWarnings(users: readonly UserState[]): Warning[] {
	const notFound: string[] = [];
	const ambiguous: Array<{identity: string; matches?: number}> = [];
	const unreadable: Array<{identity: string; error?: string}> = [];
	for (const user of users) {
		if (user.found) continue;
		switch (user.unresolved ?? 'not-found') {
			case 'not-found':
				notFound.push(user.identity);
				break;
			case 'ambiguous':
				ambiguous.push({identity: user.identity, ...(user.matches === undefined ? {} : {matches: user.matches})});
				break;
			case 'read-failed':
				unreadable.push({identity: user.identity, ...(user.error === undefined ? {} : {error: user.error})});
				break;
		}
	}

	const warnings: Warning[] = [];
	if (notFound.length > 0) warnings.push({kind: 'users-not-found', users: notFound});
	if (ambiguous.length > 0) warnings.push({kind: 'users-ambiguous', users: ambiguous});
	if (unreadable.length > 0) warnings.push({kind: 'users-unreadable', users: unreadable});
	return warnings;
}
