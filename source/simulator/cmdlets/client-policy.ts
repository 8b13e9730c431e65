import {type UserLookup, distinguishedName} from '../directory.js';
import type {CommandContext, CommandDefinition, ParameterSpec} from '../language/commands.js';
import {ExitSignal, HangSignal, valuesEqual} from '../language/engine.js';
import {CustomObject, PSObject, ScriptBlockValue, type Value, toText} from '../language/values.js';
import type {SimulatorSession} from '../session.js';
import type {TenantPolicy, TenantUser} from '../tenant.js';

/*
 * The Skype for Business Server cmdlets the tool uses, against the simulated tenant: the client
 * policy cmdlets and the user readers. They exist only after Import-Module SkypeForBusiness / Lync,
 * or Import-PSSession of a remote session; which of them exist where is SimulatorSession's
 * loadSkypeCommands (Get-CsUser and Remove-CsUser on-premises only, Get-CsOnlineUser Online only).
 * The server switch, the pools and the admin roles are in server-configuration.ts.
 *
 * not verified against a real server: the .NET class names (used in FullyQualifiedErrorId) and
 * the texts marked below. "Management object not found for identity" and the Grant policy text
 * are the real ones.
 */
const adCmdlets = 'Microsoft.Rtc.Management.AD.Cmdlets';
const xdsCmdlets = 'Microsoft.Rtc.Management.Internal';

/** A user's per-user policy as Get-CsUser shows it: prints as the policy's name. */
class PolicyReference extends PSObject {
	readonly typeName = 'Microsoft.Rtc.Management.ADConnect.Schema.PolicyReference';

	constructor(readonly name: string) {
		super();
	}

	override getProperty(name: string): Value | undefined {
		return name.toLowerCase() === 'name' ? this.name : undefined;
	}

	override toText(): string {
		return this.name;
	}

	override toJson(): unknown {
		return this.name;
	}
}

/** Client policy settings other than EnableIMAutoArchiving: accepted (so abbreviations bind as on a real server) and ignored. */
const otherSettings = [
	'AddressBookAvailability',
	'AttendantSafeTransfer',
	'AutoDiscoveryRetryInterval',
	'BlockConversationFromFederatedContacts',
	'CalendarStatePublicationInterval',
	'ConferenceIMIdleTimeout',
	'CustomizedHelpUrl',
	'CustomLinkInErrorMessages',
	'CustomStateUrl',
	'Description',
	'DGRefreshInterval',
	'DisableCalendarPresence',
	'DisableContactCardOrganizationTab',
	'DisableEmailComparisonCheck',
	'DisableEmoticons',
	'DisableFederatedPromptDisplayName',
	'DisableFeedsTab',
	'DisableFreeBusyInfo',
	'DisableHandsetOnLockedMachine',
	'DisableHtmlIm',
	'DisableICE',
	'DisableInkIM',
	'DisableMeetingSubjectAndLocation',
	'DisableOneNote12Integration',
	'DisableOnlineContextualSearch',
	'DisablePhonePresence',
	'DisablePICPromptDisplayName',
	'DisablePoorDeviceWarnings',
	'DisablePoorNetworkWarnings',
	'DisablePresenceNote',
	'DisableRTFIM',
	'DisableSavingIM',
	'DisplayPhoto',
	'EnableAppearOffline',
	'EnableCallLogAutoArchiving',
	'EnableClientMusicOnHold',
	'EnableConversationWindowTabs',
	'EnableEnterpriseCustomizedHelp',
	'EnableEventLogging',
	'EnableExchangeContactSync',
	'EnableExchangeContactsFolder',
	'EnableExchangeDelegateSync',
	'EnableFullScreenVideo',
	'EnableHighPerformanceConferencingAppSharing',
	'EnableHotdesking',
	'EnableMediaRedirection',
	'EnableMeetingEngagement',
	'EnableNotificationForNewSubscribers',
	'EnableServerConversationHistory',
	'EnableSkypeUI',
	'EnableSQMData',
	'EnableTracing',
	'EnableUnencryptedFileTransfer',
	'EnableURL',
	'EnableVOIPCallDefault',
	'ExcludedContactFolders',
	'HotdeskingTimeout',
	'IMWarning',
	'MaximumDGsAllowedInContactList',
	'MaximumNumberOfContacts',
	'MaxPhotoSizeKB',
	'MusicOnHoldAudioFile',
	'P2PAppSharingEncryption',
	'PlayAbbreviatedDialTone',
	'PolicyEntry',
	'RequireContentPin',
	'SearchPrefixFlags',
	'ShowManagePrivacyRelationships',
	'ShowRecentContacts',
	'ShowSharepointPhotoEditLink',
	'SPSearchCenterExternalURL',
	'SPSearchCenterInternalURL',
	'SPSearchExternalURL',
	'SPSearchInternalURL',
	'SupportModernFilePicker',
	'TabURL',
	'TelemetryTier',
	'TracingLevel',
	'WebServicePollInterval',
].map((name): ParameterSpec => ({name, type: 'object'}));

