/**
 * Windows PowerShell 3.0 compatibility of every text offline-im emits (the bridge refuses older
 * engines, so 3.0 is the floor). PowerShell's own parser (test/support/powershell-ast.ps1, mode
 * "compat") walks the real AST of each text and reports the facts the rules below look at; a
 * rule that finds its construct fails the test, naming the text and the construct.
 *
 * The rules are data: the construct, the version that introduced it and the page that says so
 * (MicrosoftDocs/PowerShell-Docs: the "What's new" pages and the reference pages' "introduced in"
 * notes). Each has a tiny positive sample, and one test proves every rule fires on its sample,
 * so a rule that silently stopped matching would fail too. (DSC `configuration`, 4.0, is not a
 * rule: PowerShell 7 off Windows cannot even parse it, so it could not be proved to fire here;
 * any `configuration` keyword would show as a parse error or an unknown command instead.)
 *
 * Commands are checked the other way round as well: every command a text calls must be either
 * a Skype for Business / Lync module cmdlet (they come with the module, not with PowerShell) or a
 * PowerShell cmdlet listed in `cmdletsIn30`, with only the parameters listed there (checked
 * against the Windows PowerShell 5.1 reference, which notes every parameter added after 2.0).
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildPlan} from '../../source/plan/build-plan.js';
import type {Choices, Scope, Target} from '../../source/plan/choices.js';
import {
	grantCommand,
	importModuleCommand,
	importOnlineConnectorCommand,
	importSessionCommand,
	credentialPromptCommand,
	newOnlineSessionCommand,
	newPolicyCommand,
	newPolicyIfMissingCommand,
	newPoolSessionCommand,
	placeholderCommand,
	readPerUserPoliciesCommand,
	readPolicyCommand,
	readPolicyHoldersCommand,
	readSitePoliciesCommand,
	readUserCommand,
	readImConfigurationCommand,
	readImConfigurationsCommand,
	readPoolsCommand,
	setImConfigurationCommand,
	newImConfigurationCommand,
	removeImConfigurationCommand,
	setOrNewImConfigurationCommand,
	undoSetOrNewImConfigurationCommand,
	removePolicyCommand,
	removePolicyIfCreatedCommand,
	setPolicyCommand,
} from '../../source/plan/commands.js';
import {connectionSteps} from '../../source/plan/connection.js';
import type {Plan, TenantSnapshot} from '../../source/plan/plan.js';
import {quotePowerShellLiteral} from '../../source/plan/quote.js';
import {renderRollbackScript, renderScript, scriptFileText} from '../../source/plan/render-script.js';
import {credentialCommand, handshakeStatement, requestStatement} from '../../source/powershell/frame.js';
import {environmentProbes, poolAddressProbe} from '../../source/powershell/probes.js';
import {type CompatDescription, PowerShellParser} from '../support/powershell-ast.js';
import {realPowerShell, realPowerShellMarker} from '../support/real-powershell.js';

const powershell = realPowerShell();

const docs = 'MicrosoftDocs/PowerShell-Docs';
const page = (path: string) => `${docs} ${path}`;
const whatsNew50 = page('reference/docs-conceptual/whats-new/What-s-New-in-Windows-PowerShell-50.md');
const whatsNew40 = page('"What\'s New in Windows PowerShell 4.0" (learn.microsoft.com, previous versions)');
const whatsNew60 = page('reference/docs-conceptual/whats-new/What-s-New-in-PowerShell-Core-60.md');
const whatsNew70 = page('reference/docs-conceptual/whats-new/What-s-New-in-PowerShell-70.md');
const whatsNew71 = page('reference/docs-conceptual/whats-new/What-s-New-in-PowerShell-71.md');
const whatsNew73 = page('reference/docs-conceptual/whats-new/What-s-New-in-PowerShell-73.md');
const reference74 = (path: string) => page(`reference/7.4/${path}`);
const reference51 = (path: string) => page(`reference/5.1/${path}`);

type Rule = {
	id: string;
	/** What is newer than 3.0, as a person would name it. */
	construct: string;
	/** The PowerShell version that introduced it. */
	version: string;
	source: string;
	/** A tiny text the rule must fire on. */
	sample: string;
	/** Where the text uses it, or undefined. */
	find: (facts: CompatDescription) => string | undefined;
};

