/** The program's entry point (bundled to dist/offline-im.js): runs the command line. */
import {main} from './cli.js';

main(process.argv.slice(2)).then(
	code => {
		process.exitCode = code;
	},
	(error: unknown) => {
		// A defect, not bad input: say so plainly, with the detail for a bug report.
		process.stderr.write(
			`offline-im stopped because of an internal error. Please report it with this text:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
		);
		process.exitCode = 1;
	},
);
