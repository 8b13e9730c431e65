/**
 * Asks PowerShell about itself: the probe expressions of probes.ts in one request, turned into
 * plain facts. What the facts mean is decided by the prerequisite checks.
 */
import type {CommandResult} from './frame.js';
import {environmentProbes, poolAddressProbe, type EnvironmentProbe} from './probes.js';
import type {PowerShellSession} from './session.js';

export type InstalledModule = {name: string; version: string};

export type EnvironmentFacts = {
	engineVersion: string;
	/** `FullLanguage` (from the handshake); the session would not have started otherwise. */
	languageMode: string;
	/** `Desktop` or `Core`; empty before 5.1. */
	edition: string;
	hostName: string;
	hostVersion: string;
	/** `null` when the engine could not tell (.NET before 4.0). */
	os64: boolean | null;
	process64: boolean | null;
	/** `Win32NT` on Windows, `Unix` elsewhere. */
	platform: string;
	osVersion: string;
	/** Scope -> policy, in PowerShell's order of precedence. */
	executionPolicies: Array<{scope: string; policy: string}>;
	effectiveExecutionPolicy: string;
	modules: InstalledModule[];
	onlineConnectorInstalled: boolean;
	/** Probes that failed, with PowerShell's message (shown to support engineers). */
	probeErrors: Array<{probe: EnvironmentProbe; error: string}>;
};

export async function probeEnvironment(session: PowerShellSession): Promise<EnvironmentFacts> {
	const names = Object.keys(environmentProbes) as EnvironmentProbe[];
	const results = await session.run(names.map(name => environmentProbes[name]));
	const byName = new Map<EnvironmentProbe, CommandResult | undefined>(names.map((name, index) => [name, results[index]]));
	const probeErrors: EnvironmentFacts['probeErrors'] = [];

	const outputOf = (name: EnvironmentProbe): unknown[] => {
		const result = byName.get(name);
		if (!result) {
			probeErrors.push({probe: name, error: 'no answer'});
			return [];
		}

		if (!result.ok) {
			probeErrors.push({probe: name, error: result.error});
			return [];
		}

		return result.output;
	};

	const text = (name: EnvironmentProbe): string => {
		const [first] = outputOf(name);
		return first === undefined || first === null ? '' : String(first);
	};

	const flag = (name: EnvironmentProbe): boolean | null => {
		const [first] = outputOf(name);
		return typeof first === 'boolean' ? first : null;
	};

	const pairs = (name: EnvironmentProbe): Array<[string, string]> =>
		outputOf(name)
			.map(String)
			.flatMap(line => {
				const at = line.indexOf('=');
				return at > 0 ? [[line.slice(0, at), line.slice(at + 1)] as [string, string]] : [];
			});

	return {
		engineVersion: text('engineVersion') || session.engineVersion,
		languageMode: session.languageMode,
		edition: text('edition'),
		hostName: text('hostName'),
		hostVersion: text('hostVersion'),
		os64: flag('os64'),
		process64: flag('process64'),
		platform: text('platform'),
		osVersion: text('osVersion'),
		executionPolicies: pairs('executionPolicies').map(([scope, policy]) => ({scope, policy})),
		effectiveExecutionPolicy: text('effectiveExecutionPolicy'),
		modules: pairs('modules').map(([name, version]) => ({name, version})),
		onlineConnectorInstalled: flag('onlineConnectorInstalled') === true,
		probeErrors,
	};
}

export type PoolResolution = {ok: true; address: string} | {ok: false; error: string};

/** `poolLiteral` must be a validated, quoted PowerShell literal. */
export async function resolvePool(session: PowerShellSession, poolLiteral: string): Promise<PoolResolution> {
	const result = await session.runOne(poolAddressProbe(poolLiteral));
	if (!result.ok) return {ok: false, error: result.error};
	const [address] = result.output;
	return typeof address === 'string' && address ? {ok: true, address} : {ok: false, error: 'no address'};
}
