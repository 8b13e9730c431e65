/**
 * Step 5 (Review) with the users of a CSV file, in a real Ink render of 80x24 with the program's
 * render throttle: the time from each key press to the next frame written. Bundled like the
 * program (production React) and run by run.ts: `node review-probe.js USERS.csv RESULT.json`.
 */
import {EventEmitter} from 'node:events';
import {writeFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {render} from 'ink';
import {loadUsersFile} from '../../source/commands/choices-from-options.js';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices} from '../../source/plan/choices.js';
import type {TenantSnapshot} from '../../source/plan/plan.js';
import UiProvider from '../../source/ui/components/UiProvider.js';
import Review from '../../source/ui/screens/Review.js';

export type ProbeResult = {
	users: number;
	steps: number;
	planMs: number;
	firstFrameMs: number;
	/** Key press to the next frame, ms, per key group. */
	keys: Record<string, number[]>;
	/** Presses after which no frame came within a second. */
	missed: number;
	/** The heap still in use after a full collection at the end (run with --expose-gc), bytes. */
	liveHeap?: number;
};

/** A terminal of 80x24 that records when each frame is written. */
class Terminal extends EventEmitter {
	readonly columns = 80;
	readonly rows = 24;
	readonly isTTY = true;
	frames = 0;
	lastFrameAt = 0;
	write = (_frame: string): boolean => {
		this.frames++;
		this.lastFrameAt = performance.now();
		return true;
	};
}

/** A keyboard: Ink reads it as it reads a terminal's stdin. */
class Keyboard extends EventEmitter {
	readonly isTTY = true;
	private pending: string | null = null;
	press(keys: string): void {
		this.pending = keys;
		this.emit('readable');
	}

	read = (): string | null => {
		const keys = this.pending;
		this.pending = null;
		return keys;
	};

	setEncoding(): void {}
	setRawMode(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

const [usersFile, resultFile] = process.argv.slice(2);
if (!usersFile || !resultFile) throw new Error('usage: review-probe USERS.csv RESULT.json');

const planStarted = performance.now();
const {users} = loadUsersFile(usersFile, process.cwd(), 'en');
const choices: Choices = {
	target: {kind: 'server', signIn: {kind: 'integrated'}},
	state: 'off',
	scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'create', users},
};
// What the reads find in the benchmark's tenant: one user in 500 holds SalesPolicy.
const snapshot: TenantSnapshot = {
	global: {identity: 'Global', enableIMAutoArchiving: null},
	policy: 'missing',
	perUserPolicies: [
		{identity: 'Tag:SalesPolicy', enableIMAutoArchiving: true},
		{identity: 'Tag:NoSavedIM', enableIMAutoArchiving: false},
	],
	users: users.map((identity, index) => ({identity, found: true, clientPolicy: (index + 1) % 500 === 0 ? 'SalesPolicy' : null})),
};
const plan = buildPlan(choices, snapshot);
const planMs = performance.now() - planStarted;

const terminal = new Terminal();
const keyboard = new Keyboard();
const noop = () => {};
const renderStarted = performance.now();
render(
	<UiProvider language="en">
		<Review status="ready" plan={plan} continueOnError={false} defaultSavePath="offline-im.ps1" onContinueOnError={noop} onRun={noop} onSave={noop} onQuit={noop} onBack={noop} />
	</UiProvider>,
	// The program's defaults otherwise: 30 frames a second at most.
	{stdout: terminal as never, stdin: keyboard as never, stderr: new Terminal() as never, exitOnCtrlC: false, patchConsole: false},
);
const firstFrameMs = terminal.lastFrameAt - renderStarted;
const sleep = async (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
await sleep(200);

const keys: Record<string, number[]> = {};
let missed = 0;

/** Presses each key, after a pause longer than the render throttle, and times the next frame. */
async function press(group: string, sequence: readonly string[]): Promise<void> {
	const times = (keys[group] ??= []);
	for (const key of sequence) {
		const before = terminal.frames;
		const pressed = performance.now();
		keyboard.press(key);
		while (terminal.frames === before && performance.now() - pressed < 1000) await new Promise(resolve => setImmediate(resolve));
		if (terminal.frames === before) missed++;
		else times.push(terminal.lastFrameAt - pressed);
		await sleep(45);
	}
}

const alternate = (a: string, b: string, count: number) => Array.from({length: count}, (_, index) => (index % 2 ? b : a));
await press('Tab to the commands', ['\t']);
await press('Down/Up in the commands', alternate('\u001B[B', '\u001B[A', 100));
await press('PgDn/PgUp in the commands', alternate('\u001B[6~', '\u001B[5~', 60));
await press('End/Home in the commands', alternate('\u001B[F', '\u001B[H', 40));
await press('Tab between the views', Array.from({length: 29}, () => '\t'));
await press('Down/Up in the warnings', alternate('\u001B[B', '\u001B[A', 40));

const {gc} = globalThis as {gc?: () => void};
gc?.();
const result: ProbeResult = {users: users.length, steps: plan.steps.length, planMs, firstFrameMs, keys, missed, ...(gc ? {liveHeap: process.memoryUsage().heapUsed} : {})};
writeFileSync(resultFile, JSON.stringify(result));
process.exit(0);
