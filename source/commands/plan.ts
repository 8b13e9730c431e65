import type {Io, PlanOptions} from './options.js';

// Placeholder while the session is being built (issue 2); replaced by the real command.
export async function runPlan(_options: PlanOptions, io: Io): Promise<number> {
	io.stderr.write('offline-im plan: not available yet in this build.\n');
	return 2;
}
