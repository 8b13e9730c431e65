import {newCredential, EncodingValue} from '../dotnet.js';
import type {CommandContext, CommandDefinition} from '../language/commands.js';
import {DotNetException, memberOf} from '../language/engine.js';
import {formatOutput} from '../language/format.js';
import {Scope} from '../language/scope.js';
import {
	CustomObject,
	EnumValue,
	Hashtable,
	ListValue,
	PSObject,
	ScriptBlockValue,
	SecureStringValue,
	type Value,
	VersionValue,
	jsonOf,
	toArray,
	toBool,
	toText,
	unroll,
} from '../language/values.js';
import type {ExecutionPolicyScope, SimulatorSession} from '../session.js';
import {executionPolicyScopes} from '../session.js';
import {type ExecutionPolicyName, executionPolicyNames} from '../tenant.js';
import {connectorModulePath, moduleInfo} from './modules.js';

const utility = 'Microsoft.PowerShell.Commands';

/** Items a cmdlet processes: its pipeline input, or its -InputObject. */
function inputItems(context: CommandContext, parameter = 'InputObject'): Value[] {
	if (context.hasInput) return [...context.input];
	return context.bound.has(parameter) ? [context.bound.get(parameter) ?? null] : [];
}

const executionPolicyValues: Record<ExecutionPolicyName, number> = {
	Unrestricted: 0,
	RemoteSigned: 1,
	AllSigned: 2,
	Restricted: 3,
	Bypass: 4,
	Undefined: 5,
};
const scopeValues: Record<ExecutionPolicyScope, number> = {Process: 0, CurrentUser: 1, LocalMachine: 2, UserPolicy: 3, MachinePolicy: 4};

function policyEnum(name: ExecutionPolicyName): EnumValue {
	return new EnumValue('Microsoft.PowerShell.ExecutionPolicy', name, executionPolicyValues[name]);
}