const node = (type: string) => (facts: CompatDescription) => facts.n[type];
const feature = (...names: string[]) => (facts: CompatDescription) => names.map(name => facts.x[name]).find(Boolean);
const operator = (...names: string[]) => (facts: CompatDescription) => names.map(name => facts.b[name] ?? facts.k[name]).find(Boolean);
const parameterOf = (command: string | undefined, parameters: string[]) => (facts: CompatDescription) =>
	facts.c.find(
		call =>
			(command === undefined || call.n?.toLowerCase() === command.toLowerCase()) &&
			call.p.some(parameter => parameters.some(wanted => parameter.toLowerCase() === wanted.toLowerCase())),
	)?.t;
const instanceMethod = (...names: string[]) => (facts: CompatDescription) =>
	facts.m.find(call => !call.s && names.some(name => call.m.toLowerCase() === name.toLowerCase()))?.t;
const variable = (...names: string[]) => (facts: CompatDescription) =>
	names.map(name => Object.entries(facts.v).find(([used]) => used.toLowerCase() === name.toLowerCase())?.[1]).find(Boolean);
const command = (...names: string[]) => (facts: CompatDescription) =>
	facts.c.find(call => names.some(name => call.n?.toLowerCase() === name.toLowerCase()))?.t;

/** Constructs newer than Windows PowerShell 3.0. */
const rules: Rule[] = [
	{
		id: 'static-new', construct: '[T]::new() constructor call', version: '5.0', source: `${whatsNew50} (classes); ${reference74('Microsoft.PowerShell.Core/About/about_Classes.md')}`,
		sample: '[System.Text.StringBuilder]::new()',
		find: facts => facts.m.find(call => call.s && call.m.toLowerCase() === 'new')?.t,
	},
	{id: 'class-enum', construct: 'class or enum definition (TypeDefinitionAst)', version: '5.0', source: `${whatsNew50}; ${reference74('Microsoft.PowerShell.Core/About/about_Classes.md')}`, sample: 'class A { [int]$x }', find: node('TypeDefinitionAst')},
	{id: 'enum', construct: 'enum definition (TypeDefinitionAst)', version: '5.0', source: `${whatsNew50}; ${reference74('Microsoft.PowerShell.Core/About/about_Enum.md')}`, sample: 'enum Color { Red }', find: node('TypeDefinitionAst')},
	{id: 'using', construct: 'using statement (UsingStatementAst)', version: '5.0', source: `${whatsNew50}; ${reference74('Microsoft.PowerShell.Core/About/about_Using.md')}`, sample: 'using namespace System.Text', find: node('UsingStatementAst')},
	{id: 'null-coalescing', construct: 'null-coalescing operator ??', version: '7.0', source: whatsNew70, sample: '$a ?? 1', find: operator('QuestionQuestion')},
	{id: 'null-coalescing-assignment', construct: 'null-coalescing assignment ??=', version: '7.0', source: whatsNew70, sample: '$a ??= 1', find: operator('QuestionQuestionEquals')},
	{id: 'null-conditional-member', construct: 'null-conditional member access ?.', version: '7.1', source: `${whatsNew70} (experimental there); ${whatsNew71}`, sample: '${a}?.Length', find: feature('null-conditional-member')},
	{id: 'null-conditional-index', construct: 'null-conditional element access ?[]', version: '7.1', source: `${whatsNew70} (experimental there); ${whatsNew71}`, sample: '${a}?[0]', find: feature('null-conditional-index')},
	{id: 'ternary', construct: 'ternary operator a ? b : c (TernaryExpressionAst)', version: '7.0', source: whatsNew70, sample: '$a ? 1 : 2', find: node('TernaryExpressionAst')},
	{id: 'pipeline-chain', construct: 'pipeline chain operators && and || (PipelineChainAst)', version: '7.0', source: whatsNew70, sample: 'Get-Date && Get-Date', find: node('PipelineChainAst')},
	{
		id: 'convertto-json-asarray', construct: 'ConvertTo-Json -AsArray', version: '7.0',
		source: `${reference74('Microsoft.PowerShell.Utility/ConvertTo-Json.md')} (absent from ${reference51('Microsoft.PowerShell.Utility/ConvertTo-Json.md')})`,
		sample: '1 | ConvertTo-Json -AsArray', find: parameterOf('ConvertTo-Json', ['AsArray']),
	},
	{
		id: 'convertto-json-newer', construct: 'ConvertTo-Json -EnumsAsStrings / -EscapeHandling', version: '6.2',
		source: reference74('Microsoft.PowerShell.Utility/ConvertTo-Json.md'), sample: '1 | ConvertTo-Json -EscapeHandling EscapeNonAscii',
		find: parameterOf('ConvertTo-Json', ['EnumsAsStrings', 'EscapeHandling']),
	},
	{id: 'foreach-parallel', construct: 'ForEach-Object -Parallel', version: '7.0', source: `${whatsNew70}; ${reference74('Microsoft.PowerShell.Core/ForEach-Object.md')}`, sample: '1 | ForEach-Object -Parallel { $_ }', find: parameterOf('ForEach-Object', ['Parallel', 'ThrottleLimit', 'TimeoutSeconds', 'AsJob', 'UseNewRunspace'])},
	{id: 'convertfrom-json-ashashtable', construct: 'ConvertFrom-Json -AsHashtable', version: '6.0', source: reference74('Microsoft.PowerShell.Utility/ConvertFrom-Json.md'), sample: "'{}' | ConvertFrom-Json -AsHashtable", find: parameterOf('ConvertFrom-Json', ['AsHashtable', 'NoEnumerate', 'Depth', 'DateKind'])},
	{id: 'foreach-where-methods', construct: '.ForEach() / .Where() collection methods', version: '4.0', source: `${whatsNew40}; ${reference51('Microsoft.PowerShell.Core/About/about_Arrays.md')} (ForEach(), Where())`, sample: '@(1, 2).Where({ $_ -gt 1 })', find: instanceMethod('ForEach', 'Where')},
	{id: 'pipeline-variable', construct: '-PipelineVariable common parameter', version: '4.0', source: `${whatsNew40}; ${reference51('Microsoft.PowerShell.Core/About/about_CommonParameters.md')}`, sample: 'Get-Date -PipelineVariable d', find: parameterOf(undefined, ['PipelineVariable', 'pv'])},
	{id: 'information-parameters', construct: '-InformationAction / -InformationVariable common parameters', version: '5.0', source: reference51('Microsoft.PowerShell.Core/About/about_CommonParameters.md'), sample: 'Get-Date -InformationAction Ignore', find: parameterOf(undefined, ['InformationAction', 'InformationVariable', 'infa', 'iv'])},
	{id: 'information-redirection', construct: 'redirection of the Information stream (6>, 6>&1)', version: '5.0', source: reference74('Microsoft.PowerShell.Core/About/about_Redirection.md'), sample: 'Get-Date 6>&1', find: feature('redirect-Information')},
	{id: 'unicode-escape', construct: 'Unicode escape `u{...} in an expandable string', version: '6.0', source: `${whatsNew60}; ${reference74('Microsoft.PowerShell.Core/About/about_Special_Characters.md')}`, sample: '"`u{2713}"', find: feature('unicode-escape')},
	{id: 'clean-block', construct: 'clean block', version: '7.3', source: whatsNew73, sample: 'function f { process { 1 } clean { 2 } }', find: feature('clean-block')},
	{id: 'background-operator', construct: 'background operator & at the end of a pipeline', version: '6.0', source: `${whatsNew60}; ${reference74('Microsoft.PowerShell.Core/About/about_Operators.md')}`, sample: 'Get-Date &', find: feature('background-operator')},
	{
		id: 'numeric-suffix', construct: 'numeric literal type suffix y, uy, s, us, u, ul', version: '6.2', source: reference74('Microsoft.PowerShell.Core/About/about_Numeric_Literals.md'),
		sample: '$a = 1u', find: feature('number-SByte', 'number-Byte', 'number-Int16', 'number-UInt16', 'number-UInt32', 'number-UInt64'),
	},
	{id: 'biginteger-suffix', construct: 'BigInteger literal suffix n', version: '7.0', source: reference74('Microsoft.PowerShell.Core/About/about_Numeric_Literals.md'), sample: '$a = 1n', find: feature('number-BigInteger')},
	{id: 'binary-literal', construct: 'binary literal 0b...', version: '6.2', source: reference74('Microsoft.PowerShell.Core/About/about_Numeric_Literals.md'), sample: '$a = 0b101', find: feature('binary-literal')},
	{id: 'requires-psedition', construct: '#requires -PSEdition', version: '5.1', source: reference51('Microsoft.PowerShell.Core/About/about_Requires.md'), sample: '#requires -PSEdition Desktop\n1', find: feature('requires-psedition')},
	{id: 'requires-runasadministrator', construct: '#requires -RunAsAdministrator', version: '4.0', source: reference51('Microsoft.PowerShell.Core/About/about_Requires.md'), sample: '#requires -RunAsAdministrator\n1', find: feature('requires-runasadministrator')},
	{
		id: 'requires-newer-version', construct: '#requires -Version above 3.0', version: '(as required)', source: reference51('Microsoft.PowerShell.Core/About/about_Requires.md'), sample: '#requires -Version 5.1\n1',
		find: facts => Object.entries(facts.x).find(([name]) => /^requires-version-/.test(name) && Number.parseFloat(name.slice('requires-version-'.length)) > 3)?.[1],
	},
	{id: 'newer-automatic-variables', construct: '$IsWindows, $IsLinux, $IsMacOS, $IsCoreCLR', version: '6.0', source: reference74('Microsoft.PowerShell.Core/About/about_Automatic_Variables.md'), sample: 'if ($IsWindows) { 1 }', find: variable('IsWindows', 'IsLinux', 'IsMacOS', 'IsCoreCLR')},
	{id: 'psstyle', construct: '$PSStyle', version: '7.2', source: `${page('reference/docs-conceptual/whats-new/What-s-New-in-PowerShell-72.md')}`, sample: '$PSStyle.Reset', find: variable('PSStyle')},
	{id: 'cmdlets-40', construct: 'a cmdlet added in 4.0 (Get-FileHash, Save-Help -Module *)', version: '4.0', source: `${whatsNew40}; ${reference51('Microsoft.PowerShell.Utility/Get-FileHash.md')}`, sample: 'Get-FileHash x', find: command('Get-FileHash')},
	{
		id: 'cmdlets-50', construct: 'a cmdlet added in 5.0 (New-TemporaryFile, New-Guid, Get-/Set-Clipboard, Format-Hex, Write-Information, Compress-/Expand-Archive, ConvertFrom-String)', version: '5.0',
		source: whatsNew50, sample: 'New-Guid',
		find: command('New-TemporaryFile', 'New-Guid', 'Get-Clipboard', 'Set-Clipboard', 'Format-Hex', 'Write-Information', 'Compress-Archive', 'Expand-Archive', 'ConvertFrom-String'),
	},
	{id: 'cmdlets-6x-7x', construct: 'a cmdlet added in 6.x/7.x (Get-Error, Join-String, Test-Json, Get-Uptime, Remove-Alias, ConvertFrom-Markdown)', version: '6.0-7.0', source: `${whatsNew60}; ${whatsNew70}`, sample: 'Get-Error', find: command('Get-Error', 'Join-String', 'Test-Json', 'Get-Uptime', 'Remove-Alias', 'ConvertFrom-Markdown')},
];

