import type {Io, WizardOptions} from './options.js';

// Placeholder while the screens are being built (issue 4); replaced by the real command.
export async function runWizard(_options: WizardOptions, io: Io): Promise<number> {
	io.stderr.write('offline-im: the wizard is not available yet in this build.\n');
	return 2;
}
