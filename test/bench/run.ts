/**
 * `npm run bench` (it builds first): the figures of issue 5, printed, not asserted.
 *   1. the wizard's first frame against a minimal bundled Ink program, and peak memory of both;
 *   2. a 1,000-user grant in rehearsal mode against the simulator running the same commands on
 *      its own, and the PowerShell processes started per run;
 *   3. 10,000 users from a CSV: peak memory, and key press to next frame on the Review screen.
 * Each comparison runs its two sides in the same rounds, alternately. `--runs N` (default 12)
 * sets the rounds of 1 and 2, `--real-runs N` (default 3) those of 2b, on real PowerShell;
 * `--keep` keeps the temporary folder.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {BuildOptions} from 'esbuild';
import {build} from 'esbuild';
import {welcome} from '../../source/i18n/en/welcome.js';
import {applyOnce, benchEnv, commandsOf, peakPreload, powershellScriptOnce, root, simulatorOnce, timed} from './grant.js';
import {findRealPowerShell} from '../support/real-powershell.js';
import type {ProbeResult} from './review-probe.js';
import {mebibytes, median, percentile} from './stats.js';
import {firstFrame} from './terminal.js';
import {writeWorkload} from './workload.js';

const argv = process.argv.slice(2);
const runsArgument = argv.indexOf('--runs');
const runs = runsArgument >= 0 ? Math.max(1, Number(argv[runsArgument + 1])) : 12;
const keep = argv.includes('--keep');
// A 1,000-user grant on real PowerShell with the stand-in takes about half a minute (the stand-in
// writes its whole tenant file after each grant, as a server has applied each one), so 2b has its
// own, smaller count of rounds: `--real-runs N` (default 3).
const realRunsArgument = argv.indexOf('--real-runs');
const realRuns = realRunsArgument >= 0 ? Math.max(1, Number(argv[realRunsArgument + 1])) : 3;

const folder = mkdtempSync(path.join(os.tmpdir(), 'offline-im-bench-'));
const program = path.join(root, 'bin', 'offline-im.js');
const log = (text: string) => process.stderr.write(`${text}\n`);

type Row = {measure: string; value: string; target?: string; verdict?: string};
const rows: Row[] = [];
const section = (title: string) => rows.push({measure: title, value: ''});

/** The program's own bundling options (scripts/build.mjs), for the yardstick and the probe. */
async function bundle(entry: string, outdir: string, name: string): Promise<string> {
	const {sharedOptions} = (await import(pathToFileURL(path.join(root, 'scripts', 'build.mjs')).href)) as {sharedOptions: BuildOptions};
	await build({...sharedOptions, entryPoints: {[name]: path.join(import.meta.dirname, entry)}, outdir, splitting: true, entryNames: '[name]', chunkNames: 'chunks/[name]-[hash]'});
	return path.join(outdir, `${name}.js`);
}

