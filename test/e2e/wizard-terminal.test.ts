/**
 * The built program in a real terminal (tmux), in rehearsal mode, walked with key presses as an
 * administrator would: turn offline messages off for two users from a CSV file, then check the
 * summary screen, the simulated tenant and the journal. tmux is installed by `npm test`'s setup
 * (scripts/ensure-test-tools.mjs) when it is missing.
 */
import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {tenantVariable} from '../../source/simulator/tenant.js';
import {journalsIn, readJournal, temporaryFolder} from '../support/cli.js';
import {readTenant, writeTenant} from '../support/simulator.js';

const root = path.resolve(import.meta.dirname, '../..');
const socket = `offline-im-e2e-${process.pid}`;
const session = 'wizard';

function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
}

function screen(): string {
	return tmux('capture-pane', '-p', '-J', '-t', session);
}

/** The screen as one line: Ink wraps long sentences at the terminal's width. */
function flat(text: string): string {
	return text.replaceAll(/\s+/g, ' ');
}

const sleep = async (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Waits until the terminal shows `text`; fails with the screen as it is when it does not. */
async function waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	let shown = '';
	while (Date.now() < deadline) {
		shown = screen();
		if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
		await sleep(100);
	}

	throw new Error(`The terminal never showed ${String(text)}. It shows:\n${shown}`);
}

/** One key at a time, as a person types: each key is handled before the next arrives. */
async function press(...keys: string[]): Promise<void> {
	for (const key of keys) {
		tmux('send-keys', '-t', session, key);
		await sleep(250);
	}
}

async function type(text: string): Promise<void> {
	tmux('send-keys', '-t', session, '-l', text);
	await sleep(250);
}

const work = temporaryFolder('offline-im-e2e-');
const configFolder = path.join(work, 'config');
const tenantFile = writeTenant();

beforeAll(() => {
	writeFileSync(path.join(work, 'users.csv'), 'UserPrincipalName,Department\ntony@contoso.com,Sales\npilar@contoso.com,Sales\n');
	const environment = [
		// Ink draws only the last frame when it believes it runs in CI.
		'env -u CI -u GITHUB_ACTIONS -u CONTINUOUS_INTEGRATION',
		'TERM=xterm-256color',
		'LANG=en_US.UTF-8',
		'LC_ALL=',
		`OFFLINE_IM_CONFIG_DIR=${configFolder}`,
		// The simulator rehearses here even where a pwsh is on the PATH.
		'OFFLINE_IM_REHEARSAL_ENGINE=simulator',
		`${tenantVariable}=${tenantFile}`,
	].join(' ');
	const program = `${environment} ${process.execPath} ${path.join(root, 'bin', 'offline-im.js')} --simulate`;
	// The shell line stays on screen after the program ends, with its exit status.
	tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', '-c', work, `${program}; echo "offline-im exited with status $?"; sleep 600`);
});

afterAll(() => {
	try {
		tmux('kill-server');
	} catch {
		// Already gone.
	}
});

describe('the wizard in a real terminal, rehearsal mode', () => {
	it('walks every step and turns offline messages off for two users from a CSV file', async () => {
		await waitFor('Which Skype for Business do you manage?');
		expect(screen()).toContain('REHEARSAL: simulated tenant, nothing real changes');
		await press('Enter');

		await waitFor('Step 1 of 7');
		await waitFor('All checks passed');
		await press('Enter');

		await waitFor('Step 2 of 7');
		await press('Enter');
		await waitFor(/Connected/);
		await press('Enter');

		await waitFor('Step 3 of 7');
		await waitFor('Per-user policies');
		await press('Enter');

		await waitFor('Should offline messages be on or off?');
		await press('Down');
		await waitFor('❯ Off');
		await press('Enter');
		await waitFor('Who should this apply to?');
		await press('Down', 'Down');
		await waitFor('❯ Selected users');
		await press('Enter');
		await waitFor('Which per-user policy should these users get?');
		await waitFor('❯ Create a new per-user policy');
		await press('Enter');
		await waitFor('Name the new per-user policy');
		await press('Enter');
		await waitFor('Which users?');
		await press('Down');
		await waitFor('❯ Read them from a file');
		await press('Enter');
		await waitFor('Read the users from a file');
		await type('users.csv');
		await press('Enter');
		await waitFor('Read 2 users from users.csv.');
		await press('Enter');

		const review = await waitFor('Step 5 of 7');
		expect(flat(review)).toContain('Turn offline messages OFF for 2 users with per-user policy OfflineIM (new).');
		await press('Tab');
		await waitFor('Import-Module SkypeForBusiness');
		await press('End');
		// The end is the read-back; the grants are just above it.
		await waitFor("Get-CsUser -Identity 'pilar@contoso.com'");
		await press('PPage');
		await waitFor("Grant-CsClientPolicy -Identity 'pilar@contoso.com' -PolicyName 'OfflineIM'");
		await press('r');
		await waitFor('Run now?');
		await press('Enter');

		const summary = await waitFor('Step 7 of 7');
		expect(flat(summary)).toContain('All done, and reading the values back confirms the change.');
		expect(flat(summary)).toContain('Gave 2 users the policy OfflineIM.');
		const [journalFile] = journalsIn(configFolder);
		expect(journalFile).toBeDefined();
		expect(summary.replaceAll('\n', '')).toContain(path.basename(journalFile!));

		const tenant = readTenant(tenantFile);
		expect(tenant.policies).toContainEqual({identity: 'Tag:OfflineIM', enableIMAutoArchiving: false});
		const policyOf = (upn: string) => tenant.users.find(user => user.userPrincipalName === upn)?.clientPolicy;
		expect(policyOf('tony@contoso.com')).toBe('OfflineIM');
		expect(policyOf('pilar@contoso.com')).toBe('OfflineIM');
		expect(policyOf('kenmyer@contoso.com')).toBe('SalesPolicy');
		expect(tenant.stats.processStarts).toBe(1);

		const events = readJournal(journalFile!);
		expect(events.filter(event => event.type === 'command' && String(event.command).startsWith('Grant-CsClientPolicy'))).toHaveLength(2);
		expect(events.at(-1)).toMatchObject({type: 'summary', outcome: 'done', verified: true});

		await press('Enter');
		await waitFor('offline-im exited with status 0');
	}, 120_000);
});
