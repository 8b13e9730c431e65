import type {Tenant} from './tenant.js';

/**
 * The sign-in the sample tenant accepts. It is a rehearsal password for a simulated tenant,
 * published here on purpose: it protects nothing.
 */
export const rehearsalCredentials = {userName: 'admin@contoso.com', password: 'Rehearsal-Only-1'} as const;

/**
 * The built-in tenant of `--simulate`: Contoso on Skype for Business Server, administered from
 * Windows PowerShell 5.1 (64-bit) with the SkypeForBusiness module, execution policy
 * RemoteSigned. Every prerequisite check passes against it. Every account is a CsAdministrator
 * (no adminRoles).
 */
export function sampleTenant(): Tenant {
	return {
		powershell: {
			engineVersion: '5.1.19041.4648',
			edition: 'Desktop',
			hostName: 'ConsoleHost',
			hostVersion: '5.1.19041.4648',
			platform: 'Win32NT',
			osVersion: 'Microsoft Windows NT 10.0.19045.0',
			os64: true,
			process64: true,
			languageMode: 'FullLanguage',
			computerName: 'SFB-ADMIN01',
		},
		executionPolicies: {
			MachinePolicy: 'Undefined',
			UserPolicy: 'Undefined',
			Process: 'Undefined',
			CurrentUser: 'Undefined',
			LocalMachine: 'RemoteSigned',
		},
		modules: [
			{name: 'SkypeForBusiness', version: '7.0.0.0'},
			{name: 'SkypeOnlineConnector', version: '7.0.0.0'},
		],
		onlineConnectorInstalled: true,
		netbiosDomain: 'CONTOSO',
		// Two sites, a pool in each: a user's home site (their registrar pool's) decides which IM
		// configuration governs them. Users without registrarPool are homed on the first pool.
		pools: [
			{fqdn: 'pool01.contoso.com', address: '10.0.0.21', site: 'Redmond'},
			{fqdn: 'pool02.contoso.com', address: '10.1.0.21', site: 'Dublin'},
		],
		signIn: {
			integratedAllowed: true,
			credentials: [{...rehearsalCredentials}],
			connectionError: null,
		},
		sites: ['Redmond', 'Dublin'],
		// The server switch on (Global only, as Server 2015 CU3 and later set it): the client policies decide.
		imConfigurations: [{identity: 'Global', enableOfflineIm: true}],
		policies: [
			{identity: 'Global', enableIMAutoArchiving: null},
			{identity: 'Site:Redmond', enableIMAutoArchiving: null},
			{identity: 'Tag:SalesPolicy', enableIMAutoArchiving: true},
			{identity: 'Tag:NoSavedIM', enableIMAutoArchiving: false},
		],
		users: [
			user('Tony Smith', 'tony', null),
			user('Ken Myer', 'kenmyer', 'SalesPolicy'),
			user('Pilar Ackerman', 'pilar', null),
			user("Kevin O'Brien", 'kobrien', 'NoSavedIM'),
			user('Zoë Müller', 'zmuller', 'SalesPolicy', 'pool02.contoso.com'),
			user('Aidan Delaney', 'aidan', null, 'pool02.contoso.com'),
			user('Ana Trujillo', 'anatrujillo', null),
			user('Björn Rettig', 'brettig', null),
		],
		faults: {exitAfterRequests: null, hangOnRequest: null, replyDelayMs: 0, commandDelayMs: 0, failingGrants: [], exitOnGrant: null, hangOnGrant: null},
		stats: {processStarts: 0, requests: 0},
	};
}

function user(displayName: string, alias: string, clientPolicy: string | null, registrarPool?: string): Tenant['users'][number] {
	return {
		sipAddress: `sip:${alias}@contoso.com`,
		userPrincipalName: `${alias}@contoso.com`,
		samAccountName: alias,
		displayName,
		clientPolicy,
		...(registrarPool ? {registrarPool} : {}),
	};
}
