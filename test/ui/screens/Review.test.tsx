import {afterEach, describe, expect, it, vi} from 'vitest';
import {buildPlan} from '../../../source/plan/build-plan.js';
import type {Choices, Scope} from '../../../source/plan/choices.js';
import type {Plan, TenantSnapshot, Warning} from '../../../source/plan/plan.js';
import {foldCommands} from '../../../source/ui/components/fold-commands.js';
import Review, {type Props} from '../../../source/ui/screens/Review.js';
import {describeUndo} from '../../../source/ui/screens/review/describe-undo.js';
import {fitPreviewHeight} from '../../../source/ui/screens/review/fit-preview.js';
import {leftOutUsers, orderWarnings} from '../../../source/ui/screens/review/order-warnings.js';
import {defaultScriptName} from '../../../source/ui/screens/review/script-name.js';
import {layoutWarnings} from '../../../source/ui/screens/review/WarningsView.js';
import {wrapWords} from '../../../source/ui/screens/review/wrap-words.js';
import {cleanupUi, flat, press, renderUi, settle, tick, type UiOptions} from '../components/render-ui.js';

afterEach(cleanupUi);

const enter = '\r';
const escape = '\u001B';
const up = '\u001B[A';
const down = '\u001B[B';
const pageDown = '\u001B[6~';
const end = '\u001B[F';
const tab = '\t';
const backspace = '\u007F';

const now = new Date('2026-11-27T06:12:00Z');

function planFor(scope: Scope, snapshot: TenantSnapshot = {}, state: 'on' | 'off' = 'off'): Plan {
	const choices: Choices = {target: {kind: 'server', pool: 'pool01.contoso.com', signIn: {kind: 'integrated'}}, state, scope};
	return buildPlan(choices, snapshot, now);
}

const userNames = (count: number) => Array.from({length: count}, (_, index) => `user${index}@contoso.com`);

/** Users plan as read from a tenant: the policy is new, Tony holds the policy Sales. */
function usersPlan(count = 2, mode: 'create' | 'reuse' = 'create', policyExists = false): Plan {
	const users = count === 2 ? ['tony@contoso.com', "Ann O'Brien"] : userNames(count);
	return planFor(
		{kind: 'users', policy: 'OfflineIM', policyMode: mode, users},
		{
			global: {identity: 'Global', enableIMAutoArchiving: null},
			policy: policyExists ? {identity: 'Tag:OfflineIM', enableIMAutoArchiving: true} : 'missing',
			users: users.map((identity, index) => ({identity, found: true, clientPolicy: index === 0 ? 'Sales' : null})),
		},
	);
}

const globalPlan = () =>
	planFor({kind: 'global'}, {global: {identity: 'Global', enableIMAutoArchiving: true}, perUserPolicyHolders: []}, 'off');

function props(overrides: Partial<Props> = {}): Props {
	return {
		status: 'ready',
		plan: usersPlan(),
		continueOnError: false,
		defaultSavePath: 'offline-im-20261127-0612.ps1',
		onContinueOnError: vi.fn(),
		onRun: vi.fn(),
		onSave: vi.fn(),
		onQuit: vi.fn(),
		onBack: vi.fn(),
		...overrides,
	};
}

async function show(overrides: Partial<Props> = {}, options: UiOptions = {}) {
	const all = props(overrides);
	const rendered = renderUi(<Review {...all} />, {columns: 80, color: false, ...options});
	await tick(20);
	return {...rendered, props: all};
}