/**
 * The PowerShell cmdlets the product calls, with every parameter it names, all present in
 * Windows PowerShell 3.0 (the 5.1 reference marks nothing here as introduced after 3.0;
 * ConvertTo-Json itself "was introduced in Windows PowerShell 3.0" with -Compress, -Depth and
 * -InputObject). `ErrorAction` is a common parameter since 2.0.
 */
const common = ['ErrorAction', 'ErrorVariable', 'WarningAction', 'Verbose'];
const cmdletsIn30: Record<string, {parameters: string[]; source: string}> = {
	'Select-Object': {parameters: ['First', 'Property'], source: reference51('Microsoft.PowerShell.Utility/Select-Object.md')},
	'ForEach-Object': {parameters: ['Process'], source: reference51('Microsoft.PowerShell.Core/ForEach-Object.md')},
	'Get-ExecutionPolicy': {parameters: ['List'], source: reference51('Microsoft.PowerShell.Security/Get-ExecutionPolicy.md')},
	'Get-Module': {parameters: ['ListAvailable', 'Name'], source: reference51('Microsoft.PowerShell.Core/Get-Module.md')},
	'Test-Path': {parameters: ['LiteralPath'], source: reference51('Microsoft.PowerShell.Management/Test-Path.md')},
	'Remove-Item': {parameters: ['Path', 'LiteralPath'], source: reference51('Microsoft.PowerShell.Management/Remove-Item.md')},
	'New-Object': {parameters: ['TypeName', 'ArgumentList'], source: reference51('Microsoft.PowerShell.Utility/New-Object.md')},
	'ConvertTo-Json': {parameters: ['InputObject', 'Depth', 'Compress'], source: reference51('Microsoft.PowerShell.Utility/ConvertTo-Json.md')},
	'Import-Module': {parameters: ['Name'], source: reference51('Microsoft.PowerShell.Core/Import-Module.md')},
	'Get-Credential': {parameters: ['Credential', 'UserName', 'Message'], source: reference51('Microsoft.PowerShell.Security/Get-Credential.md')},
	'New-PSSession': {parameters: ['ConnectionUri', 'Credential'], source: reference51('Microsoft.PowerShell.Core/New-PSSession.md')},
	'Import-PSSession': {parameters: ['Session', 'AllowClobber'], source: reference51('Microsoft.PowerShell.Utility/Import-PSSession.md')},
	'Out-Null': {parameters: [], source: reference51('Microsoft.PowerShell.Core/Out-Null.md')},
	'Format-List': {parameters: [], source: reference51('Microsoft.PowerShell.Utility/Format-List.md')},
};

