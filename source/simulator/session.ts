import {clientPolicyCommands} from './cmdlets/client-policy.js';
import {connectionCommands} from './cmdlets/connection.js';
import {serverConfigurationCommands} from './cmdlets/server-configuration.js';
import {coreCommands} from './cmdlets/core.js';
import {Directory} from './directory.js';
import {createTypeResolver} from './dotnet.js';
import {Engine, type EngineHost, type Flavor, type StaticType} from './language/engine.js';
import {CustomObject, Hashtable, PSObject, type Value, VersionValue} from './language/values.js';
import type {ExecutionPolicyName, Tenant} from './tenant.js';

export const executionPolicyScopes = ['MachinePolicy', 'UserPolicy', 'Process', 'CurrentUser', 'LocalMachine'] as const;
export type ExecutionPolicyScope = (typeof executionPolicyScopes)[number];

export type SessionOptions = {
	tenant: Tenant;
	/** Where the tenant is written back; none in unit tests. */
	tenantPath?: string;
	writeOut(text: string): void;
	writeErr(text: string): void;
	/** The process environment as PowerShell sees it. */
	environment?: Record<string, string | undefined>;
	/** `-ExecutionPolicy` from the command line (Process scope). */
	processExecutionPolicy?: ExecutionPolicyName;
	nonInteractive?: boolean;
};

/**
 * Where the Skype for Business cmdlets came from, which decides which exist:
 *  - `skype-module` (Import-Module SkypeForBusiness) and `server-session` (Import-PSSession of a
 *    pool's session): everything, the IM configuration cmdlets included;
 *  - `lync-module` (Import-Module Lync, Lync Server 2010/2013): no *-CsImConfiguration, which came
 *    with the Skype for Business Server 2015 June 2016 cumulative update;
 *  - `online-session` (Import-PSSession of New-CsOnlineSession's): the client policy cmdlets and
 *    Get-CsOnlineUser; no Get-CsUser (on-premises only), no pools, no IM configuration.
 */
export type SkypeCommandSource = 'skype-module' | 'lync-module' | 'server-session' | 'online-session';

/** A remote session object (New-PSSession, New-CsOnlineSession). */
export class PSSessionValue extends PSObject {
	readonly typeName = 'System.Management.Automation.Runspaces.PSSession';
	state: 'Opened' | 'Closed' = 'Opened';

	constructor(
		readonly id: number,
		readonly kind: 'server' | 'online',
		readonly computerName: string,
	) {
		super();
	}

	override getProperty(name: string): Value | undefined {
		switch (name.toLowerCase()) {
			case 'id':
				return this.id;
			case 'name':
				return `WinRM${this.id}`;
			case 'computername':
				return this.computerName;
			case 'computertype':
				return 'RemoteMachine';
			case 'state':
				return this.state;
			case 'configurationname':
				return 'Microsoft.PowerShell';
			case 'availability':
				return this.state === 'Opened' ? 'Available' : 'None';
			default:
				return undefined;
		}
	}

	override propertyNames(): string[] {
		return ['Id', 'Name', 'ComputerName', 'ComputerType', 'State', 'ConfigurationName', 'Availability'];
	}

	override toText(): string {
		return `[PSSession]WinRM${this.id}`;
	}
}

/**
 * One simulated PowerShell process: the engine, the tenant it administers, and the process
 * state (imported modules, sessions, execution policy, the credential pad).
 */
export class SimulatorSession implements EngineHost {
	readonly engine: Engine;
	readonly directory: Directory;
	readonly flavor: Flavor;
	readonly engineMajor: number;
	readonly environment = new Map<string, {name: string; value: string}>();
	readonly nonInteractive: boolean;
	readonly importedModules = new Map<string, {name: string; version: string}>();
	readonly sessions: PSSessionValue[] = [];
	/** Where the Skype for Business cmdlets came from (the last import), once they exist. */
	skypeCommandsFrom: SkypeCommandSource | undefined;
	/** The one-time pad the handshake moved out of the environment. */
	credentialPad: string | undefined;
	private processExecutionPolicy: ExecutionPolicyName;
	private readonly resolveDotNetType: (name: string) => StaticType | undefined;
	private readonly automaticVariables: Map<string, Value>;

	constructor(private readonly options: SessionOptions) {
		const {tenant} = options;
		this.directory = new Directory(tenant, options.tenantPath);
		this.engineMajor = Number.parseInt(tenant.powershell.engineVersion, 10);
		this.flavor = {core: tenant.powershell.edition === 'Core' || this.engineMajor >= 6};
		this.nonInteractive = options.nonInteractive ?? true;
		this.processExecutionPolicy = options.processExecutionPolicy ?? tenant.executionPolicies.Process;
		for (const [name, value] of Object.entries(options.environment ?? {})) {
			if (value !== undefined) this.environment.set(name.toLowerCase(), {name, value});
		}

		this.resolveDotNetType = createTypeResolver({
			tenant,
			engineMajor: this.engineMajor,
			environment: this.environment,
			writeOut: text => this.writeOut(text),
			writeErr: text => this.writeErr(text),
		});
		this.automaticVariables = this.buildAutomaticVariables();
		this.engine = new Engine(this);
		for (const command of coreCommands(this)) this.engine.define(command);
		for (const command of connectionCommands(this)) this.engine.define(command);
		for (const [alias, target] of coreAliases) this.engine.alias(alias, target);
	}

