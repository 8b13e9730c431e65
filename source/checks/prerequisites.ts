/**
 * What the facts about PowerShell mean for the chosen target: one check each, with the measured
 * value, the reason and a concrete fix. Pure: the facts are gathered by run-prerequisites.ts.
 */
import type {checks as ChecksMessages} from '../i18n/en/checks.js';
import type {EnvironmentFacts, PoolResolution} from '../powershell/environment.js';
import type {Located} from '../powershell/locate.js';
import type {SessionFailure} from '../powershell/session.js';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'info';

export type CheckId =
	| 'powershell'
	| 'engine'
	| 'language-mode'
	| 'edition'
	| 'os-bitness'
	| 'process-bitness'
	| 'module'
	| 'pool'
	| 'remoting'
	| 'teams'
	| 'execution-policy'
	| 'online-retired'
	| 'client';

export type Check = {
	id: CheckId;
	status: CheckStatus;
	title: string;
	/** What was measured, as a person reads it. */
	value?: string;
	/** Why the status is not a plain pass. */
	reason?: string;
	/** What to do: in words, with a PowerShell command or a link where there is one. */
	fix?: CheckFix;
};

export type CheckFix = {text?: string; command?: string; link?: string};

const links = {
	installPowerShell: 'https://aka.ms/install-powershell',
	wmf51: 'https://aka.ms/wmf5download',
	languageModes: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_language_modes',
};

const allowScriptsCommand = 'Set-ExecutionPolicy RemoteSigned -Scope CurrentUser';
const testPoolCommand = (pool: string) => `Test-NetConnection ${pool} -Port 443`;

/**
 * What the checks need to know about the target. `remote` without a `pool`: a remote session
 * whose pool is not known yet (the wizard asks for it at the next step), so no module is needed
 * here and the pool is checked when the session opens.
 */
export type CheckTarget = {kind: 'server'; pool?: string; remote?: boolean} | {kind: 'online'};

export type PrerequisiteFacts = {
	target: CheckTarget;
	platform: NodeJS.Platform;
	located: Located;
	/** Why no session could be started, when none could. */
	startFailure?: SessionFailure;
	environment?: EnvironmentFacts;
	pool?: PoolResolution;
};

type Messages = typeof ChecksMessages;

/**
 * Policies under which the connection cannot load what it needs. Restricted runs no script file
 * at all. AllSigned runs only signed files whose publisher is in Trusted Publishers, and
 * Import-PSSession refuses it outright unless given a certificate to sign its temporary module
 * with (PowerShell's ImplicitRemotingCommands.cs: Restricted and AllSigned without -Certificate
 * throw CertificateNeeded; PowerShell's Implicit.Remoting.Tests.ps1 checks it for AllSigned).
 */
const blockingPolicies = new Set(['Restricted', 'AllSigned']);
const groupPolicyScopes = new Set(['MachinePolicy', 'UserPolicy']);

export function evaluatePrerequisites(facts: PrerequisiteFacts, m: Messages): Check[] {
	const checks: Check[] = [powershellCheck(facts, m)];
	const {environment, startFailure} = facts;

	if (startFailure?.kind === 'too-old') {
		checks.push({id: 'engine', status: 'fail', title: m.title.engine, value: startFailure.engineVersion, reason: m.engineTooOld, fix: {text: m.engineFix, link: links.wmf51}});
	}

	if (startFailure?.kind === 'constrained') {
		checks.push(
			{id: 'engine', status: 'pass', title: m.title.engine, value: startFailure.engineVersion},
			{
				id: 'language-mode',
				status: 'fail',
				title: m.title.languageMode,
				value: startFailure.languageMode,
				reason: m.languageModeReason,
				fix: {text: m.languageModeFix, link: links.languageModes},
			},
		);
	}

	if (environment) {
		checks.push(
			engineCheck(environment, m),
			{id: 'language-mode', status: 'pass', title: m.title.languageMode, value: environment.languageMode || 'FullLanguage'},
			editionCheck(environment, facts.target, m),
			osBitnessCheck(environment, m),
			processBitnessCheck(environment, m),
			...moduleChecks(environment, facts, m),
			executionPolicyCheck(environment, facts.target, m),
		);
	}

	if (facts.target.kind === 'online') {
		checks.push({
			id: 'online-retired',
			status: 'warn',
			title: m.title.onlineRetired,
			value: m.onlineRetiredValue,
			reason: m.onlineRetiredReason,
			fix: {text: m.onlineRetiredFix},
		});
	}

	checks.push({id: 'client', status: 'info', title: m.title.client, value: m.clientValue, reason: m.clientReason});
	return checks;
}

