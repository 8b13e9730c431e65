// Installs what the test suite needs beyond npm packages. Runs before `npm test`; each step
// does nothing when its tool is already there.
// - tmux, for the end-to-end test that drives the wizard in a real terminal.
// - A real PowerShell, the judge of every text offline-im sends (issue 9): the one named by
//   OFFLINE_IM_TEST_POWERSHELL, else `pwsh` on the PATH, else Microsoft's PowerShell .NET tool,
//   installed once into .tools/powershell when `dotnet` is on the PATH. The version is pinned:
//   PowerShell 7.7.0, which `dotnet tool install` takes without --version, does not install here.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const pinnedPowerShellVersion = '7.6.10';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const toolPowerShellFolder = path.join(root, '.tools', 'powershell');

function has(command) {
	return spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;
}

function ensureTmux() {
	if (has('tmux')) return;
	const root = process.getuid?.() === 0;
	const sudo = !root && has('sudo') && spawnSync('sudo', ['-n', 'true'], {stdio: 'ignore'}).status === 0;
	if (has('apt-get') && (root || sudo)) {
		console.log('Installing tmux (needed by the terminal end-to-end test)...');
		const run = (...args) =>
			execFileSync(root ? args[0] : 'sudo', root ? args.slice(1) : ['-n', ...args], {
				stdio: 'inherit',
				env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
			});
		run('apt-get', 'update', '-qq');
		run('apt-get', 'install', '-y', '-qq', 'tmux');
	} else {
		console.warn('tmux is not installed and cannot be installed automatically here: install it (e.g. `sudo apt-get install tmux`) for the terminal end-to-end test.');
	}
}

function ensurePowerShell() {
	if (process.env.OFFLINE_IM_TEST_POWERSHELL) return;
	if (process.platform !== 'win32' && has('pwsh')) return;
	const executable = path.join(toolPowerShellFolder, process.platform === 'win32' ? 'pwsh.exe' : 'pwsh');
	if (existsSync(executable)) return;
	if (!has('dotnet')) {
		console.warn(
			'No real PowerShell for the tests: set OFFLINE_IM_TEST_POWERSHELL, put pwsh on the PATH, or install the .NET SDK ' +
				`(then this step installs PowerShell ${pinnedPowerShellVersion} into .tools/powershell by itself).`,
		);
		return;
	}

	console.log(`Installing PowerShell ${pinnedPowerShellVersion} into .tools/powershell (the tests run every text offline-im sends on it)...`);
	const result = spawnSync(
		'dotnet',
		['tool', 'install', 'PowerShell', '--version', pinnedPowerShellVersion, '--tool-path', toolPowerShellFolder],
		{stdio: 'inherit', env: {...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1'}},
	);
	if (result.status !== 0) console.warn(`dotnet tool install PowerShell ${pinnedPowerShellVersion} failed (exit ${result.status}): the real-PowerShell tests will be skipped.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	ensureTmux();
	ensurePowerShell();
}
