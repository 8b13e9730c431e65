import type {Io, ApplyOptions} from './options.js';

// Placeholder while the session is being built (issue 3/4); replaced by the real command.
export async function runApply(_options: ApplyOptions, io: Io): Promise<number> {
	io.stderr.write('offline-im apply: not available yet in this build.\n');
	return 2;
}