describe('Review', () => {
	describe('before the plan is ready', () => {
		it('says that the current values are being read and that nothing changes yet', async () => {
			const rendered = await show({status: 'reading', plan: undefined});
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('Step 5 of 7 - Review and run');
			expect(frame).toContain('Reading the current values and preparing the commands…');
			expect(frame).toContain('Nothing is changed yet.');
			expect(frame).toContain('Esc back');
			await press(rendered, 'r', escape);
			expect(rendered.props.onRun).not.toHaveBeenCalled();
			expect(rendered.props.onBack).toHaveBeenCalledOnce();
		});

		it('shows why reading failed, with PowerShell’s message and what to do', async () => {
			const rendered = await show({
				status: 'failed',
				plan: undefined,
				error: {message: 'The term Get-CsUser is not recognized.', hint: 'Connect again.', command: 'Get-CsUser -Identity x'},
			});
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('ERROR: Reading the current values failed');
			expect(frame).toContain('The term Get-CsUser is not recognized.');
			expect(frame).toContain('Connect again.');
			expect(frame).toContain('Get-CsUser -Identity x');
			await press(rendered, escape);
			expect(rendered.props.onBack).toHaveBeenCalledOnce();
		});
	});

	describe('what will change', () => {
		it('says it in one line: state, users, policy and whether it is new', async () => {
			const rendered = await show();
			expect(rendered.lastFrame()).toContain('Turn offline messages OFF for 2 users with per-user policy OfflineIM (new).');
		});

		it('says an existing policy is reused', async () => {
			const rendered = await show({plan: usersPlan(2, 'reuse', true)});
			expect(rendered.lastFrame()).toContain('Turn offline messages OFF for 2 users with per-user policy OfflineIM (existing).');
		});

		it('names the whole organization and a site', async () => {
			const rendered = await show({plan: globalPlan()});
			expect(rendered.lastFrame()).toContain('Turn offline messages OFF for the whole organization (server switch).');
			rendered.rerender(<Review {...props({plan: planFor({kind: 'site', site: 'Redmond'}, {}, 'on')})} />);
			await tick(20);
			expect(rendered.lastFrame()).toContain('Turn offline messages ON for site Redmond (its site policy).');
		});
	});

	describe('warnings', () => {
		it('lists the warnings that apply, with the users a grant takes a policy from', async () => {
			const rendered = await show();
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('[Warnings (2)]');
			expect(frame).toContain('⚠ WARN: Granting the policy replaces any per-user client policy');
			expect(frame).toContain('1 user holds another one: tony@contoso.com (Sales).');
			expect(frame).toContain('⚠ WARN: Turning offline messages off also stops the automatic saving');
		});

		it('puts the warnings that stop the run first, marked CANNOT RUN', async () => {
			const rendered = await show({plan: usersPlan(2, 'create', true)});
			const lines = rendered.lastFrame().split('\n');
			const first = lines.findIndex(line => line.startsWith('✖') || line.startsWith('⚠'));
			expect(lines[first]).toMatch(/^✖ CANNOT RUN: The per-user policy OfflineIM already exists/);
		});

		it('says how many users are left out when their warning is out of view', async () => {
			const users = userNames(6);
			const plan = planFor(
				{kind: 'users', policy: 'OfflineIM', policyMode: 'create', users},
				{policy: 'missing', users: users.map((identity, index) => ({identity, found: index < 4, clientPolicy: null}))},
			);
			const rendered = await show({plan});
			// Among the warnings it comes first, so the Warnings view shows it without scrolling.
			const lines = rendered.lastFrame().split('\n');
			expect(lines.find(line => line.startsWith('⚠'))).toMatch(/^⚠ WARN: 2 users were not found/);
			expect(rendered.lastFrame()).not.toContain('will not get the policy');
			await press(rendered, tab);
			expect(rendered.lastFrame()).toContain('⚠ 2 users will not get the policy: see Warnings.');
		});

		it('scrolls line by line when they do not fit', async () => {
			const users = userNames(20);
			const plan = planFor(
				{kind: 'users', policy: 'OfflineIM', policyMode: 'create', users},
				{
					policy: 'missing',
					users: users.map((identity, index) => ({identity, found: index > 2, clientPolicy: index > 2 ? 'Sales' : null})),
				},
			);
			const rendered = await show({plan});
			expect(rendered.lastFrame()).toContain('more lines below');
			expect(rendered.lastFrame()).not.toContain('above');
			await press(rendered, down);
			expect(rendered.lastFrame()).toContain('… 1 more line above');
			await press(rendered, end);
			expect(rendered.lastFrame()).not.toContain('below');
			expect(flat(rendered.lastFrame())).toContain('Conversation History');
			expect(rendered.lastFrame().split('\n').length).toBeLessThanOrEqual(22);
		});
	});

	describe('the commands', () => {
		it('shows the exact commands under Tab, grants and all', async () => {
			const rendered = await show();
			await press(rendered, tab);
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain(`[Commands (${rendered.props.plan!.steps.length})]`);
			expect(frame).toContain("$session = New-PSSession -ConnectionUri 'https://pool01.contoso.com/OcsPowershell'");
			const pages = [frame];
			for (let page = 0; page < 5 && !pages.at(-1)!.includes("Grant-CsClientPolicy -Identity 'Ann"); page++) {
				await press(rendered, pageDown);
				pages.push(flat(rendered.lastFrame()));
			}

			expect(pages.at(-1)).toContain("Grant-CsClientPolicy -Identity 'Ann O''Brien' -PolicyName 'OfflineIM'");
			await press(rendered, end);
			const bottom = flat(rendered.lastFrame());
			expect(bottom).toContain('Verify by reading back');
			expect(bottom).toContain("Get-CsUser -Identity 'Ann O''Brien' | Select-Object SipAddress");
			expect(bottom).not.toContain('below');
		});

		it('folds 10,000 grants, scrolls a page at a time and stays within 80 columns and 22 lines', async () => {
			const rendered = await show({plan: usersPlan(10_000)});
			await press(rendered, tab);
			// The first look at 30,000 commands folds them once: let that frame land before the next key.
			await vi.waitFor(() => {
				expect(rendered.lastFrame()).toContain('[Commands');
			});
			await tick(50);
			const top = rendered.lastFrame();
			expect(top).toContain(`[Commands (${rendered.props.plan!.steps.length.toLocaleString('en-US')})]`);
			expect(top).toContain('more lines below');
			await press(rendered, pageDown);
			expect(rendered.lastFrame()).toContain('more lines above');
			expect(rendered.lastFrame()).not.toEqual(top);
			const pages = [rendered.lastFrame()];
			for (let page = 0; page < 10 && !pages.at(-1)!.includes('more grants'); page++) {
				await press(rendered, pageDown);
				pages.push(rendered.lastFrame());
			}

			expect(pages.at(-1)).toContain('  … 9,994 more grants …');
			await press(rendered, end);
			const bottom = rendered.lastFrame();
			expect(bottom).toContain("Get-CsUser -Identity 'user9999@contoso.com'");
			expect(bottom).not.toContain('below');
			for (const frame of [top, ...pages, bottom]) {
				const lines = frame.split('\n');
				expect(lines.length).toBeLessThanOrEqual(22);
				for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
			}

			await press(rendered, up);
			expect(rendered.lastFrame()).toContain('more lines below');
		});
	});

	it('says what the rollback undoes', async () => {
		const rendered = await show({plan: usersPlan(2, 'reuse', true)});
		await press(rendered, tab, tab);
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('[Undo]');
		expect(frame).toContain('writes a rollback script for exactly the commands that ran');
		expect(frame).toContain('- Give 2 users back the per-user policy they held before (or none)');
		expect(frame).toContain('- Put the per-user policy OfflineIM back to on');
		expect(frame).toContain('A saved script gets its rollback script beside it (.rollback.ps1).');
		await press(rendered, tab);
		expect(rendered.lastFrame()).toContain('[Warnings (3)]');
	});

	describe('running', () => {
		it('asks for a confirmation, then runs with Enter', async () => {
			const rendered = await show();
			expect(flat(rendered.lastFrame())).toContain('Nothing has run yet: r runs the commands, s saves them as a script for later.');
			await press(rendered, 'r');
			expect(flat(rendered.lastFrame())).toContain('Run now? 4 commands change your tenant. Press Enter to run, Esc to cancel.');
			expect(rendered.props.onRun).not.toHaveBeenCalled();
			await press(rendered, enter, enter);
			expect(rendered.props.onRun).toHaveBeenCalledOnce();
		});

		it('says in a rehearsal that the commands change the simulated tenant', async () => {
			const rendered = await show({}, {rehearsal: true});
			await press(rendered, 'r');
			expect(flat(rendered.lastFrame())).toContain('Run now? 4 commands change your simulated tenant.');
		});

		it('cancels the confirmation with Esc without going back', async () => {
			const rendered = await show();
			await press(rendered, 'r', escape, enter);
			expect(rendered.props.onRun).not.toHaveBeenCalled();
			expect(rendered.props.onBack).not.toHaveBeenCalled();
			expect(rendered.lastFrame()).toContain('r run · s save as .ps1');
		});

		it('refuses to run a plan that cannot succeed, and says why', async () => {
			const rendered = await show({plan: usersPlan(2, 'create', true)});
			await press(rendered, 'r', enter);
			expect(flat(rendered.lastFrame())).toContain('CANNOT RUN: This plan cannot run as it stands');
			expect(rendered.props.onRun).not.toHaveBeenCalled();
			await press(rendered, escape);
			expect(rendered.props.onBack).toHaveBeenCalledOnce();
		});

		it('lets the admin choose to go on after a user fails', async () => {
			const rendered = await show();
			expect(rendered.lastFrame()).toContain('If giving a user the policy fails: stop at the first failure (e to change)');
			expect(flat(rendered.lastFrame())).toContain('e if a grant fails: stop / go on');
			await press(rendered, 'e');
			expect(rendered.props.onContinueOnError).toHaveBeenCalledWith(true);
			rendered.rerender(<Review {...rendered.props} continueOnError />);
			await tick(20);
			expect(flat(rendered.lastFrame())).toContain('If giving a user the policy fails: go on with the others, and list the failures at the end (e to change)');
		});

		it('has no on-error choice without grants', async () => {
			const rendered = await show({plan: globalPlan()});
			expect(rendered.lastFrame()).not.toContain('If giving a user');
			expect(rendered.lastFrame()).not.toContain('e if a grant fails');
			await press(rendered, 'e');
			expect(rendered.props.onContinueOnError).not.toHaveBeenCalled();
		});

		it('goes back to the choices with Esc', async () => {
			const rendered = await show();
			await press(rendered, escape);
			expect(rendered.props.onBack).toHaveBeenCalledOnce();
		});
	});

	describe('saving', () => {
		it('offers the default file name and saves it', async () => {
			const rendered = await show();
			await press(rendered, 's');
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('Save as: offline-im-20261127-0612.ps1');
			expect(frame).toContain('The rollback script is saved beside it');
			expect(frame).toContain('Enter save · Esc cancel');
			await press(rendered, enter);
			expect(rendered.props.onSave).toHaveBeenCalledWith('offline-im-20261127-0612.ps1');
		});

		it('adds .ps1 to a name without it, refuses an empty one, and types r and s as text', async () => {
			const rendered = await show();
			await press(rendered, 's', ...Array.from({length: 28}, () => backspace), enter);
			expect(rendered.lastFrame()).toContain('type a file name, for example offline-im.ps1');
			expect(rendered.props.onSave).not.toHaveBeenCalled();
			await press(rendered, 'rs-plan', enter);
			expect(rendered.props.onRun).not.toHaveBeenCalled();
			expect(rendered.props.onSave).toHaveBeenCalledWith('rs-plan.ps1');
		});

		it('shows both paths once saved, then quits with q or runs with r', async () => {
			const rendered = await show();
			await press(rendered, 's', enter);
			rendered.rerender(
				<Review
					{...rendered.props}
					saved={{script: '/home/admin/offline-im-20261127-0612.ps1', rollback: '/home/admin/offline-im-20261127-0612.rollback.ps1'}}
				/>,
			);
			await tick(20);
			const frame = flat(rendered.lastFrame());
			expect(frame).toContain('Script saved: /home/admin/offline-im-20261127-0612.ps1');
			expect(frame).toContain('Rollback script: /home/admin/offline-im-20261127-0612.rollback.ps1');
			expect(frame).toContain('Nothing has run. Press q to quit now, or r to run the commands here.');
			expect(frame).toContain('q quit without running');
			await press(rendered, 'q');
			expect(rendered.props.onQuit).toHaveBeenCalledOnce();
			await press(rendered, 'r', enter);
			expect(rendered.props.onRun).toHaveBeenCalledOnce();
		});

		it('shows why a save failed and what to do, beneath the field', async () => {
			const rendered = await show();
			await press(rendered, 's', enter);
			rendered.rerender(
				<Review {...rendered.props} saveError={'Cannot write C:\\Windows\\x.ps1: permission denied\nChoose a folder you can write to, such as your Documents.'} />,
			);
			await tick(20);
			const lines = rendered.lastFrame().split('\n');
			expect(lines.find(line => line.includes('Saving failed'))).toBe('  ✖ Saving failed: Cannot write C:\\Windows\\x.ps1: permission denied');
			expect(lines.find(line => line.includes('Choose a folder'))).toBe('  Choose a folder you can write to, such as your Documents.');
			expect(rendered.lastFrame()).not.toContain('Not valid');
			expect(lines.length).toBeLessThanOrEqual(22);
			await press(rendered, escape);
			expect(rendered.props.onBack).not.toHaveBeenCalled();
			expect(rendered.lastFrame()).not.toContain('Save as');
		});

		it('quits without running with q before saving too', async () => {
			const rendered = await show();
			expect(rendered.lastFrame()).toContain('q quit without running');
			await press(rendered, 'q');
			expect(rendered.props.onQuit).toHaveBeenCalledOnce();
			expect(rendered.props.onRun).not.toHaveBeenCalled();
		});

		it('offers a name made when the prompt opens, with the local time to the second', async () => {
			const {defaultSavePath: _, ...withoutName} = props();
			vi.setSystemTime(new Date(2026, 10, 27, 7, 12, 33));
			try {
				const rendered = renderUi(<Review {...withoutName} />, {columns: 80, color: false});
				await tick(20);
				vi.setSystemTime(new Date(2026, 10, 27, 7, 15, 9));
				await press(rendered, 's');
				expect(rendered.lastFrame()).toContain('Save as: offline-im-20261127-071509.ps1');
				await press(rendered, escape);
				vi.setSystemTime(new Date(2026, 10, 27, 7, 16, 41));
				await press(rendered, 's');
				expect(rendered.lastFrame()).toContain('Save as: offline-im-20261127-071641.ps1');
			} finally {
				vi.useRealTimers();
			}
		});

		it('asks before saving over a file that exists: Enter replaces it, Esc goes back to the name', async () => {
			const fileExists = vi.fn((path: string) => path === 'plan.ps1');
			const rendered = await show({fileExists});
			await press(rendered, 's', ...Array.from({length: 28}, () => backspace), 'plan', enter);
			expect(fileExists).toHaveBeenCalledWith('plan.ps1');
			expect(flat(rendered.lastFrame())).toContain('plan.ps1 already exists: Enter to replace it, Esc to choose another name.');
			expect(rendered.lastFrame()).toContain('Enter replace it · Esc another name');
			expect(rendered.props.onSave).not.toHaveBeenCalled();
			await press(rendered, escape);
			expect(rendered.lastFrame()).toContain('Save as: plan.ps1');
			await press(rendered, enter);
			expect(rendered.props.onSave).not.toHaveBeenCalled();
			await press(rendered, enter);
			expect(rendered.props.onSave).toHaveBeenCalledWith('plan.ps1');
			expect(rendered.props.onBack).not.toHaveBeenCalled();
		});

		it('drops the quotes around a pasted path, and takes its Enter in the same piece', async () => {
			const rendered = await show();
			await press(rendered, 's', ...Array.from({length: 28}, () => backspace));
			rendered.stdin.write('"C:\\Users\\admin\\My Scripts\\pilot.ps1"\r');
			await settle(rendered);
			expect(rendered.props.onSave).toHaveBeenCalledWith('C:\\Users\\admin\\My Scripts\\pilot.ps1');
		});
	});

	it('speaks Italian', async () => {
		const rendered = await show({plan: usersPlan(2, 'create', true)}, {language: 'it'});
		let frame = flat(rendered.lastFrame());
		expect(frame).toContain('Passo 5 di 7 - Controlla ed esegui');
		expect(frame).toContain('DISATTIVA i messaggi offline per 2 utenti con il criterio per utente OfflineIM (nuovo).');
		expect(frame).toContain('✖ NON ESEGUIBILE: Il criterio per utente OfflineIM esiste già');
		expect(frame).toContain('Se un’assegnazione non riesce: fermarsi al primo errore (e per cambiare)');
		expect(frame).toContain(`[Avvisi (3)] Comandi (${rendered.props.plan!.steps.length}) Ripristino`);
		await press(rendered, 'r');
		expect(flat(rendered.lastFrame())).toContain('Questo piano così com’è non può essere eseguito');
		await press(rendered, tab);
		frame = flat(rendered.lastFrame());
		expect(frame).toContain(`[Comandi (${rendered.props.plan!.steps.length})]`);
		expect(frame).toContain('Connessione');
	});

	it('reads whole warnings and the view shown in words for a screen reader', async () => {
		const rendered = await show({plan: usersPlan(2, 'create', true)}, {screenReader: true});
		const frame = rendered.lastFrame();
		expect(frame).toContain(`Show: Warnings (3), shown; Commands (${rendered.props.plan!.steps.length}); Undo`);
		expect(frame).toContain('CANNOT RUN: The per-user policy OfflineIM already exists, so New-CsClientPolicy will fail.');
		expect(frame).toContain('WARN: Granting the policy replaces');
		expect(frame).not.toMatch(/[✖⚠]/);
		expect(frame).toContain('Keys: r run, s save as .ps1');
	});
});

