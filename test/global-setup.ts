/**
 * Builds dist/ once before the tests: the integration tests start the bundled program and the
 * simulator as separate processes, exactly as an administrator would.
 */
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export default function setup(): void {
	const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
	execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {cwd: root, stdio: 'inherit'});
}