/** Cmdlets of the SkypeForBusiness / Lync modules and the SkypeOnlineConnector: not PowerShell's to version. */
const moduleCmdlets = new Set(
	[
		'Get-CsClientPolicy',
		'Set-CsClientPolicy',
		'New-CsClientPolicy',
		'Remove-CsClientPolicy',
		'Grant-CsClientPolicy',
		'Get-CsUser',
		'Get-CsOnlineUser',
		'Get-CsPool',
		'Get-CsImConfiguration',
		'Set-CsImConfiguration',
		'New-CsImConfiguration',
		'Remove-CsImConfiguration',
		'New-CsOnlineSession',
	].map(name => name.toLowerCase()),
);

const cmdletLookup = new Map(Object.entries(cmdletsIn30).map(([name, entry]) => [name.toLowerCase(), {name, ...entry}]));

/** Every finding in one text: `rule` findings, then commands not known to exist in 3.0. */
function findings(facts: CompatDescription): string[] {
	const found: string[] = [];
	if (facts.e.length > 0) found.push(`parse errors: ${facts.e.map(error => `${error.id} at ${error.l}:${error.c} (${error.m})`).join('; ')}`);
	for (const rule of rules) {
		const where = rule.find(facts);
		if (where) found.push(`${rule.construct} (PowerShell ${rule.version}; ${rule.source}) at ${where}`);
	}

	for (const call of facts.c) {
		if (call.n === null) continue; // `& { ... }`: a script block, not a command name.
		if (call.f) continue; // `-Filter {ClientPolicy -ne $null}`: filter text for the cmdlet, never run.
		const name = call.n.toLowerCase();
		if (moduleCmdlets.has(name)) continue;
		const known = cmdletLookup.get(name);
		if (!known) {
			found.push(`command ${call.n} is not on the list of cmdlets checked against PowerShell 3.0, at ${call.t}`);
			continue;
		}

		const allowed = new Set([...known.parameters, ...common].map(parameter => parameter.toLowerCase()));
		for (const parameter of call.p) {
			if (!allowed.has(parameter.toLowerCase())) found.push(`${known.name} -${parameter} is not checked against PowerShell 3.0 (${known.source}), at ${call.t}`);
		}
	}

	return found;
}