describe('review helpers', () => {
	it('orders warnings: blocking, then caution, then information', () => {
		const warnings: Warning[] = [
			{kind: 'click-to-run-only'},
			{kind: 'grant-replaces-policy'},
			{kind: 'policy-missing', policy: 'X'},
		];
		expect(orderWarnings(warnings).map(({warning}) => warning.kind)).toEqual(['policy-missing', 'grant-replaces-policy', 'click-to-run-only']);
	});

	it('puts the users left out first among the cautions, and counts them', () => {
		const warnings: Warning[] = [
			{kind: 'click-to-run-only'},
			{kind: 'grant-replaces-policy', users: [{identity: 'a', clientPolicy: 'Sales'}]},
			{kind: 'users-not-found', users: ['x', 'y']},
			{kind: 'users-ambiguous', users: [{identity: 'Ann', matches: 2}]},
			{kind: 'policy-missing', policy: 'X'},
		];
		expect(orderWarnings(warnings).map(({warning}) => warning.kind)).toEqual([
			'policy-missing',
			'users-not-found',
			'users-ambiguous',
			'grant-replaces-policy',
			'click-to-run-only',
		]);
		expect(leftOutUsers(warnings)).toBe(3);
	});

	it('names a saved script after the local date and time, to the second', () => {
		expect(defaultScriptName(new Date(2026, 0, 2, 3, 4, 5))).toBe('offline-im-20260102-030405.ps1');
	});

	it('describes the rollback of a new policy: users back, policy removed, nothing to reset on it', () => {
		expect(describeUndo(usersPlan())).toEqual({policies: [], created: [{policy: 'OfflineIM', conditional: false}], grants: 2, switches: []});
		// "Off" for everyone goes through the server switch; the client policy is left alone.
		expect(describeUndo(globalPlan())).toEqual({policies: [], created: [], grants: 0, switches: [{subject: 'Global'}]});
		const read = planFor({kind: 'global'}, {global: {identity: 'Global', enableIMAutoArchiving: true}, imConfigurations: [{identity: 'Global', enableOfflineIm: true}]}, 'off');
		expect(describeUndo(read).switches).toEqual([{subject: 'Global', from: true}]);
	});

	it('wraps at spaces and splits words longer than a line', () => {
		expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
		expect(wrapWords('abcdefghijkl x', 5)).toEqual(['abcde', 'fghij', 'kl x']);
	});

	it('lays warnings out as lines with the label on the first, none longer than the width', () => {
		const lines = layoutWarnings([{severity: 'blocking', text: 'word '.repeat(40).trim()}], () => '✖ CANNOT RUN:', 40);
		expect(lines[0]).toMatchObject({label: '✖ CANNOT RUN:'});
		expect(lines.slice(1).every(line => line.label === undefined)).toBe(true);
		expect(lines.every(line => (line.label ? line.label.length + 1 : 2) + line.text.length <= 39)).toBe(true);
		expect(lines.map(line => line.text).join(' ')).toBe('word '.repeat(40).trim());
	});

	it('gives CommandPreview fewer rows when long commands wrap', () => {
		const long = Array.from({length: 20}, (_, index) => ({phase: 'read' as const, command: `Get-CsUser -Identity 'user${index}' ${'x '.repeat(30)}`}));
		const short = Array.from({length: 20}, (_, index) => ({phase: 'read' as const, command: `Get-CsUser -Identity 'user${index}'`}));
		expect(fitPreviewHeight(foldCommands(short, 100), short, 0, 10, 80)).toBe(10);
		// Each long command takes two lines: a heading, 3 commands and the "below" line fit in 8.
		expect(fitPreviewHeight(foldCommands(long, 100), long, 0, 8, 80)).toBe(5);
	});
});
