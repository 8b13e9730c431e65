import type {CommandContext, CommandDefinition} from '../language/commands.js';
import {CredentialValue, type Value, toArray, toText} from '../language/values.js';
import {PSSessionValue, type SimulatorSession} from '../session.js';
import {connectorModulePath, connectorScriptPath, moduleInfo, serverModules} from './modules.js';

const remoteTroubleshooting = 'For more information, see the about_Remote_Troubleshooting Help topic.';

/** Import-Module, the remote session cmdlets, and (after the connector is imported) New-CsOnlineSession. */
export function connectionCommands(session: SimulatorSession): CommandDefinition[] {
	let sessionCounter = 0;
	const nextSession = (kind: 'server' | 'online', computerName: string): PSSessionValue => {
		sessionCounter++;
		const value = new PSSessionValue(sessionCounter, kind, computerName);
		session.sessions.push(value);
		return value;
	};

	const newCsOnlineSession: CommandDefinition = {
		name: 'New-CsOnlineSession',
		netClass: 'SkypeOnlineConnector',
		parameters: [
			{name: 'Credential', type: 'object', position: 0},
			{name: 'UserName', type: 'string'},
			{name: 'OverrideAdminDomain', type: 'string'},
			{name: 'OverrideDiscoveryUri', type: 'string'},
			{name: 'OverridePowershellUri', type: 'string'},
			{name: 'OverrideAccessTokenResourceUri', type: 'string'},
			{name: 'SessionOption', type: 'object'},
		],
		invoke(context) {
			const fail = (message: string, errorId: string): never =>
				context.fail({message, errorId, qualified: true, category: 'NotSpecified', exceptionType: 'System.Management.Automation.RuntimeException'});
			const {signIn} = session.tenant;
			// not verified against a real server: the connector's texts for these failures.
			if (signIn.connectionError === 'unreachable') fail('Unable to discover PowerShell endpoint URI.', 'Unable to discover PowerShell endpoint URI.');
			const credential = context.bound.get('Credential') ?? null;
			if (signIn.connectionError === 'access-denied' || (credential !== null && !credentialAccepted(session, credential, context))) {
				fail(
					'Unable to connect to Skype for Business Online: AADSTS50126: Error validating credentials due to invalid username or password.',
					'AADSTS50126',
				);
			}

			if (credential === null && !signIn.integratedAllowed) fail('User canceled authentication.', 'authentication_canceled');
			context.output.push(nextSession('online', 'admin0a.online.lync.com'));
		},
	};

	return [
		{
			name: 'Import-Module',
			netClass: 'Microsoft.PowerShell.Commands.ImportModuleCommand',
			parameters: [
				{name: 'Name', type: 'strings', position: 0, mandatory: true, fromPipeline: true},
				{name: 'Force', type: 'switch'},
				{name: 'Global', type: 'switch'},
				{name: 'PassThru', type: 'switch'},
				{name: 'DisableNameChecking', type: 'switch'},
				{name: 'Prefix', type: 'string'},
				{name: 'MinimumVersion', type: 'string'},
				{name: 'RequiredVersion', type: 'string'},
				{name: 'Scope', type: 'string'},
			],
			invoke(context) {
				const names = context.hasInput ? context.input : toArray(context.bound.get('Name') ?? []);
				for (const nameValue of names) importModule(session, context, toText(nameValue), newCsOnlineSession);
			},
		},
		{
			name: 'New-PSSession',
			netClass: 'Microsoft.PowerShell.Commands.NewPSSessionCommand',
			parameters: [
				{name: 'ComputerName', type: 'strings', position: 0, aliases: ['Cn']},
				{name: 'ConnectionUri', type: 'string', aliases: ['URI', 'CU']},
				{name: 'Credential', type: 'object', notNull: true, netType: 'System.Management.Automation.PSCredential'},
				{name: 'Authentication', type: 'string'},
				{name: 'SessionOption', type: 'object'},
				{name: 'ConfigurationName', type: 'string'},
				{name: 'Name', type: 'strings'},
				{name: 'Port', type: 'int'},
				{name: 'UseSSL', type: 'switch'},
				{name: 'AllowRedirection', type: 'switch'},
				{name: 'ThrottleLimit', type: 'int'},
				{name: 'EnableNetworkAccess', type: 'switch'},
			],
			invoke(context) {
				const uri = context.bound.get('ConnectionUri');
				const computers = context.bound.get('ComputerName');
				const targets: Array<{host: string; path: string | undefined}> = [];
				if (typeof uri === 'string') {
					const match = /^https?:\/\/([^/:]+)(?::\d+)?(\/[^?#]*)?/i.exec(uri.trim());
					if (!match) {
						// not verified against a real server
						return context.fail({
							message: `The value ${uri} is not a valid URI.`,
							errorId: 'InvalidUri',
							category: 'InvalidArgument',
							exceptionType: 'System.UriFormatException',
						});
					}

					targets.push({host: match[1] as string, path: match[2]});
				} else {
					for (const computer of toArray(computers ?? 'localhost')) targets.push({host: toText(computer), path: undefined});
				}

				const credential = context.bound.has('Credential') ? (context.bound.get('Credential') ?? null) : null;
				for (const target of targets) {
					const failure = openFailure(session, context, target.host, target.path, credential);
					if (failure) {
						context.writeError({
							message: `Connecting to remote server ${target.host} failed with the following error message : ${failure.reason} ${remoteTroubleshooting}`,
							errorId: `${failure.errorId},PSSessionOpenFailed`,
							qualified: true,
							category: 'OpenError',
							exceptionType: 'System.Management.Automation.Remoting.PSRemotingTransportException',
							targetName: `System.Management.Automation.RemoteRunspace`,
							targetType: 'RemoteRunspace',
						});
						continue;
					}

					context.output.push(nextSession('server', target.host));
				}
			},
		},
		{
			name: 'Import-PSSession',
			netClass: 'Microsoft.PowerShell.Commands.ImportPSSessionCommand',
			parameters: [
				{name: 'Session', type: 'object', position: 0, mandatory: true, notNull: true, netType: 'System.Management.Automation.Runspaces.PSSession'},
				{name: 'CommandName', type: 'strings', position: 2, aliases: ['Name']},
				{name: 'FormatTypeName', type: 'strings', position: 3},
				{name: 'AllowClobber', type: 'switch'},
				{name: 'Prefix', type: 'string'},
				{name: 'DisableNameChecking', type: 'switch'},
				{name: 'Module', type: 'strings'},
				{name: 'Certificate', type: 'object'},
				{name: 'CommandType', type: 'string'},
				{name: 'ArgumentList', type: 'objects', aliases: ['Args']},
			],
			invoke(context) {
				const target = context.bound.get('Session') ?? null;
				if (!(target instanceof PSSessionValue)) {
					return context.fail({
						message: `Cannot bind parameter 'Session'. Cannot convert the "${toText(target)}" value of type "${typeof target === 'string' ? 'System.String' : 'System.Object'}" to type "System.Management.Automation.Runspaces.PSSession".`,
						errorId: 'CannotConvertArgumentNoMessage',
						category: 'InvalidArgument',
						exceptionType: 'System.Management.Automation.ParameterBindingException',
					});
				}

				if (target.state !== 'Opened') {
					// not verified against a real server
					return context.fail({
						message: `The session ${target.getProperty('Name') as string} is not available because it is ${target.state}.`,
						errorId: 'InvalidOperation',
						category: 'InvalidOperation',
						exceptionType: 'System.InvalidOperationException',
					});
				}

				// Import-PSSession writes an unsigned temporary script module and loads it.
				const policy = session.effectiveExecutionPolicy();
				if (policy === 'Restricted' || policy === 'AllSigned') {
					return context.fail({
						message: 'Files cannot be loaded because running scripts is disabled on this system. Provide a valid certificate with which to sign the files.',
						// not verified against a real server: the error id.
						errorId: 'InvalidOperation',
						category: 'InvalidOperation',
						exceptionType: 'System.InvalidOperationException',
					});
				}

				if (session.skypeCommandsFromModule && context.bound.get('AllowClobber') !== true) {
					return context.fail({
						message:
							'No command proxies have been created, because all of the requested remote commands would shadow existing local commands. Use the AllowClobber parameter if you want to shadow existing local commands.',
						errorId: 'ErrorNoCommandsImportedBecauseOfSkipping',
						category: 'InvalidResult',
						exceptionType: 'System.ArgumentException',
					});
				}

				session.loadSkypeCommands(target.kind === 'online' ? 'online-session' : 'server-session');
				const name = `tmp_${(0x10000000 + target.id * 0x2f1b3).toString(16).slice(-8)}.${['qmz', 'wrk', 'a5d'][target.id % 3]}`;
				session.importedModules.set(name.toLowerCase(), {name, version: '1.0'});
				const reader = target.kind === 'online' ? 'Get-CsOnlineUser' : 'Get-CsUser';
				context.output.push(moduleInfo(name, '1.0', 'Script', ['Get-CsClientPolicy', reader, 'Grant-CsClientPolicy', 'New-CsClientPolicy', '...']));
			},
		},
		{
			name: 'Get-PSSession',
			netClass: 'Microsoft.PowerShell.Commands.GetPSSessionCommand',
			parameters: [{name: 'Name', type: 'strings', position: 0}],
			invoke(context) {
				context.output.push(...session.sessions);
			},
		},
		{
			name: 'Remove-PSSession',
			netClass: 'Microsoft.PowerShell.Commands.RemovePSSessionCommand',
			shouldProcess: true,
			parameters: [{name: 'Session', type: 'objects', position: 0, fromPipeline: true}],
			invoke(context) {
				const targets = context.hasInput ? context.input : toArray(context.bound.get('Session') ?? []);
				for (const target of targets) {
					if (!(target instanceof PSSessionValue)) continue;
					target.state = 'Closed';
					session.sessions.splice(session.sessions.indexOf(target), 1);
				}
			},
		},
	];
}

function importModule(session: SimulatorSession, context: CommandContext, name: string, newCsOnlineSession: CommandDefinition): void {
	const notFound = (): void =>
		context.writeError({
			message: `The specified module '${name}' was not loaded because no valid module file was found in any module directory.`,
			errorId: 'Modules_ModuleNotFound',
			category: 'ResourceUnavailable',
			exceptionType: 'System.IO.FileNotFoundException',
			targetName: name,
		});
	const {tenant} = session;
	const isPath = /[\\/]/.test(name) || /\.(psd1|psm1|dll)$/i.test(name);
	let module: {name: string; version: string} | undefined;
	if (isPath) {
		const normalized = name.replace(/\//g, '\\').toLowerCase();
		if (tenant.onlineConnectorInstalled && normalized === connectorModulePath.toLowerCase()) {
			module = tenant.modules.find(item => item.name.toLowerCase() === 'skypeonlineconnector') ?? {name: 'SkypeOnlineConnector', version: '7.0.0.0'};
		}
	} else {
		module = tenant.modules.find(item => item.name.toLowerCase() === name.toLowerCase());
	}

	if (!module) return notFound();
	const lower = module.name.toLowerCase();
	const isServer = serverModules.some(server => server.toLowerCase() === lower);
	const isConnector = lower === 'skypeonlineconnector';
	// The Skype modules are 64-bit only; from 32-bit PowerShell Import-Module does not find them.
	if ((isServer || isConnector) && !tenant.powershell.process64) return notFound();
	const policy = session.effectiveExecutionPolicy();
	if (!isServer && policy === 'Restricted') {
		const file = isConnector ? connectorScriptPath : `C:\\Program Files\\WindowsPowerShell\\Modules\\${module.name}\\${module.version}\\${module.name}.psm1`;
		const link = session.flavor.core ? 'https://go.microsoft.com/fwlink/?LinkID=135170' : 'https:/go.microsoft.com/fwlink/?LinkID=135170';
		return context.writeError({
			message: `File ${file} cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at ${link}.`,
			errorId: 'UnauthorizedAccess',
			category: 'SecurityError',
			exceptionType: 'System.Management.Automation.PSSecurityException',
		});
	}

	const alreadyImported = session.importedModules.has(lower);
	session.importedModules.set(lower, module);
	if (!alreadyImported || context.bound.get('Force') === true) {
		if (isServer) session.loadSkypeCommands(lower === 'lync' ? 'lync-module' : 'skype-module');
		if (isConnector) session.engine.define(newCsOnlineSession);
	}

	if (context.bound.get('PassThru') === true) context.output.push(moduleInfo(module.name, module.version, isConnector ? 'Script' : 'Manifest'));
}

/** Why opening a session fails, or undefined when it opens. */
function openFailure(
	session: SimulatorSession,
	context: CommandContext,
	host: string,
	path: string | undefined,
	credential: Value,
): {reason: string; errorId: string} | undefined {
	const {tenant} = session;
	const pool = tenant.pools.find(candidate => candidate.fqdn.toLowerCase() === host.toLowerCase());
	if (!pool) {
		return {reason: 'The WinRM client cannot process the request because the server name cannot be resolved.', errorId: 'ComputerNotFound'};
	}

	if (tenant.signIn.connectionError === 'unreachable') {
		return {
			reason:
				'WinRM cannot complete the operation. Verify that the specified computer name is valid, that the computer is accessible over the network, and that a firewall exception for the WinRM service is enabled and allows access from this computer. By default, the WinRM firewall exception for public profiles limits access to remote computers within the same local subnet.',
			errorId: 'WinRMOperationTimeout',
		};
	}

	if (path !== undefined && path.replace(/\/+$/, '').toLowerCase() !== '/ocspowershell') {
		// not verified against a real server
		return {
			reason:
				'The WinRM client sent a request to an HTTP server and got a response saying the requested HTTP URL was not available. This is usually returned by a HTTP server that does not support the WS-Management protocol.',
			errorId: 'URLNotAvailable',
		};
	}

	const accessDenied = {reason: 'Access is denied.', errorId: 'AccessDenied'};
	if (tenant.signIn.connectionError === 'access-denied') return accessDenied;
	if (credential === null) return tenant.signIn.integratedAllowed ? undefined : accessDenied;
	return credentialAccepted(session, credential, context) ? undefined : accessDenied;
}

/** Compares a PSCredential with the tenant's accepted sign-ins, as the server would when the session opens. */
function credentialAccepted(session: SimulatorSession, credential: Value, context: CommandContext): boolean {
	if (typeof credential === 'string') {
		// A user name alone makes PowerShell prompt for the password, which -NonInteractive forbids.
		context.fail({
			message: `${session.flavor.core ? 'PowerShell' : 'Windows PowerShell'} is in NonInteractive mode. Read and Prompt functionality is not available.`,
			errorId: 'ParameterArgumentTransformationError',
			category: 'InvalidData',
			exceptionType: 'System.Management.Automation.PSInvalidOperationException',
		});
	}

	if (!(credential instanceof CredentialValue)) return false;
	const password = credential.password.reveal();
	return session.tenant.signIn.credentials.some(
		accepted => accepted.userName.toLowerCase() === credential.userName.toLowerCase() && accepted.password === password,
	);
}
