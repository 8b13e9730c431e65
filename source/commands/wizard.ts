import type {Io, WizardOptions} from './options.js';

// Placeholder while the session is being built (issue 3/4); replaced by the real command.
export async function runWizard(_options: WizardOptions, io: Io): Promise<number> {
	io.stderr.write('offline-im wizard: not available yet in this build.\n');
	return 2;
}
