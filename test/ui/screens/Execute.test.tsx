import {afterEach, describe, expect, it, vi} from 'vitest';
import type {ExecutionProgress, StepRecord, StepStatus} from '../../../source/engine/execute.js';
import {buildPlan} from '../../../source/plan/build-plan.js';
import type {Scope} from '../../../source/plan/choices.js';
import type {Plan} from '../../../source/plan/plan.js';
import Execute, {type Props} from '../../../source/ui/screens/Execute.js';
import {tallyChanges} from '../../../source/ui/screens/execute/tally-changes.js';
import {cleanupUi, flat, renderUi, tick, type UiOptions} from '../components/render-ui.js';

afterEach(cleanupUi);

function planFor(scope: Scope): Plan {
	return buildPlan(
		{target: {kind: 'server', signIn: {kind: 'integrated'}}, state: 'off', scope},
		scope.kind === 'users'
			? {policy: 'missing', users: scope.users.map(identity => ({identity, found: true, clientPolicy: null}))}
			: {global: {identity: 'Global', enableIMAutoArchiving: null}},
	);
}

const userNames = (count: number) => Array.from({length: count}, (_, index) => `user${index}@contoso.com`);

/** The change records of a users plan: the first `finished` done (every `failEvery`-th failed), one running. */
function records(users: number, finished: number, failEvery = 0): StepRecord[] {
	const plan = planFor({kind: 'users', policy: 'OfflineIM', policyMode: 'create', users: userNames(users)});
	return plan.steps
		.filter(step => step.phase === 'change')
		.map((step, index) => {
			let status: StepStatus = index < finished ? 'done' : index === finished ? 'running' : 'pending';
			const fails = status === 'done' && step.kind === 'grant' && failEvery > 0 && index % failEvery === 0;
			if (fails) status = 'failed';
			return {step, status, ...(fails ? {error: `Management object not found for identity "${step.subject}".`} : {})};
		});
}

function progressOf(changes: readonly StepRecord[]): ExecutionProgress {
	const done = changes.filter(record => record.status === 'done').length;
	const failed = changes.filter(record => record.status === 'failed').length;
	const current = changes.find(record => record.status === 'running')?.step;
	return {done, failed, total: changes.length, phase: 'change', ...(current ? {current} : {})};
}

function props(overrides: Partial<Props> = {}): Props {
	const changes = overrides.changes ?? records(3, 3);
	return {
		phase: 'change',
		progress: progressOf(changes),
		changes,
		startedAt: Date.now() - 75_000,
		stopping: false,
		onStop: vi.fn(),
		...overrides,
	};
}

async function show(overrides: Partial<Props> = {}, options: UiOptions = {}) {
	const all = props(overrides);
	const rendered = renderUi(<Execute {...all} />, {columns: 80, color: false, ...options});
	await tick(20);
	return {...rendered, props: all};
}