type Text = {label: string; text: string};

const now = new Date('2025-03-01T10:00:00Z');

const targets: Array<{name: string; target: Target}> = [
	{name: 'server local', target: {kind: 'server', signIn: {kind: 'integrated'}}},
	{name: 'server local (Lync module)', target: {kind: 'server', module: 'Lync', signIn: {kind: 'integrated'}}},
	{name: 'server pool', target: {kind: 'server', pool: 'pool01.contoso.com', signIn: {kind: 'integrated'}}},
	{name: 'server pool with credential', target: {kind: 'server', pool: 'pool01.contoso.com', signIn: {kind: 'credential', userName: "CONTOSO\\o'brien"}}},
	{name: 'online', target: {kind: 'online', signIn: {kind: 'integrated'}}},
	{name: 'online with admin domain and credential', target: {kind: 'online', adminDomain: 'contoso.onmicrosoft.com', signIn: {kind: 'credential', userName: 'admin@contoso.com'}}},
	{name: 'online with admin domain', target: {kind: 'online', adminDomain: 'contoso.onmicrosoft.com', signIn: {kind: 'integrated'}}},
];

const scopes: Array<{name: string; scope: Scope}> = [
	{name: 'global', scope: {kind: 'global'}},
	{name: 'site', scope: {kind: 'site', site: 'Redmond'}},
	{name: 'users (auto)', scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'auto', users: ['sip:ann@contoso.com', "O'Brien"]}},
	{name: 'users (create)', scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'create', users: ['sip:ann@contoso.com']}},
	{name: 'users (reuse)', scope: {kind: 'users', policy: 'OfflineIM', policyMode: 'reuse', users: ['sip:ann@contoso.com']}},
];

