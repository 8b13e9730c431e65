import type {Warning} from '../../../plan/plan.js';
import {warningSeverity, type WarningSeverity} from '../../../plan/warnings.js';

export type RankedWarning = {warning: Warning; severity: WarningSeverity};

const rank: Record<WarningSeverity, number> = {blocking: 0, caution: 1, info: 2};

/** A warning about users the grants leave out: not found, not clear which, or not read. */
export function isLeftOut(warning: Warning): warning is Extract<Warning, {kind: 'users-not-found' | 'users-ambiguous' | 'users-unreadable'}> {
	return warning.kind === 'users-not-found' || warning.kind === 'users-ambiguous' || warning.kind === 'users-unreadable';
}

/**
 * Warnings as the review shows them: those that make the run fail first, information last; among
 * the cautions, the users left out of the grants first (the admin typed them and expects them).
 */
export function orderWarnings(warnings: readonly Warning[]): RankedWarning[] {
	const order = (warning: Warning, severity: WarningSeverity) => rank[severity] * 2 + (isLeftOut(warning) ? 0 : 1);
	return warnings
		.map(warning => ({warning, severity: warningSeverity(warning)}))
		.sort((a, b) => order(a.warning, a.severity) - order(b.warning, b.severity));
}

/** How many users the grants leave out, all reasons together. */
export function leftOutUsers(warnings: readonly Warning[]): number {
	let count = 0;
	for (const warning of warnings) {
		if (isLeftOut(warning)) count += warning.users.length;
	}

	return count;
}
