// Installs what the test suite needs beyond npm packages: tmux, for the end-to-end test that
// drives the wizard in a real terminal. Runs before `npm test`; does nothing when tmux is there.
import {execFileSync, spawnSync} from 'node:child_process';

function has(command) {
	return spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;
}

if (!has('tmux')) {
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
