import type {Warning} from '../../../plan/plan.js';
import {warningSeverity, type WarningSeverity} from '../../../plan/warnings.js';

export type RankedWarning = {warning: Warning; severity: WarningSeverity};

const rank: Record<WarningSeverity, number> = {blocking: 0, caution: 1, info: 2};

/** Warnings as the review shows them: those that make the run fail first, information last. */
export function orderWarnings(warnings: readonly Warning[]): RankedWarning[] {
	return warnings
		.map(warning => ({warning, severity: warningSeverity(warning)}))
		.sort((a, b) => rank[a.severity] - rank[b.severity]);
}
