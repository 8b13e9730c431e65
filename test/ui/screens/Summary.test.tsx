import {afterEach, describe, expect, it, vi} from 'vitest';
import type {ExecutionOutcome, ExecutionReport, StepRecord, StepStatus} from '../../../source/engine/execute.js';
import {buildPlan} from '../../../source/plan/build-plan.js';
import type {Scope} from '../../../source/plan/choices.js';
import type {Plan, Step} from '../../../source/plan/plan.js';
import Summary, {type Props} from '../../../source/ui/screens/Summary.js';
import {summarizeReport} from '../../../source/ui/screens/summary/summarize-report.js';
import {cleanupUi, flat, renderUi, tick, type UiOptions} from '../components/render-ui.js';

afterEach(cleanupUi);

const userNames = (count: number) => Array.from({length: count}, (_, index) => `user${index}@contoso.com`);

function planFor(scope: Scope, state: 'on' | 'off' = 'off'): Plan {
	return buildPlan(
		{target: {kind: 'server', signIn: {kind: 'integrated'}}, state, scope},
		scope.kind === 'users'
			? {policy: 'missing', users: scope.users.map(identity => ({identity, found: true, clientPolicy: null}))}
			: {global: {identity: 'Global', enableIMAutoArchiving: null}},
	);
}

const usersPlan = (count: number, state: 'on' | 'off' = 'off') =>
	planFor({kind: 'users', policy: 'OfflineIM', policyMode: 'create', users: userNames(count)}, state);

type Outcomes = {
	/** The status of each change step by position; `done` for the rest. */
	change?: (step: Step, index: number) => StepStatus;
	verify?: (step: Step, index: number) => StepStatus;
};

function reportFor(plan: Plan, outcome: ExecutionOutcome, {change = () => 'done', verify = () => 'done'}: Outcomes = {}): ExecutionReport {
	const record = (step: Step, status: StepStatus, found: string): StepRecord => ({
		step,
		status,
		...(status === 'failed' && step.phase === 'change' ? {error: `Management object not found for identity "${step.subject}".`} : {}),
		...(step.phase === 'verify' && (status === 'done' || status === 'failed') ? {found} : {}),
	});
	const changes = plan.steps.filter(step => step.phase === 'change').map((step, index) => record(step, change(step, index), ''));
	const verification = plan.steps
		.filter(step => step.phase === 'verify')
		.map((step, index) => {
			const status = verify(step, index);
			return record(step, status, status === 'done' ? 'per-user client policy OfflineIM' : 'no per-user client policy');
		});
	return {
		outcome,
		changes,
		verification,
		verified: verification.every(item => item.status === 'done'),
		durationMs: 12_000,
	};
}

const journalFile = '/home/admin/.config/offline-im/journal-20261127-061200.jsonl';
const rollbackFile = '/home/admin/.config/offline-im/journal-20261127-061200.rollback.ps1';

function props(overrides: Partial<Props> = {}): Props {
	const plan = overrides.plan ?? usersPlan(2);
	return {
		report: reportFor(plan, 'done'),
		plan,
		journalFile,
		rollbackFile,
		onQuit: vi.fn(),
		...overrides,
	};
}

async function show(overrides: Partial<Props> = {}, options: UiOptions = {}) {
	const all = props(overrides);
	const rendered = renderUi(<Summary {...all} />, {columns: 80, color: false, ...options});
	await tick(20);
	return {...rendered, props: all};
}

/** Users whose number is a multiple of `every` (user0 included); never a policy. */
const everyNth = (every: number) => (step: Step) => Number(/user(\d+)@/.exec(step.subject ?? '')?.[1]) % every === 0;

/** Their grants fail, and so their read-back finds no policy. */
const failingUsers = (every: number): Outcomes => ({
	change: step => (step.kind === 'grant' && everyNth(every)(step) ? 'failed' : 'done'),
	verify: step => (step.kind === 'verify-user' && everyNth(every)(step) ? 'failed' : 'done'),
});

