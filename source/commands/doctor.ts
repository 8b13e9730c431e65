/**
 * `offline-im doctor`: the prerequisite checks for the chosen target. Exit 0 when none fails,
 * 1 otherwise. `--json` gives a report a support engineer can attach to a ticket: the tool's
 * version, the system, every check and the PowerShell facts behind them, and no secrets.
 */
import os from 'node:os';
import {blockingChecks, type Check, type CheckTarget, type PrerequisiteFacts} from '../checks/prerequisites.js';
import {InputError} from '../errors.js';
import {catalogFor, type Catalog} from '../i18n/catalog.js';
import {validatePoolFqdn} from '../plan/validate.js';
import type {PowerShellExecutable} from '../powershell/locate.js';
import {version} from '../version.js';
import {shown} from './choices-from-options.js';
import type {DoctorOptions, Io} from './options.js';
import {createRun, prepareRun} from './run-setup.js';

export async function runDoctor(options: DoctorOptions, io: Io): Promise<number> {
	const setup = await prepareRun(options, io);
	const catalog = catalogFor(setup.language);
	const target = doctorTarget(options, setup.settings, catalog);
	const run = createRun(setup, options);
	try {
		const {checks, facts} = await run.checkPrerequisites(target);
		const failed = blockingChecks(checks);
		if (options.json) {
			const report = {
				format: 'offline-im-doctor/1',
				tool: {name: 'offline-im', version},
				generatedAt: new Date().toISOString(),
				rehearsal: Boolean(setup.rehearsalTenant),
				target,
				system: {platform: process.platform, release: os.release(), arch: process.arch, node: process.version},
				powershell: setup.located.ok ? powershellReport(setup.located.executable, facts) : {searched: setup.located.searched},
				checks,
				summary: {
					ok: failed.length === 0,
					passed: checks.filter(check => check.status === 'pass').length,
					failed: failed.length,
					warnings: checks.filter(check => check.status === 'warn').length,
				},
			};
			io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
		} else {
			io.stdout.write(renderChecks(checks, target, catalog, Boolean(setup.rehearsalTenant)));
			if (setup.rehearsalTenant && setup.located.ok) {
				io.stdout.write(`\n${catalog.common.rehearsalEngine(setup.located.executable.standIn ? setup.located.executable.display : undefined)}\n`);
			}
			io.stdout.write(`\n${failed.length === 0 ? catalog.commands.doctor.allPassed : catalog.commands.doctor.failed(failed.length)}\n`);
		}

		return failed.length === 0 ? 0 : 1;
	} finally {
		await run.close();
	}
}

/**
 * What ran the checks. `engine` says whether the facts are a real PowerShell's (`real`) or the
 * simulator's; `skypeForBusiness` whether the modules and the tenant are real or the rehearsal's,
 * and each simulated module says so.
 */
function powershellReport(executable: PowerShellExecutable, facts: PrerequisiteFacts) {
	const simulatedModules = new Set((executable.standIn?.simulatedModules ?? []).map(name => name.toLowerCase()));
	const environment = facts.environment
		? {
				...facts.environment,
				modules: facts.environment.modules.map(module =>
					executable.simulated ? {...module, simulated: !executable.standIn || simulatedModules.has(module.name.toLowerCase())} : module,
				),
			}
		: {};
	return {
		executable: executable.display,
		simulated: executable.simulated,
		engine: executable.simulated && !executable.standIn ? 'simulator' : 'real',
		skypeForBusiness: executable.simulated ? 'simulated' : 'real',
		...(facts.startFailure ? {startFailure: facts.startFailure} : {}),
		...environment,
	};
}

export function doctorTarget(
	options: DoctorOptions,
	settings: {target?: 'server' | 'online'; pool?: string},
	catalog: Catalog,
): CheckTarget {
	const kind = options.target ?? settings.target ?? 'server';
	if (kind === 'online') return {kind: 'online'};
	// A remembered pool applies only when the target was not named on the command line.
	const pool = options.pool ?? (options.target === undefined ? settings.pool : undefined);
	if (pool === undefined) return {kind: 'server'};
	const validation = validatePoolFqdn(pool);
	if (!validation.ok) throw new InputError(catalog.cli.invalid('--pool', shown(pool), catalog.plan.problem(validation.problem)));
	return {kind: 'server', pool: validation.value};
}

export function targetLabel(target: CheckTarget, catalog: Catalog): string {
	if (target.kind === 'online') return catalog.commands.target.online;
	return target.pool ? catalog.commands.target.serverPool(target.pool) : catalog.commands.target.serverLocal;
}

/** The checks as plain text: the status word first, so it reads without colour. */
export function renderChecks(checks: readonly Check[], target: CheckTarget, catalog: Catalog, rehearsal: boolean): string {
	const lines = [catalog.commands.doctor.heading(targetLabel(target, catalog))];
	if (rehearsal) lines.push(catalog.common.rehearsalBanner);
	lines.push('');
	const width = Math.max(...Object.values(catalog.ui.status).map(word => word.length)) + 2;
	const indent = ' '.repeat(width);
	for (const check of checks) {
		const status = catalog.ui.status[check.status].padEnd(width);
		lines.push(`${status}${check.title}${check.value ? `: ${check.value}` : ''}`);
		if (check.reason) lines.push(`${indent}${catalog.commands.why} ${check.reason}`);
		if (check.fix?.text) lines.push(`${indent}${catalog.commands.fix} ${check.fix.text}`);
		if (check.fix?.command) lines.push(`${indent}${catalog.ui.checkList.fixCommand} ${check.fix.command}`);
		if (check.fix?.link) lines.push(`${indent}${catalog.ui.checkList.fixLink} ${check.fix.link}`);
	}

	return `${lines.join('\n')}\n`;
}