/** The checks that stop the wizard from going on. */
export function blockingChecks(checks: readonly Check[]): Check[] {
	return checks.filter(check => check.status === 'fail');
}

function powershellCheck({located, startFailure, platform}: PrerequisiteFacts, m: Messages): Check {
	const title = m.title.powershell;
	if (!located.ok) {
		return {
			id: 'powershell',
			status: 'fail',
			title,
			value: m.powershellNotFound,
			reason: m.powershellSearched(located.searched.map(place => m.searchedPlace(place.name, place.source, place.notRunnable)).join(', ')),
			fix: platform === 'win32' ? {text: m.powershellInstallWindows} : {text: m.powershellInstallOther, link: links.installPowerShell},
		};
	}

	const {executable} = located;
	const value = executable.standIn ? m.powershellStandIn(executable.display) : executable.simulated ? m.powershellSimulated : executable.display;
	if (startFailure && startFailure.kind !== 'too-old' && startFailure.kind !== 'constrained') {
		const stderr = 'stderr' in startFailure ? startFailure.stderr.slice(-3).join(' ') : '';
		const how =
			startFailure.kind === 'exited'
				? m.startExited(startFailure.exitCode)
				: startFailure.kind === 'timeout'
					? m.startTimeout(Math.round(startFailure.timeoutMs / 1000))
					: '';
		const detail =
			startFailure.kind === 'not-started' ? startFailure.message : startFailure.kind === 'setup-failed' ? startFailure.error : [how, stderr].filter(Boolean).join(' ');
		return {
			id: 'powershell',
			status: 'fail',
			title,
			value,
			reason: [m.powershellDidNotStart, detail].filter(Boolean).join(' '),
			fix: {text: m.powershellStartFix},
		};
	}

	return {id: 'powershell', status: 'pass', title, value};
}

function engineCheck(environment: EnvironmentFacts, m: Messages): Check {
	const {engineVersion, hostName, hostVersion} = environment;
	const differs = Boolean(hostVersion) && hostVersion !== engineVersion;
	return {
		id: 'engine',
		status: 'pass',
		title: m.title.engine,
		value: m.engineValue(engineVersion, hostName, hostVersion),
		...(differs ? {reason: m.engineHostDiffers} : {}),
	};
}

function editionCheck(environment: EnvironmentFacts, target: CheckTarget, m: Messages): Check {
	const edition = environment.edition || 'Desktop';
	const needsWindowsPowerShell = target.kind === 'online' || !(target.pool || target.remote);
	if (edition === 'Core' && environment.platform === 'Win32NT' && needsWindowsPowerShell) {
		return {id: 'edition', status: 'warn', title: m.title.edition, value: m.editionValue(edition), reason: m.editionCoreReason, fix: {text: m.editionCoreFix}};
	}

	return {id: 'edition', status: 'info', title: m.title.edition, value: m.editionValue(edition)};
}

function bitness(value: boolean | null, m: Messages): string {
	return value === null ? m.bitnessUnknown : value ? m.yes64 : m.no32;
}

