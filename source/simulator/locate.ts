import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export type SimulatorExecutable = {
	/** The Node.js executable running this program. */
	file: string;
	/** Arguments before the PowerShell switches: the simulator bundle. */
	args: string[];
	/** The same as `args`, under the name the PowerShell locator uses. */
	prefixArgs: string[];
	/** What to show people instead of a path. */
	display: string;
};

/**
 * The package root: the nearest folder above this module whose package.json is offline-im's.
 * Works from source (vitest, tsx: source/simulator/) and from the bundle (dist/).
 */
export function packageRoot(from: string = import.meta.url): string {
	let folder = path.dirname(fileURLToPath(from));
	for (;;) {
		const manifest = path.join(folder, 'package.json');
		if (existsSync(manifest)) {
			try {
				const name = (JSON.parse(readFileSync(manifest, 'utf8')) as {name?: unknown}).name;
				if (name === 'offline-im') return folder;
			} catch {
				// Not ours (or unreadable): keep walking up.
			}
		}

		const parent = path.dirname(folder);
		if (parent === folder) throw new Error(`offline-im: cannot find the package root above ${fileURLToPath(from)}`);
		folder = parent;
	}
}

/** How to start the simulator exactly as one starts `pwsh`: `file ...args -NoLogo ... -Command -`. */
export function simulatorExecutable(): SimulatorExecutable {
	const script = path.join(packageRoot(), 'dist', 'simulator.js');
	return {file: process.execPath, args: [script], prefixArgs: [script], display: 'PowerShell simulator (rehearsal)'};
}