describe('Execute', () => {
	it('shows each policy command with its status in words', async () => {
		const rendered = await show({changes: records(3, 1)});
		const lines = rendered.lastFrame().split('\n');
		expect(lines[0]).toBe('Step 6 of 7 - Making the change');
		expect(lines).toContain("✔ DONE     New-CsClientPolicy -Identity 'OfflineIM'");
		expect(lines.find(line => line.includes('Set-CsClientPolicy'))).toMatch(/RUNNING {2}Set-CsClientPolicy -Identity 'OfflineIM'/);
		expect(flat(rendered.lastFrame())).toContain('The journal records each one and its result.');
	});

	it('shows the grants as a progress bar with the user being granted and the latest failures', async () => {
		const changes = records(100, 42, 10);
		const rendered = await show({changes});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('Giving users the per-user policy OfflineIM');
		// 40 grants finished (the two policy steps are not grants), 4 of them failed.
		expect(frame).toContain('40 of 100 40% elapsed 01:15 4 failed');
		expect(frame).toContain('Now: user40@contoso.com');
		expect(frame).toContain('Failed (the latest of 4):');
		// One line each (cut at the edge); the summary and the journal have them whole.
		const failures = rendered.lastFrame().split('\n').filter(line => line.includes(': Management object not found'));
		expect(failures.map(line => line.trim().split(':')[0])).toEqual(['user18@contoso.com', 'user28@contoso.com', 'user38@contoso.com']);
		expect(failures[0]).toMatch(/^ {2}user18@contoso\.com: Management object not found for identity "user18@contoso\.…$/);
		expect(frame).not.toContain('user8@contoso.com:');
	});

	it('renders 10,000 grants as counts, within 80 columns and 22 lines', async () => {
		const changes = records(10_000, 6_000, 997);
		const rendered = await show({changes}, {rehearsal: true});
		const lines = rendered.lastFrame().split('\n');
		expect(flat(rendered.lastFrame())).toContain('5,998 of 10,000 59%');
		expect(lines.length).toBeLessThanOrEqual(22);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
		expect(lines.filter(line => line.includes('@contoso.com')).length).toBeLessThanOrEqual(4);
	});

	it('reads back with its own progress once the change has run', async () => {
		const changes = records(3, 5);
		const rendered = await show({phase: 'verify', changes, progress: undefined});
		expect(flat(rendered.lastFrame())).toContain('Reading the values back to confirm the change…');
		rendered.rerender(<Execute {...rendered.props} phase="verify" progress={{done: 2, failed: 1, total: 4, phase: 'verify'}} />);
		await tick(20);
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('Verifying by reading back');
		expect(frame).toContain('3 of 4 75%');
		expect(frame).toContain('1 failed');
		expect(frame).toContain('3 of 3 100%');
		expect(frame).toContain('Reading back changes nothing; the summary follows when it is done.');
		expect(frame).not.toContain('s stop');
		rendered.stdin.write('s');
		await tick(20);
		expect(rendered.props.onStop).not.toHaveBeenCalled();
	});

	it('stops with s, explaining that nothing is left half done', async () => {
		const rendered = await show();
		expect(flat(rendered.lastFrame())).toContain('Press s to stop: the run stops between two requests, so nothing is left half done.');
		expect(rendered.lastFrame()).toContain('s stop · Ctrl+C stop');
		rendered.stdin.write('x');
		await tick(20);
		expect(rendered.props.onStop).not.toHaveBeenCalled();
		rendered.stdin.write('s');
		await tick(20);
		expect(rendered.props.onStop).toHaveBeenCalledOnce();
	});

	it('says it is stopping, and no longer offers s', async () => {
		const rendered = await show({stopping: true});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('WARN: Stopping after the current request… Nothing is left half done.');
		expect(frame).toContain('Ctrl+C quit at once (the journal says what ran)');
		expect(frame).not.toContain('s stop');
		rendered.stdin.write('s');
		await tick(20);
		expect(rendered.props.onStop).not.toHaveBeenCalled();
	});

	it('shows a single command and no bar for the whole organization', async () => {
		const plan = planFor({kind: 'global'});
		const changes: StepRecord[] = plan.steps.filter(step => step.phase === 'change').map(step => ({step, status: 'failed', error: 'Access denied.'}));
		const rendered = await show({changes});
		expect(rendered.lastFrame()).toMatch(/✖ FAILED +Set-CsImConfiguration -Identity Global -EnableOfflineIm \$false/);
		expect(rendered.lastFrame()).not.toContain('%');
	});

	it('keeps a command where it is when its status changes', async () => {
		const plan = planFor({kind: 'global'});
		const [step] = plan.steps.filter(each => each.phase === 'change');
		const column = (frame: string) => frame.split('\n').find(line => line.includes('Set-CsImConfiguration'))!.indexOf('Set-CsImConfiguration');
		for (const language of ['en', 'it'] as const) {
			const columns = new Set<number>();
			for (const status of ['pending', 'running', 'done', 'failed', 'skipped', 'unknown'] as const) {
				const rendered = await show({changes: [{step: step!, status}]}, {language});
				columns.add(column(rendered.lastFrame()));
				cleanupUi();
			}

			expect(columns.size, language).toBe(1);
		}
	});

	it('speaks Italian', async () => {
		const rendered = await show({changes: records(100, 42, 10)}, {language: 'it'});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('Passo 6 di 7 - Modifica in corso');
		expect(frame).toContain('✔ FATTO');
		expect(frame).toContain('Assegnazione del criterio per utente OfflineIM');
		expect(frame).toContain('40 di 100 40% tempo trascorso 01:15 4 non riusciti');
		expect(frame).toContain('Non riusciti (gli ultimi di 4):');
		expect(frame).toContain('Premi s per fermare');
		expect(frame).toContain('s ferma');
	});

	it('says statuses and progress in words for a screen reader', async () => {
		const rendered = await show({changes: records(100, 1)}, {screenReader: true});
		const frame = rendered.lastFrame();
		expect(frame).toContain("DONE: New-CsClientPolicy -Identity 'OfflineIM'");
		expect(frame).toContain("RUNNING: Set-CsClientPolicy -Identity 'OfflineIM' -EnableIMAutoArchiving $false");
		expect(frame).toContain('Giving users the per-user policy OfflineIM: 0 of 100, 0%, elapsed 01:15');
		expect(frame).not.toMatch(/[✔⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
	});
});

describe('tallyChanges', () => {
	it('counts the grants apart from the policy steps and keeps the latest failures in order', () => {
		const changes = records(10, 12, 3);
		const tally = tallyChanges(changes, 2);
		expect(tally.policySteps.map(record => record.step.kind)).toEqual(['new-policy', 'set-policy']);
		expect(tally.grants).toEqual({total: 10, finished: 10, failed: 3});
		expect(tally.lastFailures.map(record => record.step.subject)).toEqual(['user4@contoso.com', 'user7@contoso.com']);
		expect(tally.grantPolicy).toBe('OfflineIM');
	});

	it('counts a grant of unknown outcome as finished and failed', () => {
		const [first, second, grant] = records(1, 3);
		const tally = tallyChanges([first!, second!, {...grant!, status: 'unknown'}], 3);
		expect(tally.grants).toEqual({total: 1, finished: 1, failed: 1});
		expect(tally.lastFailures).toHaveLength(1);
	});
});