function osBitnessCheck({os64}: EnvironmentFacts, m: Messages): Check {
	const title = m.title.osBitness;
	if (os64 === false) return {id: 'os-bitness', status: 'fail', title, value: bitness(os64, m), reason: m.osNot64, fix: {text: m.osNot64Fix}};
	return {id: 'os-bitness', status: os64 ? 'pass' : 'warn', title, value: bitness(os64, m)};
}

function processBitnessCheck({os64, process64}: EnvironmentFacts, m: Messages): Check {
	const title = m.title.processBitness;
	if (os64 === true && process64 === false) {
		return {id: 'process-bitness', status: 'fail', title, value: bitness(process64, m), reason: m.processNot64, fix: {text: m.processNot64Fix}};
	}

	return {id: 'process-bitness', status: process64 ? 'pass' : os64 === false ? 'fail' : 'warn', title, value: bitness(process64, m)};
}

function findModule(environment: EnvironmentFacts, name: string) {
	// Several versions may be installed; the first listed is the newest.
	return environment.modules.find(module => module.name.toLowerCase() === name.toLowerCase());
}

/** A module's name and version, marked when the rehearsal's stand-in provides it. */
function moduleValue(module: {name: string; version: string}, located: Located, m: Messages): string {
	const value = m.moduleValue(module.name, module.version);
	const simulated = located.ok && located.executable.standIn?.simulatedModules.some(name => name.toLowerCase() === module.name.toLowerCase());
	return simulated ? m.moduleSimulated(value) : value;
}

function moduleChecks(environment: EnvironmentFacts, facts: PrerequisiteFacts, m: Messages): Check[] {
	const {target} = facts;
	const checks: Check[] = [];
	let skypeModuleFound: boolean;

	if (target.kind === 'server' && target.remote && !target.pool) {
		skypeModuleFound = true;
		checks.push(...remotingChecks(environment, facts.located, m));
	} else if (target.kind === 'server' && target.pool) {
		skypeModuleFound = true;
		const pool = facts.pool;
		checks.push(
			pool?.ok
				? {id: 'pool', status: 'pass', title: m.title.pool(target.pool), value: pool.address}
				: {
						id: 'pool',
						status: 'fail',
						title: m.title.pool(target.pool),
						value: m.poolUnresolvedValue,
						reason: m.poolUnresolved(target.pool, pool?.error ?? '?'),
						fix: {text: m.poolFix, command: testPoolCommand(target.pool)},
					},
			...remotingChecks(environment, facts.located, m),
		);
	} else if (target.kind === 'server') {
		const module = findModule(environment, 'SkypeForBusiness') ?? findModule(environment, 'Lync');
		skypeModuleFound = Boolean(module);
		checks.push(
			module
				? {
						id: 'module',
						status: 'pass',
						title: m.title.serverModule,
						value: moduleValue(module, facts.located, m),
						...(module.name.toLowerCase() === 'lync' ? {reason: m.lyncModuleNote} : {}),
					}
				: {id: 'module', status: 'fail', title: m.title.serverModule, value: m.moduleMissing, reason: m.serverModuleMissing, fix: {text: m.serverModuleFix}},
		);
	} else {
		const module = findModule(environment, 'SkypeOnlineConnector');
		skypeModuleFound = Boolean(module) || environment.onlineConnectorInstalled;
		checks.push(
			skypeModuleFound
				? {id: 'module', status: 'pass', title: m.title.onlineModule, value: module ? moduleValue(module, facts.located, m) : 'SkypeOnlineConnector.psd1'}
				: {id: 'module', status: 'fail', title: m.title.onlineModule, value: m.moduleMissing, reason: m.onlineModuleMissing, fix: {text: m.onlineModuleFix}},
		);
	}

	const teams = findModule(environment, 'MicrosoftTeams');
	if (teams) {
		checks.push(
			skypeModuleFound
				? {id: 'teams', status: 'info', title: m.title.teams, value: moduleValue(teams, facts.located, m), reason: m.teamsAlongside}
				: {
						id: 'teams',
						status: 'warn',
						title: m.title.teams,
						value: moduleValue(teams, facts.located, m),
						reason: m.teamsOnly(teams.version),
						fix: {text: m.teamsFix},
					},
		);
	}

	return checks;
}

