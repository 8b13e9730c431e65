import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Check} from '../../../source/checks/prerequisites.js';
import type {CheckRow} from '../../../source/ui/components/CheckList.js';
import Prerequisites, {type Props} from '../../../source/ui/screens/Prerequisites.js';
import {checkRowHeight, checkWindow, lastOffset} from '../../../source/ui/screens/prerequisites/check-window.js';
import countWrappedLines from '../../../source/ui/components/count-wrapped-lines.js';
import {cleanupUi, flat, press, renderUi, tick, type UiOptions} from '../components/render-ui.js';

afterEach(cleanupUi);

const pass = (id: Check['id'], title: string, value?: string): Check => ({id, status: 'pass', title, ...(value === undefined ? {} : {value})});

const passing: Check[] = [
	pass('powershell', 'PowerShell found', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'),
	pass('engine', 'PowerShell engine 3.0 or later', '5.1.19041'),
	{id: 'edition', status: 'info', title: 'PowerShell edition', value: 'Desktop (Windows PowerShell)'},
	pass('os-bitness', '64-bit operating system', '64-bit'),
	pass('process-bitness', '64-bit PowerShell process', '64-bit'),
	pass('module', 'Skype for Business Server admin module', 'SkypeForBusiness 7.0.0.0'),
	pass('execution-policy', 'Execution policy lets the modules load', 'RemoteSigned (LocalMachine)'),
	{id: 'client', status: 'info', title: 'Skype for Business client on users’ computers', value: 'latest Click-to-Run', reason: 'Only the latest Click-to-Run client supports offline messages.'},
];

const process32: Check = {
	id: 'process-bitness',
	status: 'fail',
	title: '64-bit PowerShell process',
	value: '32-bit',
	reason: 'This is 32-bit PowerShell on 64-bit Windows (SysWOW64, or started by a 32-bit program): it cannot load the Skype for Business modules, even though the computer is 64-bit.',
	fix: {text: 'Use the 64-bit PowerShell: --powershell C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe (from a 32-bit program: C:\\Windows\\SysNative\\WindowsPowerShell\\v1.0\\powershell.exe).'},
};

const restricted: Check = {
	id: 'execution-policy',
	status: 'fail',
	title: 'Execution policy lets the modules load',
	value: 'Restricted (LocalMachine)',
	reason: 'Restricted stops Import-Module and Import-PSSession from loading the modules’ scripts.',
	fix: {text: 'Allow signed scripts for your account:', command: 'Set-ExecutionPolicy RemoteSigned -Scope CurrentUser'},
};

const teamsOnly: Check = {
	id: 'teams',
	status: 'warn',
	title: 'MicrosoftTeams module',
	value: 'MicrosoftTeams 5.0.0',
	reason: 'MicrosoftTeams 5.0.0 is installed but cannot change this setting.',
	fix: {text: 'For Skype for Business Server use the Server target.'},
};

const replace = (checks: readonly Check[], replacement: Check) => checks.map(check => (check.id === replacement.id ? replacement : check));

/** Two failures and a warning: the list cannot fit a 24-line terminal. */
const failing: Check[] = [...replace(replace(passing, process32), restricted), teamsOnly];

function props(overrides: Partial<Props> = {}): Props {
	return {
		targetKind: 'server-local',
		running: false,
		stage: 'done',
		checks: passing,
		onRerun: vi.fn(),
		onContinue: vi.fn(),
		onBack: vi.fn(),
		revealIntervalMs: 0,
		...overrides,
	};
}

async function show(overrides: Partial<Props> = {}, options: UiOptions = {}) {
	const all = props(overrides);
	const rendered = renderUi(<Prerequisites {...all} />, {columns: 80, color: false, ...options});
	await tick(20);
	return {...rendered, props: all};
}

describe('Prerequisites', () => {
	it('is step 1 of 7 and names the target', async () => {
		const {lastFrame} = await show();
		expect(lastFrame()).toContain('Step 1 of 7 - Check this computer');
		expect(lastFrame()).toContain('Checking that this computer can run the Skype for Business Server admin tools.');
	});

	it('says in a sentence what is checked for the chosen target', async () => {
		const expected = {
			'server-local': 'Checking that this computer can run the Skype for Business Server admin tools.',
			'server-pool': 'Checking that this computer can manage a Skype for Business Server pool remotely.',
			online: 'Checking that this computer can connect to Skype for Business Online.',
		} as const;
		for (const targetKind of ['server-local', 'server-pool', 'online'] as const) {
			const {lastFrame} = await show({targetKind});
			expect(flat(lastFrame())).toContain(expected[targetKind]);
			cleanupUi();
		}

		const {lastFrame} = await show({targetKind: 'server-pool'}, {language: 'it'});
		expect(flat(lastFrame())).toContain('Verifico che questo computer possa gestire da remoto un pool di Skype for Business Server.');
	});

	describe('when PowerShell is missing', () => {
		const missing: Check = {
			id: 'powershell',
			status: 'fail',
			title: 'PowerShell found',
			value: 'not found',
			reason: 'Searched: powershell.exe, pwsh.exe.',
			fix: {text: 'Install PowerShell. To practise without PowerShell, add --simulate.'},
		};

		it('says how to practise from the wizard, not with a flag', async () => {
			const {lastFrame} = await show({checks: [missing]});
			expect(flat(lastFrame())).toContain('To practise without PowerShell: Esc, then S on the first screen.');
		});

		it('says it in Italian, and not in a rehearsal', async () => {
			const italian = await show({checks: [missing]}, {language: 'it'});
			expect(flat(italian.lastFrame())).toContain('Per fare una prova senza PowerShell: Esc, poi S nella prima schermata.');
			cleanupUi();
			const rehearsal = await show({checks: [missing]}, {rehearsal: true});
			expect(rehearsal.lastFrame()).not.toContain('Esc, then S');
		});
	});

	describe('while the checks run', () => {
		it('says what is happening now with a spinner, and what is done', async () => {
			const {lastFrame} = await show({running: true, stage: 'probe', checks: []}, {color: true});
			expect(lastFrame()).toMatch(/✔ PASS +Finding PowerShell/);
			expect(lastFrame()).toMatch(/✔ PASS +Starting PowerShell/);
			expect(lastFrame()).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] RUNNING {2}Asking PowerShell about itself/);
			expect(lastFrame()).not.toContain('Resolving the pool');
		});

		it('says when it resolves the pool', async () => {
			const {lastFrame} = await show({running: true, stage: 'pool', checks: []});
			expect(lastFrame()).toContain('RUNNING  Resolving the pool’s name');
		});

		it('ignores Enter and r, and goes back with Esc', async () => {
			const rendered = await show({running: true, stage: 'start', checks: []});
			await press(rendered, '\r', 'r');
			expect(rendered.props.onContinue).not.toHaveBeenCalled();
			expect(rendered.props.onRerun).not.toHaveBeenCalled();
			expect(rendered.lastFrame()).toContain('Esc back');
			expect(rendered.lastFrame()).not.toContain('Enter');
			await press(rendered, '\u001B');
			expect(rendered.props.onBack).toHaveBeenCalledTimes(1);
		});

		it('never says "all passed" before there are checks', async () => {
			const rendered = await show({running: false, stage: undefined, checks: []});
			expect(rendered.lastFrame()).toContain('Finding PowerShell');
			expect(rendered.lastFrame()).not.toContain('All checks passed');
			await press(rendered, '\r');
			expect(rendered.props.onContinue).not.toHaveBeenCalled();
		});
	});

	describe('when the checks are done', () => {
		it('lists each check with its status word and value', async () => {
			const {lastFrame} = await show();
			expect(lastFrame()).toMatch(/PASS +PowerShell engine 3.0 or later +5\.1\.19041/);
			expect(lastFrame()).toMatch(/INFO +Skype for Business client on users’ computers/);
		});

		it('says all is well and goes on with Enter', async () => {
			const rendered = await show();
			expect(rendered.lastFrame()).toContain('All checks passed. Press Enter to connect.');
			await press(rendered, '\r');
			expect(rendered.props.onContinue).toHaveBeenCalledTimes(1);
		});

		it('says warnings do not block, and goes on with Enter', async () => {
			const rendered = await show({checks: [...passing, teamsOnly]});
			expect(rendered.lastFrame()).toContain('One warning: read it, but it does not block. Press Enter to connect.');
			expect(flat(rendered.lastFrame())).toContain('MicrosoftTeams 5.0.0 is installed but cannot change this setting.');
			await press(rendered, '\r');
			expect(rendered.props.onContinue).toHaveBeenCalledTimes(1);
		});

		it('runs the checks again with r', async () => {
			const rendered = await show();
			await press(rendered, 'r');
			expect(rendered.props.onRerun).toHaveBeenCalledTimes(1);
		});

		it('goes back with Esc', async () => {
			const rendered = await show();
			await press(rendered, '\u001B');
			expect(rendered.props.onBack).toHaveBeenCalledTimes(1);
		});
	});

	describe('when a check fails', () => {
		it('names the blocking check, shows why and how to fix it, and says r runs the checks again', async () => {
			const {lastFrame} = await show({checks: replace(passing, restricted)});
			const frame = flat(lastFrame());
			expect(frame).toContain('1 check failed, so you cannot go on yet: Execution policy lets the modules load.');
			expect(frame).toContain('Why: Restricted stops Import-Module');
			expect(frame).toContain('Set-ExecutionPolicy RemoteSigned -Scope CurrentUser');
			expect(frame).toContain('press r to run the checks again');
			expect(lastFrame()).not.toContain('Enter connect');
		});

		it('refuses Enter and says which checks block', async () => {
			const rendered = await show({checks: replace(replace(passing, restricted), process32)});
			await press(rendered, '\r');
			expect(rendered.props.onContinue).not.toHaveBeenCalled();
			expect(flat(rendered.lastFrame())).toContain(
				'Enter cannot go on while these checks fail: 64-bit PowerShell process, Execution policy lets the modules load.',
			);
		});

		it('goes on once the checks run again and pass', async () => {
			const rendered = await show({checks: replace(passing, restricted)});
			await press(rendered, '\r');
			rendered.rerender(<Prerequisites {...rendered.props} running stage="locate" checks={[]} />);
			await vi.waitFor(() => {
				expect(rendered.lastFrame()).toContain('Finding PowerShell');
			});
			rendered.rerender(<Prerequisites {...rendered.props} checks={passing} />);
			await vi.waitFor(() => {
				expect(rendered.lastFrame()).toContain('All checks passed.');
			});
			// Ink renews its input handler in an effect after the frame.
			await tick(15);
			await press(rendered, '\r');
			expect(rendered.props.onContinue).toHaveBeenCalledTimes(1);
		});
	});

	describe('revealing the checks one by one', () => {
		it('builds the list over time', async () => {
			const rendered = await show({revealIntervalMs: 5});
			await vi.waitFor(() => {
				expect(rendered.lastFrame()).toContain('All checks passed.');
			});
			expect(rendered.lastFrame()).toContain('Skype for Business client on users’ computers');
		});

		it('shows nothing before the first interval, and all at once on Enter without going on', async () => {
			const rendered = await show({revealIntervalMs: 60_000});
			expect(rendered.lastFrame()).not.toContain('PowerShell found');
			expect(rendered.lastFrame()).not.toContain('All checks passed.');
			await press(rendered, '\r');
			expect(rendered.lastFrame()).toContain('PowerShell found');
			expect(rendered.lastFrame()).toContain('All checks passed.');
			expect(rendered.props.onContinue).not.toHaveBeenCalled();
		});
	});

	describe('on an 80x24 terminal', () => {
		it('starts no line with a space where a sentence wraps', async () => {
			for (const language of ['en', 'it'] as const) {
				const {lastFrame} = await show({checks: failing}, {language});
				expect(lastFrame().split('\n').filter(line => /^ \S/.test(line))).toEqual([]);
				cleanupUi();
			}
		});

		it('keeps a long list within 22 lines of 80 columns', async () => {
			for (const language of ['en', 'it'] as const) {
				for (const rehearsal of [false, true]) {
					const {lastFrame} = await show({checks: failing}, {language, rehearsal});
					const lines = lastFrame().split('\n');
					expect(lines.length, `${language} ${String(rehearsal)}`).toBeLessThanOrEqual(22);
					expect(Math.max(...lines.map(line => line.length))).toBeLessThanOrEqual(80);
					cleanupUi();
				}
			}
		});

		it('opens at the first failing check when it would be out of view, and says what is above and below', async () => {
			const checks = [...passing.slice(0, 6), restricted, passing[7]!, teamsOnly];
			const {lastFrame} = await show({checks: [...passing.slice(0, 5), process32, ...checks.slice(5)]});
			expect(lastFrame()).toMatch(/FAIL +64-bit PowerShell process/);
			expect(lastFrame()).toMatch(/… \d+ checks? above \(Up to see\)/);
			expect(lastFrame()).toMatch(/… \d+ checks? below \(Down to see\)/);
			expect(lastFrame()).toContain('Up/Down scroll');
		});

		it('scrolls with Down and Up', async () => {
			const rendered = await show({checks: failing});
			const start = rendered.lastFrame();
			await press(rendered, '\u001B[B');
			const down = rendered.lastFrame();
			expect(down).not.toBe(start);
			expect(Number(/… (\d+) checks? below/.exec(start)?.[1] ?? 0)).toBeGreaterThan(Number(/… (\d+) checks? below/.exec(down)?.[1] ?? 0));
			await press(rendered, '\u001B[A');
			expect(rendered.lastFrame()).toBe(start);
		});

		it('scrolls to the end and no further', async () => {
			const rendered = await show({checks: failing});
			await press(rendered, ...Array.from({length: 10}, () => '\u001B[B'));
			expect(rendered.lastFrame()).not.toMatch(/below \(Down to see\)/);
			expect(rendered.lastFrame()).toContain('MicrosoftTeams module');
		});

		it('brings the first blocking check into view when Enter is refused', async () => {
			const rendered = await show({checks: failing});
			await press(rendered, ...Array.from({length: 10}, () => '\u001B[B'));
			expect(rendered.lastFrame()).not.toContain('64-bit PowerShell process  32-bit');
			await press(rendered, '\r');
			expect(rendered.lastFrame()).toContain('64-bit PowerShell process  32-bit');
		});
	});

	it('speaks Italian', async () => {
		const {lastFrame} = await show({checks: replace(passing, restricted)}, {language: 'it'});
		const frame = flat(lastFrame());
		expect(frame).toContain('Passo 1 di 7 - Controlla questo computer');
		expect(frame).toContain('Un controllo non è superato, quindi non puoi ancora proseguire');
		expect(frame).toContain('premi r per ripetere i controlli');
		expect(frame).toContain('r ripeti i controlli');
	});

	it('speaks Italian while running', async () => {
		const {lastFrame} = await show({running: true, stage: 'locate', checks: []}, {language: 'it'});
		// Padded to the widest status word (IN ATTESA), as on every screen.
		expect(lastFrame()).toContain('IN CORSO   Cerco PowerShell');
	});

	describe('in screen-reader mode', () => {
		it('reads every check in order with its status in words, without scrolling', async () => {
			const {lastFrame} = await show({checks: failing}, {screenReader: true});
			const frame = lastFrame();
			expect(frame).toContain('Checks: 9 checks: 4 passed, 2 failed, 1 with a warning, 2 for information');
			expect(frame).toContain('PASS: PowerShell found');
			expect(frame).toContain('Set-ExecutionPolicy RemoteSigned -Scope CurrentUser');
			expect(frame).toContain('WARN: MicrosoftTeams module, MicrosoftTeams 5.0.0');
			expect(frame).not.toContain('below (Down to see)');
			expect(frame.indexOf('FAIL: 64-bit PowerShell process')).toBeLessThan(frame.indexOf('WARN: MicrosoftTeams module'));
		});

		it('says the stages in words', async () => {
			const {lastFrame} = await show({running: true, stage: 'start', checks: []}, {screenReader: true});
			expect(lastFrame()).toContain('PASS: Finding PowerShell');
			expect(lastFrame()).toContain('RUNNING: Starting PowerShell');
			expect(lastFrame()).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
		});
	});
});

