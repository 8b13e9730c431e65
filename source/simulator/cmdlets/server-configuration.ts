import type {CommandContext, CommandDefinition} from '../language/commands.js';
import {CustomObject, PSObject, type Value, toText} from '../language/values.js';
import type {SimulatorSession} from '../session.js';
import type {TenantImConfiguration, TenantPool} from '../tenant.js';
import {ambiguousParameterSet, invalidXdsIdentity, whatIf} from './client-policy.js';

/*
 * The Skype for Business Server cmdlets around the client policy that decide whether a user can
 * send offline messages (design.md section 1, "On Skype for Business Server there are two
 * switches"), against the simulated tenant:
 *
 *  - Get-, Set-, New-, Remove-CsImConfiguration: the server switch, EnableOfflineIm, at Global
 *    or a site. Introduced in the Skype for Business Server 2015 June 2016 cumulative update, so
 *    the SkypeForBusiness module and a pool's session have them and the Lync module does not.
 *    Parameter sets from MicrosoftDocs/office-docs-powershell, skype/skype-ps/SkypeForBusiness/
 *    Get-CsImConfiguration.md, Set-, New-, Remove-CsImConfiguration.md.
 *  - Get-CsPool (Lync Server 2010 and later, Get-CsPool.md): a user's registrar pool gives their
 *    home site, whose IM configuration governs them.
 *  - Get-CsAdminRoleAssignment (Lync Server 2010 and later, Get-CsAdminRoleAssignment.md): who
 *    may run the plan's cmdlets.
 *
 * not verified against a real server: the .NET class names (in FullyQualifiedErrorId), the
 * object type names of ImConfiguration and of a role assignment, and the texts marked below. The
 * PowerShell stand-in (stand-in/offline-im-stand-in.ps1) gives the same answers.
 */
const xdsCmdlets = 'Microsoft.Rtc.Management.Internal';
const imConfigurationType = 'Microsoft.Rtc.Management.WritableConfig.Settings.ImConfiguration.ImConfiguration';

type ImIdentity = {identity: string; scope: 'global' | 'site'; name: string};

/** A role an account holds, as Get-CsAdminRoleAssignment gives it: Identity is the role's name, and so is its text. */
class RoleAssignment extends PSObject {
	// not verified against a real server: the type name (the reference says the output is String).
	readonly typeName = 'Microsoft.Rtc.Management.Xds.AdminRoleAssignment';

	constructor(readonly role: string) {
		super();
	}

	override getProperty(name: string): Value | undefined {
		return name.toLowerCase() === 'identity' ? this.role : undefined;
	}

	override propertyNames(): string[] {
		return ['Identity'];
	}

	override toText(): string {
		return this.role;
	}

	override toJson(): unknown {
		return {Identity: this.role};
	}
}