	get tenant(): Tenant {
		return this.options.tenant;
	}

	writeOut(text: string): void {
		this.options.writeOut(text);
	}

	writeErr(text: string): void {
		this.options.writeErr(text);
	}

	automatic(name: string): Value | undefined {
		return this.automaticVariables.get(name);
	}

	resolveType(name: string): StaticType | undefined {
		return this.resolveDotNetType(name);
	}

	// ---------------------------------------------------------------- execution policy

	executionPolicies(): Record<ExecutionPolicyScope, ExecutionPolicyName> {
		return {...this.tenant.executionPolicies, Process: this.processExecutionPolicy};
	}

	/** The first scope that defines a policy wins; none at all means Restricted (the Windows client default). */
	effectiveExecutionPolicy(): ExecutionPolicyName {
		const policies = this.executionPolicies();
		for (const scope of executionPolicyScopes) {
			if (policies[scope] !== 'Undefined') return policies[scope];
		}

		return 'Restricted';
	}

	setExecutionPolicy(scope: ExecutionPolicyScope, policy: ExecutionPolicyName): void {
		if (scope === 'Process') {
			this.processExecutionPolicy = policy;
			return;
		}

		this.tenant.executionPolicies[scope] = policy;
		this.directory.markDirty();
	}

	// ---------------------------------------------------------------- Skype for Business cmdlets

	loadSkypeCommands(from: SkypeCommandSource): void {
		this.skypeCommandsFrom = from;
		const online = from === 'online-session';
		const onlineOnly = new Set(['get-csonlineuser']);
		const onPremisesOnly = new Set(['get-csuser', 'remove-csuser']);
		for (const command of clientPolicyCommands(this)) {
			const name = command.name.toLowerCase();
			if (online ? onPremisesOnly.has(name) : onlineOnly.has(name)) continue;
			this.engine.define(command);
		}

		if (online) return;
		for (const command of serverConfigurationCommands(this, {imConfiguration: from !== 'lync-module'})) this.engine.define(command);
	}

	/** Whether the Skype for Business cmdlets came from a local module (Import-PSSession then needs -AllowClobber). */
	get skypeCommandsFromModule(): boolean {
		return this.skypeCommandsFrom === 'skype-module' || this.skypeCommandsFrom === 'lync-module';
	}

	// ---------------------------------------------------------------- automatic variables

	private buildAutomaticVariables(): Map<string, Value> {
		const {powershell} = this.tenant;
		const table = new Hashtable();
		table.set('PSVersion', new VersionValue(powershell.engineVersion));
		if (powershell.edition) table.set('PSEdition', powershell.edition);
		table.set('PSCompatibleVersions', ['1.0', '2.0', '3.0', '4.0', '5.0', '5.1'].filter(v => Number(v) <= Number.parseFloat(powershell.engineVersion)).map(v => new VersionValue(v)));
		table.set('BuildVersion', new VersionValue(powershell.engineVersion));
		table.set('CLRVersion', this.engineMajor < 3 ? new VersionValue('2.0.50727.8806') : this.engineMajor < 6 ? new VersionValue('4.0.30319.42000') : null);
		table.set('WSManStackVersion', new VersionValue(this.engineMajor < 3 ? '2.0' : '3.0'));
		table.set('PSRemotingProtocolVersion', new VersionValue('2.3'));
		table.set('SerializationVersion', new VersionValue('1.1.0.1'));
		const host = new CustomObject(
			[
				['Name', powershell.hostName],
				['Version', new VersionValue(powershell.hostVersion)],
				['InstanceId', '6c1d2a3e-6b7f-4a51-9d0e-5f1e0b7c2a10'],
				['CurrentCulture', 'en-US'],
				['CurrentUICulture', 'en-US'],
			],
			'System.Management.Automation.Internal.Host.InternalHost',
		);
		const sessionState = new CustomObject([['LanguageMode', powershell.languageMode]], 'System.Management.Automation.SessionState');
		const executionContext = new CustomObject([['SessionState', sessionState]], 'System.Management.Automation.EngineIntrinsics');
		const systemFolder = powershell.os64 && !powershell.process64 ? 'SysWOW64' : 'System32';
		const variables = new Map<string, Value>([
			['psversiontable', table],
			['host', host],
			['executioncontext', executionContext],
			['pshome', this.flavor.core ? 'C:\\Program Files\\PowerShell\\7' : `C:\\Windows\\${systemFolder}\\WindowsPowerShell\\v1.0`],
			['pid', process.pid],
		]);
		// $IsWindows and friends exist from PowerShell 6 on.
		if (this.flavor.core) variables.set('iswindows', powershell.platform === 'Win32NT');
		return variables;
	}
}

const coreAliases: Array<[string, string]> = [
	['select', 'Select-Object'],
	['%', 'ForEach-Object'],
	['foreach', 'ForEach-Object'],
	['?', 'Where-Object'],
	['where', 'Where-Object'],
	['echo', 'Write-Output'],
	['write', 'Write-Output'],
	['gcm', 'Get-Command'],
	['gmo', 'Get-Module'],
	['ipmo', 'Import-Module'],
	['nsn', 'New-PSSession'],
	['ipsn', 'Import-PSSession'],
	['rm', 'Remove-Item'],
	['del', 'Remove-Item'],
	['ri', 'Remove-Item'],
];