function machine(): string {
	let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	try {
		cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
	} catch {
		// Not Linux: os.cpus() said it.
	}

	const load = os.loadavg().map(value => value.toFixed(2)).join(' ');
	return `${cpu}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${os.type()} ${os.release()}; load average at start ${load}`;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
/** The median, and the best run: on a busy machine the best says more about the program. */
const medianAndBest = (values: readonly number[]) => `(best ${ms(Math.min(...values))})  ${ms(median(values))}`;
const mib = (kibibytes: number) => `${mebibytes(kibibytes).toFixed(1)} MiB`;
const times = (value: number) => `${value.toFixed(2)}x`;

/** "met", or by how much the value misses its ceiling. */
function verdict(value: number, ceiling: number, inclusive: boolean, unit: 'ratio' | 'ms' | 'MiB'): string {
	const met = inclusive ? value <= ceiling : value < ceiling;
	if (met) return 'met';
	const over = unit === 'ratio' ? `${((value / ceiling - 1) * 100).toFixed(0)}%` : unit === 'ms' ? ms(value - ceiling) : `${(value - ceiling).toFixed(1)} MiB`;
	return `MISSED by ${over}`;
}

async function peakOf(file: string): Promise<number> {
	return Number(readFileSync(file, 'utf8'));
}

/** 1. Time to the first frame in a pseudo-terminal, and peak memory. */
async function firstFrames(): Promise<void> {
	log('1. first frame: bundling the yardstick...');
	const hello = await bundle('hello.tsx', path.join(folder, 'hello'), 'hello');
	const config = path.join(folder, 'config-first-frame');
	mkdirSync(config);
	const envFor = (peakFile: string) => benchEnv({OFFLINE_IM_CONFIG_DIR: config, TERM: 'xterm-256color', OFFLINE_IM_BENCH_PEAK_FILE: peakFile});
	// The Welcome screen's text, for the yardstick showing the same text (context, not the target).
	const welcomeText = (await firstFrame({argv: [process.execPath, program, '--simulate'], marker: welcome.question, env: envFor(path.join(folder, 'peak-capture')), cwd: folder, idleMs: 600})).text;
	const started = [
		{name: 'hello', argv: [hello], marker: 'Hello from Ink'},
		{name: 'wizard', argv: [program, '--simulate'], marker: welcome.question},
		{name: 'unicode', argv: [hello, 'Hello from Ink ❯'], marker: 'Hello from Ink ❯'},
		{name: 'same text', argv: [hello, welcomeText], marker: welcome.question},
	] as const;
	const frames: Record<string, number[]> = {};
	const peaks: Record<string, number[]> = {};
	for (let round = 0; round <= runs; round++) {
		log(`   round ${round} of ${runs}${round === 0 ? ' (warm-up, not counted)' : ''}`);
		for (const {name, argv, marker} of started) {
			const peakFile = path.join(folder, `peak-${name}-${round}`);
			const {ms: elapsed} = await firstFrame({argv: [process.execPath, '--import', peakPreload, ...argv], marker, env: envFor(peakFile), cwd: folder});
			if (round === 0) continue;
			(frames[name] ??= []).push(elapsed);
			(peaks[name] ??= []).push(await peakOf(peakFile));
		}
	}

	const frame = (name: string) => median(frames[name]!);
	const peak = (name: string) => median(peaks[name]!);
	section(`1. First frame, pseudo-terminal 80x24, median of ${runs} runs, best in brackets (spawn -> text on the terminal)`);
	rows.push({measure: 'minimal bundled Ink program (one Text)', value: medianAndBest(frames['hello']!)});
	rows.push({measure: 'offline-im --simulate (Welcome screen)', value: medianAndBest(frames['wizard']!)});
	const ratio = frame('wizard') / frame('hello');
	rows.push({measure: 'ratio', value: times(ratio), target: '<= 1.25x', verdict: verdict(ratio, 1.25, true, 'ratio')});
	rows.push({measure: 'peak memory, minimal Ink program', value: mib(peak('hello'))});
	rows.push({measure: 'peak memory, offline-im wizard', value: mib(peak('wizard'))});
	const memoryRatio = peak('wizard') / peak('hello');
	rows.push({measure: 'ratio', value: times(memoryRatio), target: '<= 1.2x', verdict: verdict(memoryRatio, 1.2, true, 'ratio')});
	rows.push({measure: 'context: the Ink program, text with one non-ASCII char', value: `${ms(frame('unicode'))}, ${mib(peak('unicode'))}`});
	rows.push({measure: "context: the Ink program, the Welcome screen's text", value: `${ms(frame('same text'))}, ${mib(peak('same text'))}`});
	const sameText = frame('wizard') / frame('same text');
	rows.push({measure: '  ratio of the wizard to it', value: times(sameText)});
}

/** 2. A 1,000-user grant: apply --simulate against the simulator alone. */
async function grant(): Promise<void> {
	log('2. 1,000-user grant: generating the tenant and the users file...');
	const workload = writeWorkload(folder, 1000);
	const first = await applyOnce(workload, 'grant-warm-up');
	const commands = commandsOf(first.journal);
	const applied: number[] = [];
	const alone: number[] = [];
	const starts = new Set<number>([first.processStarts]);
	for (let round = 1; round <= runs; round++) {
		log(`   round ${round} of ${runs}`);
		const run = await applyOnce(workload, `grant-apply-${round}`);
		if (run.granted !== 1000) throw new Error(`apply granted ${run.granted} users, not 1,000`);
		applied.push(run.ms);
		starts.add(run.processStarts);
		const simulator = await simulatorOnce(workload, commands, `grant-simulator-${round}`);
		if (simulator.granted !== 1000) throw new Error(`the simulator alone granted ${simulator.granted} users, not 1,000`);
		alone.push(simulator.ms);
	}

	section(`2. 1,000-user grant in rehearsal mode, median of ${runs} runs, best in brackets (spawn -> exit)`);
	rows.push({measure: `simulator alone, the same ${commands.length} commands from stdin`, value: medianAndBest(alone)});
	rows.push({measure: 'offline-im apply --simulate ... --yes', value: medianAndBest(applied)});
	const ratio = median(applied) / median(alone);
	rows.push({measure: 'ratio', value: times(ratio), target: '<= 1.15x', verdict: verdict(ratio, 1.15, true, 'ratio')});
	const processes = [...starts].join(', ');
	rows.push({measure: 'PowerShell processes started per run', value: processes, target: '= 1', verdict: starts.size === 1 && starts.has(1) ? 'met' : 'MISSED'});

	// The same on a real PowerShell with the stand-in module (issue 9), beside the simulator's ratio.
	const found = findRealPowerShell();
	if (!('found' in found)) {
		rows.push({measure: 'on real PowerShell', value: `skipped: ${found.missing}`});
		return;
	}

	const pwsh = found.found;
	const engineEnv = {OFFLINE_IM_REHEARSAL_ENGINE: 'powershell', OFFLINE_IM_POWERSHELL: pwsh.file};
	const realFirst = await applyOnce(workload, 'grant-real-warm-up', engineEnv);
	const realCommands = commandsOf(realFirst.journal);
	const realApplied: number[] = [];
	const realAlone: number[] = [];
	const realStarts = new Set<number>([realFirst.processStarts]);
	for (let round = 1; round <= realRuns; round++) {
		log(`   real PowerShell, round ${round} of ${realRuns}`);
		const run = await applyOnce(workload, `grant-real-apply-${round}`, engineEnv);
		if (run.granted !== 1000) throw new Error(`apply on real PowerShell granted ${run.granted} users, not 1,000`);
		realApplied.push(run.ms);
		realStarts.add(run.processStarts);
		const alone = await powershellScriptOnce(workload, realCommands, pwsh.file, `grant-real-alone-${round}`);
		if (alone.granted !== 1000) throw new Error(`PowerShell alone granted ${alone.granted} users, not 1,000`);
		realAlone.push(alone.ms);
	}

	section(`2b. The same grant on PowerShell ${pwsh.version} with the stand-in module, median of ${realRuns} runs, best in brackets`);
	rows.push({measure: `PowerShell alone, the same ${realCommands.length} commands as a script (-File)`, value: medianAndBest(realAlone)});
	rows.push({measure: 'offline-im apply --simulate --powershell ... --yes', value: medianAndBest(realApplied)});
	const realRatio = median(realApplied) / median(realAlone);
	rows.push({measure: 'ratio (the simulator\'s, above, for comparison)', value: `${times(realRatio)} (${times(ratio)})`});
	rows.push({measure: 'PowerShell processes started per run', value: [...realStarts].join(', '), target: '= 1', verdict: realStarts.size === 1 && realStarts.has(1) ? 'met' : 'MISSED'});
}

/** 3. 10,000 users: peak memory of apply and of the Review screen; key press to next frame. */
async function tenThousand(): Promise<void> {
	log('3. 10,000 users: generating the tenant and the users file...');
	const workload = writeWorkload(folder, 10_000);
	const applyRuns = 3;
	const peaks: number[] = [];
	const durations: number[] = [];
	const alone: number[] = [];
	for (let round = 1; round <= applyRuns; round++) {
		log(`   apply and the simulator alone, run ${round} of ${applyRuns}`);
		const run = await applyOnce(workload, `ten-thousand-${round}`);
		if (run.granted !== 10_000) throw new Error(`apply granted ${run.granted} users, not 10,000`);
		peaks.push(run.peakKiB);
		durations.push(run.ms);
		alone.push((await simulatorOnce(workload, commandsOf(run.journal), `ten-thousand-alone-${round}`)).ms);
	}

	log('   Review screen: bundling the probe and pressing keys...');
	const probe = await bundle('review-probe.tsx', path.join(folder, 'probe'), 'review-probe');
	const resultFile = path.join(folder, 'review.json');
	const peakFile = path.join(folder, 'peak-review');
	// --expose-gc only lets the probe say, at the end, how much of the heap is live.
	const run = await timed(process.execPath, ['--expose-gc', '--import', peakPreload, probe, workload.usersFile, resultFile], {
		env: benchEnv({OFFLINE_IM_BENCH_PEAK_FILE: peakFile}),
		cwd: folder,
	});
	if (run.exitCode !== 0) throw new Error(`the Review probe ended with ${run.exitCode}:\n${run.stderr}`);
	const result = JSON.parse(readFileSync(resultFile, 'utf8')) as ProbeResult;
	const presses = Object.values(result.keys).flat();

	section('3. 10,000 users from a CSV');
	rows.push({
		measure: `peak memory, apply --simulate (read, plan, grant, verify), median of ${applyRuns}`,
		value: mib(median(peaks)),
		target: '< 120 MiB',
		verdict: verdict(mebibytes(median(peaks)), 120, false, 'MiB'),
	});
	rows.push({measure: '  its duration; the simulator alone, same commands; ratio', value: `${ms(median(durations))}; ${ms(median(alone))}; ${times(median(durations) / median(alone))}`});
	rows.push({
		measure: `peak memory, Review screen (CSV, plan of ${result.steps.toLocaleString('en')} steps, Ink)`,
		value: mib(await peakOf(peakFile)),
		target: '< 120 MiB',
		verdict: verdict(mebibytes(await peakOf(peakFile)), 120, false, 'MiB'),
	});
	if (result.liveHeap !== undefined) rows.push({measure: '  of which the heap still live after a full collection', value: mib(result.liveHeap / 1024)});
	rows.push({measure: `key press -> next frame on Review, median of ${presses.length}`, value: ms(median(presses)), target: '< 16 ms', verdict: verdict(median(presses), 16, false, 'ms')});
	rows.push({measure: 'key press -> next frame on Review, p95', value: ms(percentile(presses, 0.95)), target: '< 16 ms', verdict: verdict(percentile(presses, 0.95), 16, false, 'ms')});
	for (const [group, values] of Object.entries(result.keys)) {
		rows.push({measure: `  ${group} (${values.length})`, value: `${ms(median(values))} / ${ms(percentile(values, 0.95))} / ${ms(Math.max(...values))}`, target: 'median / p95 / max'});
	}

	if (result.missed > 0) rows.push({measure: '  presses without a new frame within 1 s', value: String(result.missed)});
	rows.push({measure: '  first frame of Review, plan built from the CSV in', value: `${ms(result.firstFrameMs)}, ${ms(result.planMs)}`});
}

function print(header: string): void {
	const width = (pick: (row: Row) => string | undefined) => Math.max(...rows.map(row => (row.value === '' ? 0 : (pick(row) ?? '').length)));
	const [measure, value, target] = [width(row => row.measure), width(row => row.value), width(row => row.target)];
	const lines = [header, ''];
	for (const row of rows) {
		if (row.value === '' && row.target === undefined) {
			lines.push('', row.measure);
			continue;
		}

		lines.push(`  ${row.measure.padEnd(measure)}  ${row.value.padStart(value)}  ${(row.target ?? '').padEnd(target)}  ${row.verdict ?? ''}`.trimEnd());
	}

	process.stdout.write(`${lines.join('\n')}\n`);
}

try {
	execFileSync('script', ['--version'], {stdio: 'ignore'});
} catch {
	log('npm run bench needs `script` (util-linux) for its pseudo-terminal: install util-linux.');
	process.exit(2);
}

const header = `offline-im benchmarks, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\nMachine: ${machine()}`;
try {
	await firstFrames();
	await grant();
	await tenThousand();
	print(`${header}, at the end ${os.loadavg().map(value => value.toFixed(2)).join(' ')}`);
} finally {
	if (keep) log(`Kept ${folder}`);
	else rmSync(folder, {recursive: true, force: true});
}
