/**
 * Before the tests: builds dist/ once (the integration tests start the bundled program and the
 * simulator as separate processes, exactly as an administrator would), and finds the real
 * PowerShell the conformance tests run on (test/support/real-powershell.ts).
 */
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {TestProject} from 'vitest/node';
import {findRealPowerShell, requireVariable, testPowerShellVariable} from './support/real-powershell.js';

export default function setup(project: TestProject): void {
	const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
	execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {cwd: root, stdio: 'inherit'});

	const real = findRealPowerShell();
	if ('found' in real) {
		console.log(`Real PowerShell for the conformance tests: ${real.found.version} at ${real.found.file} (${real.found.source}).`);
		project.provide('realPowerShell', real.found);
		return;
	}

	if (process.env[requireVariable] === '1') {
		throw new Error(
			`${requireVariable}=1 but no real PowerShell was found (${real.missing}). ` +
				`Set ${testPowerShellVariable}, put pwsh on the PATH, or install the .NET SDK and run npm test again.`,
		);
	}

	console.log(
		`Skipping the real-PowerShell tests: none was found (${real.missing}). ` +
			`To run them, set ${testPowerShellVariable}=<pwsh or powershell.exe>, put pwsh on the PATH, or install the .NET SDK (npm test then installs PowerShell 7.6.10 itself).`,
	);
	project.provide('realPowerShell', null);
}