const settingParameters: ParameterSpec[] = [
	{name: 'EnableIMAutoArchiving', type: 'nullable-bool'},
	...otherSettings,
	{name: 'Tenant', type: 'object'},
	{name: 'Force', type: 'switch'},
	{name: 'InMemory', type: 'switch'},
];

type Identity = {identity: string; scope: 'global' | 'site' | 'tag'; name: string};

/** What the XdsIdentity parameter of the configuration and policy cmdlets says of an identity it cannot parse. */
export function invalidXdsIdentity(context: CommandContext, text: string): never {
	return context.fail({
		// not verified against a real server
		message: `Cannot bind parameter 'Identity'. Cannot convert value "${text}" to type "Microsoft.Rtc.Management.Xds.XdsIdentity". Error: "Invalid identity: "${text}"."`,
		errorId: 'CannotConvertArgumentNoMessage',
		category: 'InvalidArgument',
		exceptionType: 'System.Management.Automation.ParameterBindingException',
	});
}

/**
 * -Identity with -Filter: the two parameter sets of the Get- cmdlets exclude each other. The
 * binder's own text, which PowerShell 7 made longer (verified on 7.6; Windows PowerShell 5.1's, the
 * first sentence alone, cannot be verified here).
 */
export function ambiguousParameterSet(context: CommandContext, session: SimulatorSession): never {
	const more = session.flavor.core ? ' One or more parameters issued cannot be used together or an insufficient number of parameters were provided.' : '';
	return context.fail({
		message: `Parameter set cannot be resolved using the specified named parameters.${more}`,
		errorId: 'AmbiguousParameterSet',
		category: 'InvalidArgument',
		exceptionType: 'System.Management.Automation.ParameterBindingException',
	});
}

/** -WhatIf: says what would be done, and the caller does nothing. */
export function whatIf(context: CommandContext, operation: string, target: string): boolean {
	if (context.bound.get('WhatIf') !== true) return false;
	context.writeHost(`What if: Performing the operation "${operation}" on target "${target}".`);
	return true;
}