export function coreCommands(session: SimulatorSession): CommandDefinition[] {
	const {engine} = session;
	const commands: CommandDefinition[] = [
		{
			name: 'Select-Object',
			netClass: `${utility}.SelectObjectCommand`,
			parameters: [
				{name: 'Property', type: 'objects', position: 0},
				{name: 'InputObject', type: 'object', fromPipeline: true},
				{name: 'ExpandProperty', type: 'string'},
				{name: 'First', type: 'int'},
				{name: 'Last', type: 'int'},
				{name: 'Skip', type: 'int'},
				{name: 'Unique', type: 'switch'},
				{name: 'ExcludeProperty', type: 'strings'},
			],
			invoke(context) {
				let items = inputItems(context);
				const skip = context.bound.get('Skip');
				if (typeof skip === 'number') items = items.slice(skip);
				const first = context.bound.get('First');
				if (typeof first === 'number') items = items.slice(0, first);
				const last = context.bound.get('Last');
				if (typeof last === 'number') items = last === 0 ? [] : items.slice(-last);
				const properties = context.bound.get('Property');
				const expand = context.bound.get('ExpandProperty');
				for (const item of items) {
					if (typeof expand === 'string') {
						const value = memberOf(item, expand);
						if (value === null && !(item instanceof PSObject && item.propertyNames().some(name => name.toLowerCase() === expand.toLowerCase()))) {
							context.writeError({
								message: `Property "${expand}" cannot be found.`,
								errorId: 'ExpandPropertyNotFound',
								category: 'InvalidArgument',
								exceptionType: 'System.Management.Automation.PSArgumentException',
								targetName: toText(item),
							});
							continue;
						}

						context.output.push(...unroll(value));
						continue;
					}

					if (!Array.isArray(properties)) {
						context.output.push(item);
						continue;
					}

					context.output.push(
						selectProperties(context, item, properties, block => engine.invokeScriptBlock(block.block, new Scope(context.scope), {dollarUnder: item})),
					);
				}
			},
		},
		{
			name: 'ForEach-Object',
			netClass: `${utility}.ForEachObjectCommand`,
			parameters: [
				{name: 'Process', type: 'objects', position: 0},
				{name: 'Begin', type: 'scriptblock'},
				{name: 'End', type: 'scriptblock'},
				{name: 'InputObject', type: 'object', fromPipeline: true},
				{name: 'MemberName', type: 'string'},
			],
			invoke(context) {
				const begin = context.bound.get('Begin');
				const end = context.bound.get('End');
				const process = toArray(context.bound.get('Process') ?? null).filter(item => item !== null);
				const member = context.bound.get('MemberName') ?? (typeof process[0] === 'string' ? process[0] : null);
				if (begin instanceof ScriptBlockValue) context.output.push(...engine.invokeScriptBlock(begin.block, context.scope));
				const items = context.hasInput ? context.input : context.bound.has('InputObject') ? [context.bound.get('InputObject') ?? null] : [null];
				for (const item of items) {
					if (typeof member === 'string') {
						context.output.push(...unroll(memberOf(item, member)));
						continue;
					}

					for (const block of process) {
						if (!(block instanceof ScriptBlockValue)) continue;
						context.output.push(...engine.invokeScriptBlock(block.block, context.scope, {dollarUnder: item}));
					}
				}

				if (end instanceof ScriptBlockValue) context.output.push(...engine.invokeScriptBlock(end.block, context.scope));
			},
		},
		{
			name: 'Where-Object',
			netClass: `${utility}.WhereObjectCommand`,
			parameters: [
				{name: 'FilterScript', type: 'scriptblock', position: 0, mandatory: true},
				{name: 'InputObject', type: 'object', fromPipeline: true},
			],
			invoke(context) {
				const filter = context.bound.get('FilterScript');
				if (!(filter instanceof ScriptBlockValue)) return;
				for (const item of inputItems(context)) {
					const result = engine.invokeScriptBlock(filter.block, context.scope, {dollarUnder: item});
					if (toBool(result.length === 1 ? (result[0] ?? null) : result)) context.output.push(item);
				}
			},
		},
		{
			name: 'Out-Null',
			netClass: `${utility}.OutNullCommand`,
			parameters: [{name: 'InputObject', type: 'object', fromPipeline: true}],
			invoke() {},
		},
		{
			name: 'Out-String',
			netClass: `${utility}.OutStringCommand`,
			parameters: [
				{name: 'InputObject', type: 'object', fromPipeline: true},
				{name: 'Width', type: 'int'},
				{name: 'Stream', type: 'switch'},
			],
			invoke(context) {
				context.output.push(formatOutput(inputItems(context)));
			},
		},
		{
			name: 'Write-Output',
			netClass: `${utility}.WriteOutputCommand`,
			parameters: [
				{name: 'InputObject', type: 'object', position: 0, fromPipeline: true, mandatory: true},
				{name: 'NoEnumerate', type: 'switch'},
			],
			invoke(context) {
				for (const item of inputItems(context)) {
					if (context.bound.get('NoEnumerate') === true) context.output.push(item);
					else context.output.push(...unroll(item));
				}
			},
		},
		{
			name: 'Write-Host',
			netClass: `${utility}.WriteHostCommand`,
			parameters: [
				{name: 'Object', type: 'object', position: 0, fromPipeline: true},
				{name: 'NoNewline', type: 'switch'},
				{name: 'Separator', type: 'object'},
				{name: 'ForegroundColor', type: 'string'},
				{name: 'BackgroundColor', type: 'string'},
			],
			invoke(context) {
				const items = inputItems(context, 'Object').flatMap(item => unroll(item));
				const text = items.map(toText).join(toText(context.bound.get('Separator') ?? ' '));
				if (context.bound.get('NoNewline') === true) session.writeOut(text);
				else context.writeHost(text);
			},
		},
		{
			name: 'Write-Error',
			netClass: `${utility}.WriteErrorCommand`,
			parameters: [
				{name: 'Message', type: 'string', position: 0, aliases: ['Msg']},
				{name: 'ErrorId', type: 'string'},
				{name: 'Category', type: 'string'},
				{name: 'ErrorRecord', type: 'object'},
				{name: 'TargetObject', type: 'object'},
			],
			invoke(context) {
				const message = toText(context.bound.get('Message') ?? context.bound.get('ErrorRecord') ?? null);
				const errorId = context.bound.get('ErrorId');
				context.writeError({
					message,
					errorId: errorId ? `${toText(errorId)}` : 'Microsoft.PowerShell.Commands.WriteErrorException',
					qualified: !errorId,
					category: toText(context.bound.get('Category') ?? 'NotSpecified'),
					exceptionType: 'Microsoft.PowerShell.Commands.WriteErrorException',
				});
			},
		},
		{
			name: 'Write-Warning',
			netClass: `${utility}.WriteWarningCommand`,
			parameters: [{name: 'Message', type: 'string', position: 0, mandatory: true, fromPipeline: true}],
			invoke(context) {
				context.writeWarning(toText(context.bound.get('Message') ?? context.input[0] ?? null));
			},
		},
		...['Write-Verbose', 'Write-Debug', 'Write-Information', 'Write-Progress'].map(
			(name): CommandDefinition => ({
				name,
				netClass: `${utility}.${name.replace('-', '')}Command`,
				parameters: [
					{name: 'Message', type: 'object', position: 0},
					{name: 'Activity', type: 'string'},
					{name: 'Status', type: 'string'},
					{name: 'PercentComplete', type: 'int'},
					{name: 'Completed', type: 'switch'},
				],
				invoke() {},
			}),
		),
		{
			name: 'Get-ExecutionPolicy',
			netClass: 'Microsoft.PowerShell.Commands.GetExecutionPolicyCommand',
			parameters: [
				{name: 'Scope', type: 'string', position: 0, netType: 'Microsoft.PowerShell.ExecutionPolicyScope'},
				{name: 'List', type: 'switch'},
			],
			invoke(context) {
				const policies = session.executionPolicies();
				if (context.bound.get('List') === true) {
					for (const scope of executionPolicyScopes) {
						context.output.push(
							new CustomObject(
								[
									['Scope', new EnumValue('Microsoft.PowerShell.ExecutionPolicyScope', scope, scopeValues[scope])],
									['ExecutionPolicy', policyEnum(policies[scope])],
								],
								'System.Management.Automation.PSCustomObject',
							),
						);
					}

					return;
				}

				const scope = context.bound.get('Scope');
				if (typeof scope === 'string') {
					const match = executionPolicyScopes.find(candidate => candidate.toLowerCase() === scope.toLowerCase());
					if (!match) {
						return context.fail({
							message: `Cannot bind parameter 'Scope'. Cannot convert value "${scope}" to type "Microsoft.PowerShell.ExecutionPolicyScope". Error: "Unable to match the identifier name ${scope} to a valid enumerator name. Specify one of the following enumerator names and try again:\r\nProcess, CurrentUser, LocalMachine, UserPolicy, MachinePolicy"`,
							errorId: 'CannotConvertArgumentNoMessage',
							category: 'InvalidArgument',
							exceptionType: 'System.Management.Automation.ParameterBindingException',
						});
					}

					context.output.push(policyEnum(policies[match]));
					return;
				}

				context.output.push(policyEnum(session.effectiveExecutionPolicy()));
			},
		},
		{
			name: 'Set-ExecutionPolicy',
			netClass: 'Microsoft.PowerShell.Commands.SetExecutionPolicyCommand',
			shouldProcess: true,
			parameters: [
				{name: 'ExecutionPolicy', type: 'string', position: 0, mandatory: true},
				{name: 'Scope', type: 'string', position: 1},
				{name: 'Force', type: 'switch'},
			],
			invoke(context) {
				const wanted = toText(context.bound.get('ExecutionPolicy') ?? null);
				const policy = executionPolicyNames.find(name => name.toLowerCase() === wanted.toLowerCase()) ?? (wanted.toLowerCase() === 'default' ? 'Restricted' : undefined);
				const scopeText = toText(context.bound.get('Scope') ?? 'LocalMachine');
				const scope = executionPolicyScopes.find(name => name.toLowerCase() === scopeText.toLowerCase());
				if (!policy || !scope || scope === 'MachinePolicy' || scope === 'UserPolicy') {
					return context.fail({
						message: !policy
							? `Cannot bind parameter 'ExecutionPolicy'. Cannot convert value "${wanted}" to type "Microsoft.PowerShell.ExecutionPolicy". Error: "Unable to match the identifier name ${wanted} to a valid enumerator name. Specify one of the following enumerator names and try again:\r\nUnrestricted, RemoteSigned, AllSigned, Restricted, Default, Bypass, Undefined"`
							: 'Cannot set execution policy. Execution policies at the MachinePolicy or UserPolicy scopes must be set through Group Policy.',
						errorId: !policy ? 'CannotConvertArgumentNoMessage' : 'CantSetGroupPolicy',
						category: 'InvalidArgument',
						exceptionType: 'System.ArgumentException',
					});
				}

				session.setExecutionPolicy(scope, policy);
				const effective = session.effectiveExecutionPolicy();
				if (effective !== policy && policy !== 'Undefined') {
					// not verified against a real server: the wording of 5.1's override error.
					context.writeError({
						message: `Windows PowerShell updated your execution policy successfully, but the setting is overridden by a policy defined at a more specific scope.  Due to the override, your shell will retain its current effective execution policy of ${effective}. Type "Get-ExecutionPolicy -List" to view your execution policy settings. For more information please see "Get-Help Set-ExecutionPolicy".`,
						errorId: 'ExecutionPolicyOverride',
						category: 'PermissionDenied',
						exceptionType: 'System.Security.SecurityException',
					});
				}
			},
		},
		{
			name: 'Get-Module',
			netClass: `${utility}.GetModuleCommand`,
			parameters: [
				{name: 'Name', type: 'strings', position: 0},
				{name: 'ListAvailable', type: 'switch'},
				{name: 'All', type: 'switch'},
				{name: 'Refresh', type: 'switch'},
			],
			invoke(context) {
				const names = context.bound.get('Name');
				const patterns = Array.isArray(names) ? names.map(name => engine.wildcard(toText(name))) : [engine.wildcard('*')];
				const modules = context.bound.get('ListAvailable') === true ? session.tenant.modules : [...session.importedModules.values()];
				for (const module of modules) {
					if (patterns.some(pattern => pattern.test(module.name))) context.output.push(moduleInfo(module.name, module.version));
				}
			},
		},
		{
			name: 'Test-Path',
			netClass: `${utility}.TestPathCommand`,
			parameters: [
				{name: 'Path', type: 'strings', position: 0},
				{name: 'LiteralPath', type: 'strings', aliases: ['PSPath', 'LP']},
				{name: 'PathType', type: 'string'},
				{name: 'IsValid', type: 'switch'},
			],
			invoke(context) {
				const paths = context.bound.get('LiteralPath') ?? context.bound.get('Path') ?? null;
				if (paths === null) {
					context.fail({
						message: 'Cannot process command because of one or more missing mandatory parameters: Path.',
						errorId: 'MissingMandatoryParameter',
						category: 'InvalidArgument',
						exceptionType: 'System.Management.Automation.ParameterBindingException',
					});
				}

				for (const path of toArray(paths)) context.output.push(pathExists(session, toText(path)));
			},
		},
		{
			name: 'Get-Credential',
			netClass: `${utility}.GetCredentialCommand`,
			parameters: [
				{name: 'Credential', type: 'object', position: 0},
				{name: 'UserName', type: 'string'},
				{name: 'Message', type: 'string'},
				{name: 'Title', type: 'string'},
			],
			invoke(context) {
				const given = context.bound.get('Credential');
				if (given instanceof PSObject && given.typeName === 'System.Management.Automation.PSCredential') {
					context.output.push(given);
					return;
				}

				// -NonInteractive: the host cannot show the credential prompt. The message is
				// PowerShell's own; the error id is not verified against a real host.
				context.fail({
					message: `${session.flavor.core ? 'PowerShell' : 'Windows PowerShell'} is in NonInteractive mode. Read and Prompt functionality is not available.`,
					errorId: 'InvalidOperation',
					category: 'InvalidOperation',
					exceptionType: 'System.Management.Automation.PSInvalidOperationException',
				});
			},
		},
		{
			name: 'New-Object',
			netClass: `${utility}.NewObjectCommand`,
			parameters: [
				{name: 'TypeName', type: 'string', position: 0},
				{name: 'ArgumentList', type: 'objects', position: 1, aliases: ['Args']},
				{name: 'Property', type: 'object'},
				{name: 'ComObject', type: 'string'},
				{name: 'Strict', type: 'switch'},
			],
			invoke(context) {
				const typeName = toText(context.bound.get('TypeName') ?? null);
				const args = toArray(context.bound.get('ArgumentList') ?? []);
				const property = context.bound.get('Property');
				const type = typeName.toLowerCase().replace(/^system\./, '');
				try {
					switch (type) {
						case 'text.utf8encoding':
						case 'text.asciiencoding':
							context.output.push(new EncodingValue(type === 'text.utf8encoding' ? 'utf-8' : 'us-ascii'));
							return;
						case 'security.securestring':
							context.output.push(new SecureStringValue());
							return;
						case 'management.automation.pscredential':
						case 'pscredential':
							context.output.push(newCredential(args));
							return;
						case 'management.automation.psobject':
						case 'psobject':
						case 'object': {
							const object = new CustomObject();
							if (property instanceof Hashtable) for (const entry of property.entries.values()) object.addProperty(toText(entry.key), entry.value);
							context.output.push(object);
							return;
						}

						case 'collections.generic.list[object]':
						case 'collections.generic.list[psobject]':
							context.output.push(new ListValue());
							return;
						case 'collections.hashtable':
						case 'hashtable':
							context.output.push(new Hashtable());
							return;
						case 'version':
							context.output.push(new VersionValue(args.map(toText).join('.')));
							return;
						default:
							context.fail({
								message: `Cannot find type [${typeName}]: verify that the assembly containing this type is loaded.`,
								errorId: 'TypeNotFound',
								category: 'InvalidType',
								exceptionType: 'System.Management.Automation.PSArgumentException',
							});
					}
				} catch (error) {
					if (!(error instanceof DotNetException)) throw error;
					context.fail({
						message: `Exception calling ".ctor" with "${args.length}" argument(s): "${error.message}"`,
						errorId: 'ConstructorInvokedThrowException',
						category: 'InvalidOperation',
						exceptionType: 'System.Management.Automation.MethodInvocationException',
					});
				}
			},
		},
		{
			name: 'Remove-Item',
			netClass: `${utility}.RemoveItemCommand`,
			shouldProcess: true,
			parameters: [
				{name: 'Path', type: 'strings', position: 0},
				{name: 'LiteralPath', type: 'strings', aliases: ['PSPath', 'LP']},
				{name: 'Force', type: 'switch'},
				{name: 'Recurse', type: 'switch'},
			],
			invoke(context) {
				const paths = toArray(context.bound.get('LiteralPath') ?? context.bound.get('Path') ?? []);
				for (const pathValue of paths) {
					const path = toText(pathValue);
					const environmentMatch = /^env:\\?(.+)$/i.exec(path);
					if (environmentMatch && session.environment.delete((environmentMatch[1] as string).toLowerCase())) {
						if (environmentMatch[1]) delete process.env[environmentMatch[1]];
						continue;
					}

					context.writeError({
						message: `Cannot find path '${environmentMatch ? `Env:\\${environmentMatch[1]}` : path}' because it does not exist.`,
						errorId: 'PathNotFound',
						category: 'ObjectNotFound',
						exceptionType: 'System.Management.Automation.ItemNotFoundException',
						targetName: path,
					});
				}
			},
		},
		{
			name: 'Get-Command',
			netClass: `${utility}.GetCommandCommand`,
			parameters: [
				{name: 'Name', type: 'strings', position: 0},
				{name: 'Module', type: 'strings'},
				{name: 'CommandType', type: 'string'},
			],
			invoke(context) {
				for (const name of toArray(context.bound.get('Name') ?? [])) {
					const definition = engine.resolveCommand(toText(name));
					if (!definition) {
						context.writeError({
							message: session.flavor.core
								? `The term '${toText(name)}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`
								: `The term '${toText(name)}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
							errorId: 'CommandNotFoundException',
							category: 'ObjectNotFound',
							exceptionType: 'System.Management.Automation.CommandNotFoundException',
							targetName: toText(name),
						});
						continue;
					}

					context.output.push(
						new CustomObject(
							[
								['CommandType', 'Cmdlet'],
								['Name', definition.name],
								['Version', ''],
								['Source', definition.netClass.split('.').slice(0, -1).join('.')],
							],
							'System.Management.Automation.CmdletInfo',
						),
					);
				}
			},
		},
		{
			name: 'ConvertTo-SecureString',
			netClass: 'Microsoft.PowerShell.Commands.ConvertToSecureStringCommand',
			parameters: [
				{name: 'String', type: 'string', position: 0, mandatory: true, fromPipeline: true},
				{name: 'AsPlainText', type: 'switch'},
				{name: 'Force', type: 'switch'},
				{name: 'Key', type: 'object'},
			],
			invoke(context) {
				const text = toText(context.bound.get('String') ?? context.input[0] ?? null);
				if (context.bound.get('AsPlainText') !== true) {
					// not verified against a real server: the text for a string that is not an encrypted standard string.
					return context.fail({
						message: 'Input string was not in a correct format.',
						errorId: 'ImportSecureString',
						category: 'InvalidArgument',
						exceptionType: 'System.FormatException',
					});
				}

				context.output.push(SecureStringValue.of(text));
			},
		},
		{
			name: 'Get-Host',
			netClass: `${utility}.GetHostCommand`,
			parameters: [],
			invoke(context) {
				context.output.push(session.automatic('host') ?? null);
			},
		},
	];

	// Windows PowerShell 2.0 has no ConvertTo-Json (it arrived in 3.0).
	if (session.engineMajor >= 3) {
		commands.push({
			name: 'ConvertTo-Json',
			netClass: `${utility}.ConvertToJsonCommand`,
			parameters: [
				{name: 'InputObject', type: 'object', position: 0, fromPipeline: true, mandatory: true},
				{name: 'Depth', type: 'int'},
				{name: 'Compress', type: 'switch'},
				{name: 'EnumsAsStrings', type: 'switch'},
				{name: 'AsArray', type: 'switch'},
			],
			invoke(context) {
				const depth = typeof context.bound.get('Depth') === 'number' ? (context.bound.get('Depth') as number) : 2;
				const items = context.hasInput ? context.input : [context.bound.get('InputObject') ?? null];
				const value: Value = context.hasInput && items.length !== 1 ? [...items] : (items[0] ?? null);
				const json = jsonOf(value, depth);
				const compress = context.bound.get('Compress') === true;
				context.output.push(JSON.stringify(json ?? null, null, compress ? undefined : session.flavor.core ? 2 : 4));
			},
		});
	}

	return commands;
}

function selectProperties(context: CommandContext, item: Value, properties: Value[], calculate: (block: ScriptBlockValue) => Value[]): CustomObject {
	const result = new CustomObject([], 'System.Management.Automation.PSCustomObject');
	for (const property of properties) {
		if (property instanceof Hashtable) {
			let name: string | undefined;
			let expression: Value = null;
			for (const entry of property.entries.values()) {
				const key = toText(entry.key).toLowerCase();
				if ('name'.startsWith(key) || 'label'.startsWith(key)) name = toText(entry.value);
				else if ('expression'.startsWith(key)) expression = entry.value;
				else {
					context.fail({
						message: `The ${toText(entry.key)} key is not valid.`,
						errorId: 'DictionaryKeyUnknownType',
						category: 'InvalidArgument',
						exceptionType: 'System.NotSupportedException',
					});
				}
			}

			let value: Value;
			if (expression instanceof ScriptBlockValue) {
				const output = calculate(expression);
				value = output.length === 0 ? null : output.length === 1 ? (output[0] ?? null) : output;
			} else {
				value = memberOf(item, toText(expression));
			}

			result.addProperty(name ?? toText(expression), value);
			continue;
		}

		const name = toText(property);
		if (/[*?[]/.test(name) && item instanceof PSObject) {
			const pattern = new RegExp('^' + name.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i');
			for (const candidate of item.propertyNames()) if (pattern.test(candidate)) result.addProperty(candidate, item.getProperty(candidate) ?? null);
			continue;
		}

		const actual = item instanceof PSObject ? item.propertyNames().find(candidate => candidate.toLowerCase() === name.toLowerCase()) : undefined;
		result.addProperty(actual ?? name, memberOf(item, name));
	}

	return result;
}

function pathExists(session: SimulatorSession, path: string): boolean {
	const normalized = path.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase();
	if (normalized === connectorModulePath.toLowerCase()) return session.tenant.onlineConnectorInstalled;
	if (normalized === connectorModulePath.toLowerCase().replace(/\\[^\\]+$/, '')) return session.tenant.onlineConnectorInstalled;
	const environmentMatch = /^env:\\?(.+)$/i.exec(path);
	if (environmentMatch) return session.environment.has((environmentMatch[1] as string).toLowerCase());
	if (normalized === 'c:' || normalized === 'c:\\windows' || normalized === 'c:\\program files') return true;
	const home = session.automatic('pshome');
	return typeof home === 'string' && normalized === home.toLowerCase();
}