describe('countWrappedLines', () => {
	it('counts words moved whole to the next line', () => {
		expect(countWrappedLines('aaa bbb ccc', 7)).toBe(2);
		expect(countWrappedLines('aaa bbb', 7)).toBe(1);
		expect(countWrappedLines('', 10)).toBe(1);
	});

	it('cuts a word longer than the line', () => {
		expect(countWrappedLines('x'.repeat(25), 10)).toBe(3);
		expect(countWrappedLines(`ab ${'x'.repeat(25)}`, 10)).toBe(4);
	});

	it('counts typographic characters as one column', () => {
		expect(countWrappedLines('’’’’’', 5)).toBe(1);
	});
});

describe('checkWindow', () => {
	it('shows everything when it fits', () => {
		expect(checkWindow([1, 1, 3], 0, 5)).toEqual({first: 0, count: 3, above: 0, below: 0});
	});

	it('keeps a line for "below" when some do not fit', () => {
		expect(checkWindow([1, 1, 1, 1, 1], 0, 4)).toEqual({first: 0, count: 3, above: 0, below: 2});
	});

	it('keeps lines for "above" and "below" when scrolled to the middle', () => {
		expect(checkWindow([1, 1, 1, 1, 1, 1], 2, 4)).toEqual({first: 2, count: 2, above: 2, below: 2});
	});

	it('does not scroll past the point where the rest fits', () => {
		expect(lastOffset([1, 1, 1, 1, 1], 4)).toBe(2);
		expect(checkWindow([1, 1, 1, 1, 1], 9, 4)).toEqual({first: 2, count: 3, above: 2, below: 0});
	});

	it('shows at least one check, even one taller than the screen', () => {
		expect(checkWindow([9, 1], 0, 4)).toMatchObject({first: 0, count: 1, below: 1});
	});

	it('measures a passed check as one line and a failed one with its reason and fix', () => {
		const layout = {columns: 80, statusWidth: 11, labels: {why: 'Why:', fix: 'Fix:', fixCommand: 'Run in PowerShell:', fixLink: 'See:'}};
		const row: CheckRow = {...restricted};
		expect(checkRowHeight({...row, status: 'pass'}, layout)).toBe(1);
		// Title, why (2 lines at 69 columns), fix text, "Run in PowerShell:", the command.
		expect(checkRowHeight(row, layout)).toBe(6);
	});
});