describe('Summary', () => {
	it('says all is done and confirmed, what changed, where the records are and what users do', async () => {
		const rendered = await show();
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('Step 7 of 7 - Summary');
		expect(frame).toContain('✔ All done, and reading the values back confirms the change.');
		expect(frame).toContain('What changed: Created the per-user policy OfflineIM, with offline messages OFF. Gave 2 users the policy OfflineIM.');
		expect(frame).toContain('Read back: all 3 values as expected.');
		expect(frame).toContain(`Journal: ${journalFile}`);
		expect(frame).toContain(`Rollback script (undoes what ran): ${rollbackFile}`);
		expect(frame).toContain('What users do now: sign out of Skype for Business and sign in again to pick up the change.');
		expect(frame).not.toContain('failed');
		expect(frame).toContain('Enter/q quit');
	});

	it('tells users to sign in again with the latest Click-to-Run client when turning messages on', async () => {
		const plan = planFor({kind: 'global'}, 'on');
		const rendered = await show({plan, report: reportFor(plan, 'done')});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('What changed: Turned offline messages ON in the Global policy.');
		expect(frame).toContain(
			'sign out of Skype for Business and sign in again, with the latest Click-to-Run client (MSI installations do not support offline messages).',
		);
	});

	it('lists the users that failed with PowerShell’s message, folding a long list', async () => {
		const plan = usersPlan(50);
		const report = reportFor(plan, 'partial', failingUsers(10));
		const rendered = await show({plan, report});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('⚠ Done for some users; the others failed (listed below).');
		expect(frame).toContain('Gave 45 of 50 users the policy OfflineIM.');
		expect(frame).toContain('What failed (5):');
		expect(frame).toContain('user0@contoso.com: Management object not found');
		expect(frame).toContain('user10@contoso.com: Management object not found');
		expect(frame).not.toContain('user20@contoso.com:');
		expect(frame).toContain('… and 3 more (all in the journal)');
		expect(frame).toContain('Read back: 46 of 51 as expected. The others are the failures above.');
	});

	it('shows a single failure whole, and the commands that did not run', async () => {
		const plan = usersPlan(3);
		const report = reportFor(plan, 'failed', {change: (step, index) => (index === 2 ? 'failed' : index > 2 ? 'skipped' : 'done')});
		const rendered = await show({plan, report});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('✖ Stopped at a failure. What ran before it stays in place.');
		expect(frame).toContain('user0@contoso.com: Management object not found for identity "user0@contoso.com".');
		expect(frame).toContain('2 commands did not run.');
	});

	it('lists values read back that are not as expected though their change ran', async () => {
		const plan = usersPlan(3);
		const report = reportFor(plan, 'failed', {verify: step => (step.subject === 'user2@contoso.com' ? 'failed' : 'done')});
		const rendered = await show({plan, report});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('Read back: 3 of 4 as expected. Not as expected: user2@contoso.com: no per-user client policy');
	});

	it('says the run was interrupted between two requests', async () => {
		const plan = usersPlan(4);
		const report = reportFor(plan, 'interrupted', {change: (_step, index) => (index < 4 ? 'done' : 'skipped')});
		const rendered = await show({plan, report});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('⚠ Stopped as you asked, between two requests. What ran before stays in place.');
		expect(frame).toContain('Gave 2 of 4 users the policy OfflineIM. 2 commands did not run.');
	});

	it('says which users were left out, and does not call the run all done', async () => {
		const plan = buildPlan(
			{target: {kind: 'server', signIn: {kind: 'integrated'}}, state: 'off', scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'create', users: ['tony@contoso.com', 'nobody@contoso.com']}},
			{
				policy: 'missing',
				users: [
					{identity: 'tony@contoso.com', found: true, clientPolicy: null},
					{identity: 'nobody@contoso.com', found: false, clientPolicy: null, unresolved: 'not-found'},
				],
			},
		);
		const rendered = await show({plan, report: reportFor(plan, 'done')});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('Done for the users that could be found; the others were left out (below).');
		expect(frame).toContain('nobody@contoso.com');
		expect(frame).not.toContain('All done');
	});

	it('says the last request may or may not have run when PowerShell stopped answering', async () => {
		const plan = usersPlan(2);
		const report: ExecutionReport = {
			...reportFor(plan, 'crashed', {change: (_step, index) => (index === 0 ? 'done' : index === 1 ? 'unknown' : 'skipped'), verify: () => 'pending'}),
			sessionFailure: {kind: 'timeout', timeoutMs: 120_000, stderr: []},
		};
		const rendered = await show({plan, report});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('✖ PowerShell stopped answering. The last request may or may not have run: the journal records what was sent.');
		expect(frame).toContain('PowerShell: PowerShell did not answer for 120 s and was stopped.');
		expect(frame).toContain('Created the per-user policy OfflineIM. 1 command may or may not have run (PowerShell stopped answering). 2 commands did not run.');
		expect(frame).toContain('Read back: not done.');
		expect(frame).toContain(`Rollback script (undoes what ran): ${rollbackFile}`);
	});

	it('says when nothing changed, and that the rollback has nothing to undo', async () => {
		const plan = planFor({kind: 'global'});
		const report = reportFor(plan, 'failed', {change: () => 'failed', verify: () => 'done'});
		const rendered = await show({plan, report});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('What changed: Nothing was changed.');
		expect(frame).toContain('What failed (1): Global: Management object not found');
		expect(frame).toContain(`Rollback script (nothing ran, nothing to undo): ${rollbackFile}`);
		expect(frame).not.toContain('What users do now');
	});

	it('names the simulated tenant in a rehearsal and fits 80 columns and 22 lines with 10,000 users', async () => {
		const plan = usersPlan(10_000);
		const report = reportFor(plan, 'partial', failingUsers(1000));
		const rendered = await show({plan, report, tenantFile: '/home/admin/.config/offline-im/rehearsal-tenant.json'}, {rehearsal: true});
		const lines = rendered.lastFrame().split('\n');
		expect(lines).toContain('Simulated tenant: /home/admin/.config/offline-im/rehearsal-tenant.json');
		expect(flat(rendered.lastFrame())).toContain('Gave 9,990 of 10,000 users the policy OfflineIM.');
		expect(lines.length).toBeLessThanOrEqual(22);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
	});

	it('quits with Enter or q', async () => {
		const rendered = await show();
		rendered.stdin.write('x');
		await tick(20);
		expect(rendered.props.onQuit).not.toHaveBeenCalled();
		rendered.stdin.write('\r');
		await tick(20);
		rendered.stdin.write('q');
		await tick(20);
		expect(rendered.props.onQuit).toHaveBeenCalledTimes(2);
	});

	it('speaks Italian', async () => {
		const plan = usersPlan(2, 'on');
		const rendered = await show({plan, report: reportFor(plan, 'done')}, {language: 'it'});
		const frame = flat(rendered.lastFrame());
		expect(frame).toContain('Passo 7 di 7 - Riepilogo');
		expect(frame).toContain('Tutto fatto: la rilettura dei valori conferma la modifica.');
		expect(frame).toContain('Creato il criterio per utente OfflineIM, con i messaggi offline ATTIVATI. Assegnato a 2 utenti il criterio OfflineIM.');
		expect(frame).toContain('Rilettura: tutti i 3 valori come previsto.');
		expect(frame).toContain(`Registro: ${journalFile}`);
		expect(frame).toContain('con il client a portata di clic più recente');
		expect(frame).toContain('Invio/q esci');
	});

	it('reads the outcome without symbols for a screen reader', async () => {
		const rendered = await show({}, {screenReader: true});
		const frame = rendered.lastFrame();
		expect(frame).toContain('All done, and reading the values back confirms the change.');
		expect(frame).not.toContain('✔');
	});
});

describe('summarizeReport', () => {
	it('counts what changed, what failed, what did not run and the read-back in one pass', () => {
		const plan = usersPlan(4);
		const report = reportFor(plan, 'failed', {
			change: (_step, index) => (index === 3 ? 'failed' : index === 4 ? 'unknown' : index > 4 ? 'skipped' : 'done'),
			verify: step => (step.subject === 'user1@contoso.com' || step.subject === 'user3@contoso.com' ? 'failed' : 'done'),
		});
		const summary = summarizeReport(report);
		expect(summary.created).toEqual(['tag:OfflineIM']);
		expect(summary.set).toEqual([{subject: 'tag:OfflineIM', state: 'off'}]);
		expect(summary.grants).toEqual({total: 4, done: 1, policy: 'OfflineIM'});
		expect(summary.failures.map(record => record.step.subject)).toEqual(['user1@contoso.com']);
		expect(summary.unknown).toBe(1);
		expect(summary.notRun).toBe(1);
		expect(summary.readBack).toMatchObject({total: 5, ok: 3, ran: true, explained: 1});
		expect(summary.readBack.unexpected.map(record => record.step.subject)).toEqual(['user3@contoso.com']);
	});
});