export function serverConfigurationCommands(session: SimulatorSession, options: {imConfiguration: boolean}): CommandDefinition[] {
	const {directory} = session;

	const imObject = (configuration: TenantImConfiguration): CustomObject =>
		new CustomObject(
			[
				['Identity', configuration.identity],
				['EnableOfflineIm', configuration.enableOfflineIm],
			],
			imConfigurationType,
		);

	/** Global or site:NAME: IM configurations have no per-user scope, so a tag or a bare name is not an identity. */
	const parseImIdentity = (context: CommandContext, text: string): ImIdentity => {
		const trimmed = text.trim();
		const lower = trimmed.toLowerCase();
		if (lower === 'global') return {identity: 'Global', scope: 'global', name: 'Global'};
		if (!lower.startsWith('site:') || trimmed.length === 5) invalidXdsIdentity(context, text);
		const site = directory.site(trimmed.slice(5)) ?? trimmed.slice(5);
		return {identity: `Site:${site}`, scope: 'site', name: site};
	};

	// not verified against a real server: the "ImConfiguration" texts, worded as the client policy's.
	const missing = (context: CommandContext, verb: string, identity: string): void =>
		context.writeError({
			message: `Cannot ${verb} "ImConfiguration" "${identity}" because it does not exist.`,
			errorId: 'ItemNotFound',
			category: 'ObjectNotFound',
			exceptionType: 'System.Management.Automation.ItemNotFoundException',
			targetName: identity,
			targetType: 'XdsIdentity',
		});

	/** -Identity, else the pipeline's objects (their Identity) or strings. */
	const targets = (context: CommandContext, fallback: string | undefined): string[] => {
		if (context.bound.has('Identity')) return [toText(context.bound.get('Identity') ?? null)];
		if (!context.hasInput) return fallback === undefined ? [] : [fallback];
		return context.input.map(item => (item instanceof PSObject ? toText(item.getProperty('Identity') ?? null) : toText(item)));
	};

	const imCommands: CommandDefinition[] = [
		{
			name: 'Get-CsImConfiguration',
			netClass: `${xdsCmdlets}.GetImConfigurationCmdlet`,
			parameters: [
				{name: 'Identity', type: 'string', position: 0},
				{name: 'Filter', type: 'string'},
				{name: 'LocalStore', type: 'switch'},
				{name: 'Tenant', type: 'object'},
			],
			invoke(context) {
				const identity = context.bound.get('Identity');
				const filter = context.bound.get('Filter');
				if (identity !== undefined && filter !== undefined) ambiguousParameterSet(context, session);
				if (identity !== undefined && identity !== null && toText(identity) !== '') {
					const parsed = parseImIdentity(context, toText(identity));
					const configuration = directory.imConfiguration(parsed.identity);
					if (!configuration) return missing(context, 'get', parsed.identity);
					context.output.push(imObject(configuration));
					return;
				}

				const pattern = typeof filter === 'string' && filter !== '' ? session.engine.wildcard(filter) : undefined;
				for (const configuration of directory.allImConfigurations()) {
					if (!pattern || pattern.test(configuration.identity)) context.output.push(imObject(configuration));
				}
			},
		},
		{
			name: 'Set-CsImConfiguration',
			netClass: `${xdsCmdlets}.SetImConfigurationCmdlet`,
			shouldProcess: true,
			parameters: [
				{name: 'Identity', type: 'string', position: 0},
				{name: 'Instance', type: 'object', fromPipeline: true},
				{name: 'EnableOfflineIm', type: 'bool'},
				{name: 'Force', type: 'switch'},
				{name: 'Tenant', type: 'object'},
			],
			invoke(context) {
				for (const target of targets(context, 'Global')) {
					const parsed = parseImIdentity(context, target);
					const configuration = directory.imConfiguration(parsed.identity);
					if (!configuration) {
						missing(context, 'find', parsed.identity);
						continue;
					}

					if (!context.bound.has('EnableOfflineIm')) continue;
					if (whatIf(context, 'Set', configuration.identity)) continue;
					directory.setOfflineIm(configuration, context.bound.get('EnableOfflineIm') === true);
				}
			},
		},
		{
			name: 'New-CsImConfiguration',
			netClass: `${xdsCmdlets}.NewImConfigurationCmdlet`,
			shouldProcess: true,
			parameters: [
				{name: 'Identity', type: 'string', position: 0, mandatory: true},
				{name: 'EnableOfflineIm', type: 'bool'},
				{name: 'Force', type: 'switch'},
				{name: 'InMemory', type: 'switch'},
				{name: 'Tenant', type: 'object'},
			],
			invoke(context) {
				const parsed = parseImIdentity(context, toText(context.bound.get('Identity') ?? null));
				if (parsed.scope === 'global' || directory.imConfiguration(parsed.identity)) {
					// not verified against a real server
					return context.writeError({
						message: `Cannot create "ImConfiguration" "${parsed.identity}" because it already exists.`,
						errorId: 'ItemAlreadyExists',
						category: 'ResourceExists',
						exceptionType: 'System.InvalidOperationException',
						targetName: parsed.identity,
						targetType: 'XdsIdentity',
					});
				}

				if (!directory.site(parsed.name)) {
					// not verified against a real server
					return context.writeError({
						message: `Cannot create "ImConfiguration" "${parsed.identity}" because the site "${parsed.name}" does not exist.`,
						errorId: 'SiteNotFound',
						category: 'ObjectNotFound',
						exceptionType: 'System.Management.Automation.ItemNotFoundException',
						targetName: parsed.identity,
						targetType: 'XdsIdentity',
					});
				}

				// A new configuration starts from the defaults: EnableOfflineIm $true (Server 2015 CU3 and later).
				const value = context.bound.has('EnableOfflineIm') ? context.bound.get('EnableOfflineIm') === true : true;
				const configuration: TenantImConfiguration = {identity: parsed.identity, enableOfflineIm: value};
				if (context.bound.get('InMemory') === true) {
					context.output.push(imObject(configuration));
					return;
				}

				if (whatIf(context, 'New', parsed.identity)) return;
				directory.addImConfiguration(configuration);
			},
		},
		{
			name: 'Remove-CsImConfiguration',
			netClass: `${xdsCmdlets}.RemoveImConfigurationCmdlet`,
			shouldProcess: true,
			parameters: [
				{name: 'Identity', type: 'string', position: 0, mandatory: true, fromPipeline: true},
				{name: 'Force', type: 'switch'},
				{name: 'Tenant', type: 'object'},
			],
			invoke(context) {
				for (const target of targets(context, undefined)) {
					const parsed = parseImIdentity(context, target);
					const configuration = directory.imConfiguration(parsed.identity);
					if (!configuration) {
						missing(context, 'find', parsed.identity);
						continue;
					}

					if (whatIf(context, 'Remove', configuration.identity)) continue;
					if (parsed.scope === 'global') {
						directory.setOfflineIm(configuration, true);
						// not verified against a real server: worded as Remove-CsClientPolicy's (which is verified).
						context.writeWarning(
							'Global configuration for "ImConfiguration" cannot be removed. Instead of removing it, the Global configuration for "ImConfiguration" has been reset to the default value.',
						);
						continue;
					}

					directory.removeImConfiguration(configuration);
				}
			},
		},
	];

	const poolObject = (pool: TenantPool): CustomObject => {
		const site = directory.poolSite(pool);
		// not verified against a real server: the services a Front End pool lists (these are the ones
		// that make it a registrar), and Computers (a Standard Edition pool's one server has the pool's name).
		return new CustomObject(
			[
				['Identity', pool.fqdn],
				['Services', [`Registrar:${pool.fqdn}`, `UserServer:${pool.fqdn}`, `WebServer:${pool.fqdn}`]],
				['Computers', [pool.fqdn]],
				['Fqdn', pool.fqdn],
				['Site', site === undefined ? null : `Site:${site}`],
			],
			'Microsoft.Rtc.Management.Deploy.Internal.Cluster',
		);
	};

	const poolCommand: CommandDefinition = {
		name: 'Get-CsPool',
		netClass: 'Microsoft.Rtc.Management.Deploy.Cmdlets.GetPoolCmdlet',
		parameters: [
			{name: 'Identity', type: 'string', position: 0},
			{name: 'Filter', type: 'string'},
			{name: 'Site', type: 'string'},
		],
		invoke(context) {
			const identity = context.bound.get('Identity');
			const filter = context.bound.get('Filter');
			if (identity !== undefined && filter !== undefined) ambiguousParameterSet(context, session);
			const siteValue = context.bound.get('Site');
			// -Site takes the site's display name (Redmond), not its identity (site:Redmond).
			const site = siteValue === undefined || siteValue === null ? undefined : toText(siteValue).trim().toLowerCase();
			const inSite = (pool: TenantPool): boolean => site === undefined || directory.poolSite(pool)?.toLowerCase() === site;
			if (identity !== undefined && identity !== null && toText(identity) !== '') {
				const pool = directory.pool(toText(identity));
				if (!pool) {
					// not verified against a real server
					return context.writeError({
						message: `Cannot get "Pool" "${toText(identity).trim()}" because it does not exist.`,
						errorId: 'ItemNotFound',
						category: 'ObjectNotFound',
						exceptionType: 'System.Management.Automation.ItemNotFoundException',
						targetName: toText(identity).trim(),
						targetType: 'XdsGlobalRelativeIdentity',
					});
				}

				if (inSite(pool)) context.output.push(poolObject(pool));
				return;
			}

			const pattern = typeof filter === 'string' && filter !== '' ? session.engine.wildcard(filter) : undefined;
			for (const pool of directory.allPools()) {
				if ((!pattern || pattern.test(pool.fqdn)) && inSite(pool)) context.output.push(poolObject(pool));
			}
		},
	};

	const roleCommand: CommandDefinition = {
		name: 'Get-CsAdminRoleAssignment',
		netClass: 'Microsoft.Rtc.Management.Authorization.GetAdminRoleAssignmentCmdlet',
		parameters: [
			{name: 'Identity', type: 'string', position: 0, mandatory: true, fromPipeline: true},
			{name: 'Force', type: 'switch'},
			{name: 'LocalStore', type: 'switch'},
		],
		invoke(context) {
			const identities = context.bound.has('Identity') ? [toText(context.bound.get('Identity') ?? null)] : context.input.map(item => toText(item));
			for (const identity of identities) {
				const roles = directory.adminRoles(identity);
				if (!roles) {
					context.writeError({
						message: `Management object not found for identity "${identity}".`,
						errorId: 'Identity',
						category: 'ObjectNotFound',
						exceptionType: 'Microsoft.Rtc.Management.ManagementException',
						targetName: identity,
						targetType: 'String',
					});
					continue;
				}

				for (const role of roles) context.output.push(new RoleAssignment(role));
			}
		},
	};

	return [...(options.imConfiguration ? imCommands : []), poolCommand, roleCommand];
}