/** A tenant read before the change: the rollback restores real values instead of placeholders. */
const snapshot: TenantSnapshot = {
	global: {identity: 'Global', enableIMAutoArchiving: true},
	site: {identity: 'Site:Redmond', enableIMAutoArchiving: false},
	policy: {identity: 'Tag:OfflineIM', enableIMAutoArchiving: null},
	users: [
		{identity: 'sip:ann@contoso.com', found: true, sipAddress: 'sip:ann@contoso.com', clientPolicy: 'Sales'},
		{identity: "O'Brien", found: true, clientPolicy: null},
	],
};

/** The saved .ps1 files exactly as written (scriptFileText: with the UTF-8 byte order mark). */
const files: Text[] = [];

function productTexts(): Text[] {
	const texts: Text[] = [];
	const add = (label: string, text: string) => texts.push({label, text});

	add('frame.ts handshakeStatement', handshakeStatement('0123456789abcdef'));
	const sampleCommands = [readPolicyCommand({kind: 'global'}), grantCommand("O'Brien", 'OfflineIM'), 'if ($true) {\n  1\n}'];
	add('frame.ts requestStatement (stopOnError)', requestStatement({nonce: 'n1', commands: sampleCommands, stopOnError: true}));
	add('frame.ts requestStatement', requestStatement({nonce: 'n2', commands: sampleCommands, stopOnError: false}));
	add('frame.ts credentialCommand', credentialCommand({variable: 'credential', userNameLiteral: quotePowerShellLiteral("CONTOSO\\o'brien"), cipherBase64: 'q83vEjRWeJA=', padOffset: 16}));
	for (const [name, probe] of Object.entries(environmentProbes)) add(`probes.ts environmentProbes.${name}`, probe);
	add('probes.ts poolAddressProbe', poolAddressProbe(quotePowerShellLiteral('pool01.contoso.com')));

	const refs = [{kind: 'global'}, {kind: 'site', site: 'Redmond'}, {kind: 'tag', name: 'OfflineIM'}] as const;
	for (const ref of refs) {
		add(`commands.ts readPolicyCommand(${ref.kind})`, readPolicyCommand(ref));
		for (const value of [true, false, null, {variable: 'previousValue'}] as const) {
			add(`commands.ts setPolicyCommand(${ref.kind}, ${JSON.stringify(value)})`, setPolicyCommand(ref, value));
		}
	}

	add('commands.ts readPerUserPoliciesCommand', readPerUserPoliciesCommand);
	add('commands.ts readSitePoliciesCommand', readSitePoliciesCommand);
	add('commands.ts readPolicyHoldersCommand', readPolicyHoldersCommand);
	add('commands.ts readUserCommand', readUserCommand("O'Brien"));
	add('commands.ts readUserCommand (Online)', readUserCommand("O'Brien", 'Get-CsOnlineUser'));
	add('commands.ts readImConfigurationsCommand', readImConfigurationsCommand);
	add('commands.ts readPoolsCommand', readPoolsCommand);
	for (const ref of [{kind: 'global'}, {kind: 'site', site: 'Redmond'}] as const) {
		add(`commands.ts readImConfigurationCommand(${ref.kind})`, readImConfigurationCommand(ref));
		add(`commands.ts setImConfigurationCommand(${ref.kind})`, setImConfigurationCommand(ref, false));
	}

	add('commands.ts newImConfigurationCommand', newImConfigurationCommand('Redmond', true));
	add('commands.ts removeImConfigurationCommand', removeImConfigurationCommand('Redmond'));
	add('commands.ts setOrNewImConfigurationCommand', setOrNewImConfigurationCommand('Redmond', false));
	add('commands.ts undoSetOrNewImConfigurationCommand', undoSetOrNewImConfigurationCommand('Redmond', 'imConfigurationCreatedByPlan', 'previousOfflineIm'));
	add('commands.ts newPolicyCommand', newPolicyCommand('OfflineIM'));
	add('commands.ts newPolicyIfMissingCommand', newPolicyIfMissingCommand('OfflineIM'));
	add('commands.ts grantCommand', grantCommand('sip:ann@contoso.com', 'OfflineIM'));
	add('commands.ts grantCommand (remove)', grantCommand('sip:ann@contoso.com', null));
	add('commands.ts removePolicyCommand', removePolicyCommand('OfflineIM'));
	for (const value of [true, false, null]) add(`commands.ts placeholderCommand(${value})`, placeholderCommand('policyCreatedByPlan', value));
	add('commands.ts removePolicyIfCreatedCommand', removePolicyIfCreatedCommand('OfflineIM', 'policyCreatedByPlan'));
	for (const module of ['SkypeForBusiness', 'Lync'] as const) add(`commands.ts importModuleCommand(${module})`, importModuleCommand(module));
	add('commands.ts importOnlineConnectorCommand', importOnlineConnectorCommand);
	add('commands.ts credentialPromptCommand', credentialPromptCommand);
	for (const withCredential of [false, true]) {
		add(`commands.ts newPoolSessionCommand(${withCredential})`, newPoolSessionCommand('pool01.contoso.com', withCredential));
		for (const domain of [undefined, 'contoso.onmicrosoft.com']) {
			add(`commands.ts newOnlineSessionCommand(${withCredential}, ${domain ?? 'no domain'})`, newOnlineSessionCommand(withCredential, domain));
		}
	}

	add('commands.ts importSessionCommand', importSessionCommand);
	for (const {name, target} of targets) {
		connectionSteps(target).forEach((step, index) => add(`connection.ts ${name} step ${index + 1}`, step.command));
	}

	for (const {name: targetName, target} of targets) {
		for (const {name: scopeName, scope} of scopes) {
			if (target.kind === 'online' && scope.kind === 'site') continue; // Online has no site policies (validateChoices refuses it).
			for (const state of ['on', 'off'] as const) {
				for (const [snapshotName, read] of [['offline', {}], ['read first', snapshot]] as const) {
					const choices: Choices = {target, state, scope};
					const plan: Plan = buildPlan(choices, read, now);
					const label = `${targetName}, ${scopeName}, ${state}, ${snapshotName}`;
					add(`script (${label})`, renderScript(plan, 'en'));
					add(`rollback script (${label})`, renderRollbackScript(plan, 'en'));
					if (snapshotName === 'offline' && state === 'off') {
						files.push({label: `script file with BOM (${label})`, text: scriptFileText(renderScript(plan, 'en'))});
						add(`script, Italian (${label})`, renderScript(plan, 'it', {simulate: true}));
						add(`rollback script, Italian (${label})`, renderRollbackScript(plan, 'it'));
					}

					for (const step of plan.steps) {
						add(`step ${step.id} (${label})`, step.command);
						step.rollback.forEach((command, index) => add(`rollback ${index + 1} of step ${step.id} (${label})`, command));
					}
				}
			}
		}
	}

	return texts;
}

