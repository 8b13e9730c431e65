import type {ExecutionReport, StepRecord} from '../../../engine/execute.js';
import type {OnOff} from '../../../plan/choices.js';

export type ReportSummary = {
	/** Per-user policies created (`tag:NAME`). */
	created: string[];
	/** Policies whose value was set, with the value set. */
	set: Array<{subject: string; state: OnOff}>;
	/** IM configurations whose server switch was set (or created), with the value set. */
	switches: Array<{subject: string; state: OnOff; created: boolean}>;
	grants: {total: number; done: number; policy?: string};
	/** Change steps that failed, in the order they ran. */
	failures: StepRecord[];
	/** Change steps that did not run (stopped or interrupted before them). */
	notRun: number;
	/** Change steps whose outcome is unknown (PowerShell stopped answering during their request). */
	unknown: number;
	readBack: {
		total: number;
		ok: number;
		/** False when nothing was read back (PowerShell stopped answering first). */
		ran: boolean;
		/** Not as expected, leaving out the subjects whose change failed (listed as failures already). */
		unexpected: StepRecord[];
		/** Not as expected because their change failed. */
		explained: number;
	};
};

/** One pass over the report: the counts and lists the summary shows. */
export function summarizeReport(report: ExecutionReport): ReportSummary {
	const summary: ReportSummary = {
		created: [],
		set: [],
		switches: [],
		grants: {total: 0, done: 0},
		failures: [],
		notRun: 0,
		unknown: 0,
		readBack: {total: report.verification.length, ok: 0, ran: false, unexpected: [], explained: 0},
	};
	for (const record of report.changes) {
		const {step, status} = record;
		if (step.kind === 'grant') {
			summary.grants.total++;
			if (summary.grants.policy === undefined && step.effect?.kind === 'user-policy') summary.grants.policy = step.effect.to;
			if (status === 'done') summary.grants.done++;
		} else if (status === 'done') {
			if (step.kind === 'new-policy') summary.created.push(step.subject ?? '');
			if (step.kind === 'set-policy' && step.effect?.kind === 'policy-value') {
				summary.set.push({subject: step.effect.policy, state: step.effect.to ? 'on' : 'off'});
			}

			if (step.effect?.kind === 'server-switch') {
				summary.switches.push({subject: step.effect.configuration, state: step.effect.to ? 'on' : 'off', created: step.effect.created === 'yes'});
			}
		}

		if (status === 'failed') summary.failures.push(record);
		else if (status === 'skipped' || status === 'pending') summary.notRun++;
		else if (status === 'unknown') summary.unknown++;
	}

	const failedSubjects = new Set(summary.failures.flatMap(record => (record.step.subject === undefined ? [] : [record.step.subject])));
	for (const record of report.verification) {
		if (record.status === 'done') summary.readBack.ok++;
		if (record.status === 'done' || record.status === 'failed') summary.readBack.ran = true;
		if (record.status !== 'failed') continue;
		if (record.step.subject !== undefined && failedSubjects.has(record.step.subject)) summary.readBack.explained++;
		else summary.readBack.unexpected.push(record);
	}

	return summary;
}