export function clientPolicyCommands(session: SimulatorSession): CommandDefinition[] {
	const {directory} = session;

	const policyObject = (policy: TenantPolicy): CustomObject =>
		new CustomObject(
			[
				['Identity', policy.identity],
				['Description', null],
				['EnableIMAutoArchiving', policy.enableIMAutoArchiving],
				['EnableCallLogAutoArchiving', null],
				['DisableSavingIM', null],
				['EnableAppearOffline', null],
			],
			'Microsoft.Rtc.Management.WritableConfig.Policy.Client.ClientPolicy',
		);

	const userObject = (user: TenantUser): CustomObject =>
		new CustomObject(
			[
				['Identity', distinguishedName(user)],
				['SipAddress', user.sipAddress],
				['DisplayName', user.displayName],
				['UserPrincipalName', user.userPrincipalName],
				['SamAccountName', user.samAccountName],
				['Enabled', true],
				['RegistrarPool', directory.registrarPool(user) ?? null],
				['ClientPolicy', user.clientPolicy === null ? null : new PolicyReference(user.clientPolicy)],
				['EnterpriseVoiceEnabled', false],
				['LineURI', ''],
			],
			'Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser',
		);

	/** Global, site:NAME, tag:NAME or a bare NAME (a per-user policy), as XdsIdentity parses it. */
	const parseIdentity = (context: CommandContext, text: string): Identity => {
		const trimmed = text.trim();
		const lower = trimmed.toLowerCase();
		const invalid = (): never => invalidXdsIdentity(context, text);
		if (lower === 'global') return {identity: 'Global', scope: 'global', name: 'Global'};
		if (lower.startsWith('site:')) {
			const name = trimmed.slice(5);
			if (!name) invalid();
			const site = directory.site(name) ?? name;
			return {identity: `Site:${site}`, scope: 'site', name: site};
		}

		const name = lower.startsWith('tag:') ? trimmed.slice(4) : trimmed;
		if (!name || /^[a-z]+:/i.test(name) || name.includes('/')) invalid();
		const existing = directory.policy(`Tag:${name}`);
		return {identity: existing?.identity ?? `Tag:${name}`, scope: 'tag', name: existing ? existing.identity.slice(4) : name};
	};

	// not verified against a real server: the three "ClientPolicy" texts.
	const missingPolicy = (context: CommandContext, verb: string, identity: string): void =>
		context.writeError({
			message: `Cannot ${verb} "ClientPolicy" "${identity}" because it does not exist.`,
			errorId: 'ItemNotFound',
			category: 'ObjectNotFound',
			exceptionType: 'System.Management.Automation.ItemNotFoundException',
			targetName: identity,
			targetType: 'XdsIdentity',
		});

	const missingUser = (context: CommandContext, identity: string, lookup: UserLookup): void =>
		context.writeError({
			message:
				lookup.kind === 'ambiguous'
					? // not verified against a real server
						`Multiple objects found for identity "${identity}".`
					: `Management object not found for identity "${identity}".`,
			errorId: 'Identity',
			category: 'ObjectNotFound',
			exceptionType: 'Microsoft.Rtc.Management.ManagementException',
			targetName: identity,
			targetType: 'UserIdParameter',
		});

	/** Identity values from -Identity or the pipeline (strings, or objects with an Identity / SipAddress). */
	const identities = (context: CommandContext, property: 'Identity' | 'SipAddress'): string[] => {
		if (context.bound.has('Identity')) return [toText(context.bound.get('Identity') ?? null)];
		return context.input.map(item => {
			if (item instanceof PSObject) return toText(item.getProperty(property) ?? item.getProperty('Identity') ?? null);
			return toText(item);
		});
	};

	/** Get-CsUser and Get-CsOnlineUser: -Identity (any identity form) or -Filter (OPATH-like), -ResultSize. */
	const userReader = (name: string, netClass: string, extra: ParameterSpec[]): CommandDefinition => ({
		name,
		netClass,
		parameters: [
			{name: 'Identity', type: 'string', position: 0, netType: 'Microsoft.Rtc.Management.AD.UserIdParameter'},
			{name: 'Filter', type: 'object'},
			{name: 'LdapFilter', type: 'string'},
			{name: 'ResultSize', type: 'object'},
			{name: 'DomainController', type: 'string'},
			{name: 'OU', type: 'string'},
			{name: 'OnLyncServer', type: 'switch'},
			{name: 'OnOfficeCommunicationServer', type: 'switch'},
			{name: 'UnassignedUser', type: 'switch'},
			{name: 'Credential', type: 'object'},
			...extra,
		],
		invoke(context) {
			const identity = context.bound.get('Identity');
			if (identity !== undefined && identity !== null) {
				const lookup = directory.findUser(toText(identity));
				if (lookup.kind !== 'found') return missingUser(context, toText(identity), lookup);
				context.output.push(userObject(lookup.user));
				return;
			}

			const filter = context.bound.get('Filter');
			const test = filter === undefined || filter === null ? undefined : compileUserFilter(context, session, filter instanceof ScriptBlockValue ? filter.block.text : toText(filter));
			const limit = typeof context.bound.get('ResultSize') === 'number' ? (context.bound.get('ResultSize') as number) : Number.POSITIVE_INFINITY;
			for (const user of directory.allUsers()) {
				if (context.output.length >= limit) break;
				const object = userObject(user);
				if (!test || test(object)) context.output.push(object);
			}
		},
	});

	return [
		{
			name: 'Get-CsClientPolicy',
			netClass: `${xdsCmdlets}.GetClientPolicyCmdlet`,
			parameters: [
				{name: 'Identity', type: 'string', position: 0},
				{name: 'Filter', type: 'string'},
				{name: 'LocalStore', type: 'switch'},
				{name: 'Tenant', type: 'object'},
				{name: 'Include', type: 'string'},
			],
			invoke(context) {
				const identity = context.bound.get('Identity');
				const filter = context.bound.get('Filter');
				if (identity !== undefined && filter !== undefined) ambiguousParameterSet(context, session);

				if (identity !== undefined && identity !== null) {
					const parsed = parseIdentity(context, toText(identity));
					const policy = directory.policy(parsed.identity);
					if (!policy) return missingPolicy(context, 'get', parsed.identity);
					context.output.push(policyObject(policy));
					return;
				}

				const pattern = typeof filter === 'string' ? session.engine.wildcard(filter) : undefined;
				for (const policy of directory.allPolicies()) {
					if (!pattern || pattern.test(policy.identity)) context.output.push(policyObject(policy));
				}
			},
		},
		{
			name: 'New-CsClientPolicy',
			netClass: `${xdsCmdlets}.NewClientPolicyCmdlet`,
			shouldProcess: true,
			parameters: [{name: 'Identity', type: 'string', position: 0, mandatory: true}, ...settingParameters],
			invoke(context) {
				const parsed = parseIdentity(context, toText(context.bound.get('Identity') ?? null));
				if (parsed.scope === 'global' || directory.policy(parsed.identity)) {
					// not verified against a real server
					return context.writeError({
						message: `Cannot create "ClientPolicy" "${parsed.identity}" because it already exists.`,
						errorId: 'ItemAlreadyExists',
						category: 'ResourceExists',
						exceptionType: 'System.InvalidOperationException',
						targetName: parsed.identity,
						targetType: 'XdsIdentity',
					});
				}

				if (parsed.scope === 'site' && !directory.site(parsed.name)) {
					// not verified against a real server
					return context.writeError({
						message: `Cannot create "ClientPolicy" "${parsed.identity}" because the site "${parsed.name}" does not exist.`,
						errorId: 'SiteNotFound',
						category: 'ObjectNotFound',
						exceptionType: 'System.Management.Automation.ItemNotFoundException',
						targetName: parsed.identity,
						targetType: 'XdsIdentity',
					});
				}

				const value = context.bound.has('EnableIMAutoArchiving') ? (context.bound.get('EnableIMAutoArchiving') as boolean | null) : null;
				const policy: TenantPolicy = {identity: parsed.identity, enableIMAutoArchiving: value};
				if (context.bound.get('InMemory') === true) {
					context.output.push(policyObject(policy));
					return;
				}

				if (whatIf(context, 'New', parsed.identity)) return;
				directory.addPolicy(policy);
			},
		},
		{
			name: 'Set-CsClientPolicy',
			netClass: `${xdsCmdlets}.SetClientPolicyCmdlet`,
			shouldProcess: true,
			parameters: [{name: 'Identity', type: 'string', position: 0}, {name: 'Instance', type: 'object', fromPipeline: true}, ...settingParameters],
			invoke(context) {
				const targets = context.bound.has('Identity') || !context.hasInput ? [toText(context.bound.get('Identity') ?? 'Global')] : identities(context, 'Identity');
				for (const target of targets) {
					const parsed = parseIdentity(context, target);
					const policy = directory.policy(parsed.identity);
					if (!policy) {
						missingPolicy(context, 'find', parsed.identity);
						continue;
					}

					if (!context.bound.has('EnableIMAutoArchiving')) continue;
					if (whatIf(context, 'Set', policy.identity)) continue;
					directory.setPolicyValue(policy, context.bound.get('EnableIMAutoArchiving') as boolean | null);
				}
			},
		},
		{
			name: 'Remove-CsClientPolicy',
			netClass: `${xdsCmdlets}.RemoveClientPolicyCmdlet`,
			shouldProcess: true,
			parameters: [
				{name: 'Identity', type: 'string', position: 0, mandatory: true, fromPipeline: true},
				{name: 'Force', type: 'switch'},
				{name: 'Tenant', type: 'object'},
			],
			invoke(context) {
				for (const target of identities(context, 'Identity')) {
					const parsed = parseIdentity(context, target);
					const policy = directory.policy(parsed.identity);
					if (!policy) {
						missingPolicy(context, 'find', parsed.identity);
						continue;
					}

					if (whatIf(context, 'Remove', policy.identity)) continue;
					if (parsed.scope === 'global') {
						directory.setPolicyValue(policy, null);
						context.writeWarning(
							'Global configuration for "ClientPolicy" cannot be removed. Instead of removing it, the Global configuration for "ClientPolicy" has been reset to the default value.',
						);
						continue;
					}

					const inUse = parsed.scope === 'tag' && directory.allUsers().some(user => user.clientPolicy?.toLowerCase() === parsed.name.toLowerCase());
					if (inUse && context.bound.get('Force') !== true) {
						// The cmdlet asks "The policy is in use..." and -NonInteractive cannot answer.
						context.writeError({
							message: `${session.flavor.core ? 'PowerShell' : 'Windows PowerShell'} is in NonInteractive mode. Read and Prompt functionality is not available.`,
							errorId: 'HostException',
							category: 'ResourceUnavailable',
							exceptionType: 'System.Management.Automation.Host.HostException',
						});
						continue;
					}

					// Users keep a reference to a removed policy, as on a real server.
					directory.removePolicy(policy);
				}
			},
		},
		{
			name: 'Grant-CsClientPolicy',
			netClass: `${adCmdlets}.GrantClientPolicyCmdlet`,
			shouldProcess: true,
			parameters: [
				{name: 'Identity', type: 'string', position: 0, mandatory: true, fromPipeline: true, netType: 'Microsoft.Rtc.Management.AD.UserIdParameter'},
				// Mandatory, and $null is allowed: it removes the user's per-user policy.
				{name: 'PolicyName', type: 'string', position: 1, mandatory: true},
				{name: 'PassThru', type: 'switch'},
				{name: 'DomainController', type: 'string'},
				{name: 'Tenant', type: 'object'},
				{name: 'Global', type: 'switch'},
			],
			invoke(context) {
				const requested = context.bound.get('PolicyName') ?? null;
				let policyName: string | null = null;
				if (requested !== null && toText(requested) !== '') {
					const text = toText(requested).trim();
					const bare = text.toLowerCase().startsWith('tag:') ? text.slice(4) : text;
					const policy = /^(global|site:.*)$/i.test(text) ? undefined : directory.policy(`Tag:${bare}`);
					if (!policy) {
						return context.writeError({
							message: `Policy "${text}" is not a user policy. You can assign only a user policy to a specific user.`,
							errorId: 'InvalidPolicy',
							category: 'InvalidArgument',
							exceptionType: 'System.ArgumentException',
							targetName: text,
						});
					}

					policyName = policy.identity.slice(4);
				}

				for (const identity of identities(context, 'SipAddress')) {
					const lookup = directory.findUser(identity);
					if (lookup.kind !== 'found') {
						missingUser(context, identity, lookup);
						continue;
					}

					const isUser = (named: string): boolean => {
						const faultUser = directory.findUser(named);
						return faultUser.kind === 'found' && faultUser.user === lookup.user;
					};
					// Crash and hang faults (the stand-in injects them the same way): nothing has changed yet.
					const {exitOnGrant, hangOnGrant} = session.tenant.faults;
					if (exitOnGrant && isUser(exitOnGrant.user)) throw new ExitSignal(exitOnGrant.exitCode);
					if (hangOnGrant && isUser(hangOnGrant)) throw new HangSignal();
					const fault = session.tenant.faults.failingGrants.find(candidate => isUser(candidate.user));
					if (fault) {
						context.writeError({
							message: fault.message,
							errorId: 'GrantFailed',
							category: 'NotSpecified',
							exceptionType: 'Microsoft.Rtc.Management.ManagementException',
							targetName: identity,
							targetType: 'UserIdParameter',
						});
						continue;
					}

					if (whatIf(context, 'Grant', identity)) continue;
					directory.setUserPolicy(lookup.user, policyName);
					if (context.bound.get('PassThru') === true) context.output.push(userObject(lookup.user));
				}
			},
		},
		userReader('Get-CsUser', `${adCmdlets}.GetOcsUserCmdlet`, []),
		// Skype for Business Online's reader (Get-CsUser exists only on-premises): the same -Identity
		// and -Filter, the same user objects. not verified against a real service: the class name.
		userReader('Get-CsOnlineUser', 'Microsoft.Rtc.Management.Hosted.Online.GetCsOnlineUserCmdlet', [{name: 'SkipUserPolicies', type: 'switch'}]),
		{
			name: 'Remove-CsUser',
			netClass: `${adCmdlets}.RemoveOcsUserCmdlet`,
			shouldProcess: true,
			parameters: [
				{name: 'Identity', type: 'string', position: 0, mandatory: true, fromPipeline: true, netType: 'Microsoft.Rtc.Management.AD.UserIdParameter'},
				{name: 'DomainController', type: 'string'},
				{name: 'PassThru', type: 'switch'},
			],
			invoke(context) {
				for (const identity of identities(context, 'SipAddress')) {
					const lookup = directory.findUser(identity);
					if (lookup.kind !== 'found') {
						missingUser(context, identity, lookup);
						continue;
					}

					if (whatIf(context, 'Remove', identity)) continue;
					directory.removeUser(lookup.user);
				}
			},
		},
	];
}