describe.skipIf(!powershell)(`PowerShell 3.0 compatibility of every text offline-im emits ${realPowerShellMarker}`, () => {
	let parser: PowerShellParser;

	beforeAll(async () => {
		parser = await PowerShellParser.start(powershell!);
	});

	afterAll(async () => {
		await parser?.stop();
	});

	it(`every rule fires on its own sample, and none on plain 3.0 text ${realPowerShellMarker}`, async () => {
		const plain = "$x = @(Get-Process | Select-Object -First 1); foreach ($p in $x) { try { [string]$p.Name + 'x' } catch { $_.Exception.Message } }";
		const [baseline, ...samples] = await parser.describeTexts('compat', [plain, ...rules.map(rule => rule.sample)], 50);
		expect(baseline!.e).toEqual([]);
		expect(rules.filter(rule => rule.find(baseline!)).map(rule => rule.id)).toEqual([]);
		const silent = rules.filter((rule, index) => samples[index]!.e.length > 0 || !rule.find(samples[index]!));
		expect(
			silent.map(rule => ({rule: rule.id, sample: rule.sample, errors: samples[rules.indexOf(rule)]!.e})),
			'rules whose sample does not parse or does not make them fire',
		).toEqual([]);
		// The command check fires too: an unknown cmdlet, and a parameter not checked against 3.0.
		const [unknown] = await parser.describeTexts('compat', ['Get-Widget -Name x | ConvertTo-Json -Compress -AsArray']);
		expect(findings(unknown!).join('\n')).toMatch(/Get-Widget is not on the list[\s\S]*ConvertTo-Json -AsArray is not checked/);
	});

	it(`uses nothing newer than PowerShell 3.0 in any text ${realPowerShellMarker}`, {timeout: 60_000}, async () => {
		const texts = productTexts();
		// The same step command recurs in many plans: each distinct text is walked once.
		const distinct = [...new Set(texts.map(text => text.text))];
		const walked = await parser.describeTexts('compat', distinct, 25);
		const factsOf = new Map(distinct.map((text, index) => [text, walked[index]!]));
		const problems = texts.flatMap(text => findings(factsOf.get(text.text)!).map(finding => `${text.label}: ${finding}`));
		// Saved scripts as files on disk, parsed as PowerShell reads a .ps1 (ParseFile): a U+FEFF
		// inside a string is no white space to the parser, but the file reader consumes the mark.
		const folder = mkdtempSync(path.join(os.tmpdir(), 'offline-im-ps3-'));
		const paths = files.map((file, index) => {
			const where = path.join(folder, `script-${index}.ps1`);
			writeFileSync(where, file.text, 'utf8');
			expect(readFileSync(where).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
			return where;
		});
		const fileFacts = await parser.describeTexts('compat-file', paths, 25).finally(() => rmSync(folder, {recursive: true, force: true}));
		problems.push(...files.flatMap((file, index) => findings(fileFacts[index]!).map(finding => `${file.label}: ${finding}`)));
		const scripts = texts.filter(text => /script/.test(text.label)).length;
		const commands = new Set(walked.flatMap(description => description.c.filter(call => !call.f).map(call => call.n ?? '& {...}')));
		console.log(
			`PowerShell 3.0 compatibility: walked the AST of ${texts.length + files.length} texts (${distinct.length} distinct texts and ${files.length} saved .ps1 files; ${scripts} scripts and rollbacks, ${texts.length - scripts} frames, probes, commands and steps) with ${rules.length} rules; ` +
				`commands used: ${[...commands].sort().join(', ')}.`,
		);
		expect(problems.slice(0, 30), `${problems.length} constructs newer than PowerShell 3.0 (or unparsable)`).toEqual([]);
	});
});
