import type {Io, DoctorOptions} from './options.js';

// Placeholder while the session is being built (issue 3/4); replaced by the real command.
export async function runDoctor(_options: DoctorOptions, io: Io): Promise<number> {
	io.stderr.write('offline-im doctor: not available yet in this build.\n');
	return 2;
}