type FilterToken = {kind: 'open' | 'close' | 'operator' | 'variable' | 'string' | 'word'; text: string};

/**
 * Get-CsUser -Filter takes an OPATH-like filter (`{ClientPolicy -ne $null}`), not a script:
 * `Property -operator value`, joined with -and / -or, negated with -not, grouped in parentheses.
 */
function compileUserFilter(context: CommandContext, session: SimulatorSession, text: string): (user: CustomObject) => boolean {
	const invalid = (): never =>
		context.fail({
			// not verified against a real server
			message: `Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "The filter "${text.trim()}" is not valid."`,
			errorId: 'ParameterBindingFailed',
			category: 'InvalidArgument',
			exceptionType: 'System.Management.Automation.ParameterBindingException',
		});
	const tokens: FilterToken[] = [];
	const pattern = /\s+|(\()|(\))|([-\u2013\u2014\u2015][A-Za-z]+)|(\$[A-Za-z_][A-Za-z0-9_:]*)|'((?:[^'\u2018\u2019\u201A\u201B]|['\u2018\u2019\u201A\u201B]{2})*)'|"((?:[^"]|"")*)"|([^\s()]+)/gy;
	let match: RegExpExecArray | null;
	while (pattern.lastIndex < text.length && (match = pattern.exec(text))) {
		if (match[1]) tokens.push({kind: 'open', text: '('});
		else if (match[2]) tokens.push({kind: 'close', text: ')'});
		else if (match[3]) tokens.push({kind: 'operator', text: match[3].slice(1).toLowerCase()});
		else if (match[4]) tokens.push({kind: 'variable', text: match[4].slice(1)});
		else if (match[5] !== undefined) tokens.push({kind: 'string', text: match[5].replace(/(['\u2018\u2019\u201A\u201B])['\u2018\u2019\u201A\u201B]/g, '$1')});
		else if (match[6] !== undefined) tokens.push({kind: 'string', text: match[6].replace(/""/g, '"')});
		else if (match[7]) tokens.push({kind: 'word', text: match[7]});
	}

	let index = 0;
	const next = (): FilterToken | undefined => tokens[index++];
	const peek = (): FilterToken | undefined => tokens[index];
	type Test = (user: CustomObject) => boolean;

	const value = (): Value => {
		const token = next();
		if (!token) return invalid();
		if (token.kind === 'string' || token.kind === 'word') return token.text;
		if (token.kind === 'variable') {
			const name = token.text.toLowerCase();
			if (name === 'null') return null;
			if (name === 'true') return true;
			if (name === 'false') return false;
			return session.engine.global.lookup(name.replace(/^global:/, '')).value;
		}

		return invalid();
	};

	const term = (): Test => {
		const token = next();
		if (!token) return invalid();
		if (token.kind === 'operator' && token.text === 'not') {
			const inner = term();
			return user => !inner(user);
		}

		if (token.kind === 'open') {
			const inner = expression();
			if (next()?.kind !== 'close') invalid();
			return inner;
		}

		if (token.kind !== 'word') return invalid();
		const property = token.text;
		const operator = next();
		if (!operator || operator.kind !== 'operator') return invalid();
		const right = value();
		const read = (user: CustomObject): Value => user.getProperty(property) ?? null;
		switch (operator.text) {
			case 'eq':
				return user => valuesEqual(read(user), right);
			case 'ne':
				return user => !valuesEqual(read(user), right);
			case 'like':
			case 'notlike': {
				const regex = session.engine.wildcard(toText(right));
				return operator.text === 'like' ? user => regex.test(toText(read(user))) : user => !regex.test(toText(read(user)));
			}

			default:
				return invalid();
		}
	};

	const expression = (): Test => {
		let left = term();
		for (;;) {
			const token = peek();
			if (token?.kind !== 'operator' || (token.text !== 'and' && token.text !== 'or')) return left;
			index++;
			const right = term();
			const previous = left;
			left = token.text === 'and' ? user => previous(user) && right(user) : user => previous(user) || right(user);
		}
	};

	if (tokens.length === 0) return invalid();
	const test = expression();
	if (index !== tokens.length) invalid();
	return user => test(user);
}