/**
 * A remote pool is reached with `New-PSSession -ConnectionUri https://POOL/OcsPowershell`: WSMan
 * remoting, which PowerShell supports only between Windows systems ("WSMan remoting is not
 * supported on non-Windows platforms": learn.microsoft.com, "WS-Management (WSMan) Remoting in
 * PowerShell"). The platform is the PowerShell's own (`[Environment]::OSVersion.Platform`), so
 * the simulator's tenant can play either. Nothing to say on Windows, nor when the probe could not
 * tell. In a rehearsal on a real PowerShell the stand-in plays the remote session itself, so the
 * rehearsal can go on: a warning, saying that a real run from here could not.
 */
function remotingChecks(environment: EnvironmentFacts, located: Located, m: Messages): Check[] {
	const {platform} = environment;
	if (!platform || platform === 'Win32NT') return [];
	const rehearsal = located.ok && located.executable.standIn !== undefined;
	return [
		{
			id: 'remoting',
			status: rehearsal ? 'warn' : 'fail',
			title: m.title.remoting,
			value: m.remotingUnsupported(platform),
			reason: rehearsal ? m.remotingOffWindowsRehearsal : m.remotingOffWindows,
			fix: {text: m.remotingFix},
		},
	];
}

function executionPolicyCheck(environment: EnvironmentFacts, target: CheckTarget, m: Messages): Check {
	const title = m.title.executionPolicy;
	if (environment.platform && environment.platform !== 'Win32NT') {
		return {id: 'execution-policy', status: 'pass', title, value: m.policyValue(environment.effectiveExecutionPolicy || 'Unrestricted', m.policyNotEnforced)};
	}

	// The first defined scope, in PowerShell's order of precedence, decides.
	const deciding = environment.executionPolicies.find(entry => entry.policy && entry.policy !== 'Undefined');
	// Nothing defined anywhere means Restricted on Windows clients.
	const effective = environment.effectiveExecutionPolicy || deciding?.policy || 'Restricted';
	const value = m.policyValue(effective, deciding?.scope ?? '');

	if (!blockingPolicies.has(effective)) return {id: 'execution-policy', status: 'pass', title, value};
	const byGroupPolicy = Boolean(deciding && groupPolicyScopes.has(deciding.scope));

	// The local module needs no Import-PSSession: under AllSigned it loads when Microsoft, who
	// signs it, is a trusted publisher, which cannot be told from here. Otherwise PowerShell asks
	// (PSAuthorizationManager: AuthenticodePrompt), and a -NonInteractive session cannot answer.
	if (effective === 'AllSigned' && target.kind === 'server' && !target.pool && !target.remote) {
		const module = localModuleName(environment);
		return {
			id: 'execution-policy',
			status: 'warn',
			title,
			value,
			reason: m.policyAllSignedLocal(module),
			fix: {text: m.policyAllSignedLocalFix(module, !byGroupPolicy), command: `Import-Module ${module}`},
		};
	}

	const reason = effective === 'AllSigned' ? m.policyAllSignedSession(target.kind === 'online') : m.policyRestricted;
	if (byGroupPolicy) {
		return {id: 'execution-policy', status: 'fail', title, value, reason: `${reason} ${m.policyByGroupPolicy(effective)}`, fix: {text: m.policyByGroupPolicyFix}};
	}

	return {id: 'execution-policy', status: 'fail', title, value, reason, fix: {text: m.policyFix, command: allowScriptsCommand}};
}

/** The Server admin module found here, as the connection will import it. */
function localModuleName(environment: EnvironmentFacts): 'SkypeForBusiness' | 'Lync' {
	return !findModule(environment, 'SkypeForBusiness') && findModule(environment, 'Lync') ? 'Lync' : 'SkypeForBusiness';
}
