import path from 'node:path';
import {existsSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {credentialCommand} from '../../source/powershell/frame.js';
import {packageRoot, simulatorExecutable} from '../../source/simulator/locate.js';
import {rehearsalCredentials, sampleTenant} from '../../source/simulator/sample-tenant.js';
import {TenantFileError, parseTenant, poolSite, userRegistrarPool} from '../../source/simulator/tenant.js';
import {createSession, encryptPassword} from '../support/simulator.js';

describe('the sample tenant', () => {
	it('is valid and has what a rehearsal needs', () => {
		const tenant = parseTenant(sampleTenant());
		expect(tenant.powershell).toMatchObject({engineVersion: expect.stringMatching(/^5\.1\./), edition: 'Desktop', os64: true, process64: true});
		expect(tenant.modules.map(module => module.name)).toContain('SkypeForBusiness');
		expect(tenant.policies.find(policy => policy.identity === 'Global')).toEqual({identity: 'Global', enableIMAutoArchiving: null});
		expect(tenant.sites).toContain('Redmond');
		// Two sites, a pool in each, some users homed on the second: the home site decides which IM configuration governs.
		expect(tenant.sites).toEqual(['Redmond', 'Dublin']);
		expect(tenant.pools).toEqual([
			{fqdn: 'pool01.contoso.com', address: expect.any(String), site: 'Redmond'},
			{fqdn: 'pool02.contoso.com', address: expect.any(String), site: 'Dublin'},
		]);
		expect(tenant.users.filter(user => user.registrarPool === 'pool02.contoso.com').map(user => user.displayName)).toEqual(['Zoë Müller', 'Aidan Delaney']);
		expect(tenant.imConfigurations).toEqual([{identity: 'Global', enableOfflineIm: true}]);
		expect(tenant.users.map(user => user.displayName)).toEqual(expect.arrayContaining(["Kevin O'Brien", 'Zoë Müller']));
		const perUser = tenant.policies.filter(policy => policy.identity.startsWith('Tag:')).map(policy => policy.identity.slice(4));
		expect(perUser.length).toBeGreaterThanOrEqual(2);
		expect(tenant.users.filter(user => user.clientPolicy !== null).every(user => perUser.includes(user.clientPolicy as string))).toBe(true);
		expect(tenant.signIn.credentials).toEqual([{...rehearsalCredentials}]);
	});

	it('runs under RemoteSigned', () => {
		const {run} = createSession();
		expect(run('[string](Get-ExecutionPolicy)').stdout).toBe('RemoteSigned\n');
	});

	it('is a fresh copy each time', () => {
		const first = sampleTenant();
		first.users.length = 0;
		expect(sampleTenant().users.length).toBeGreaterThan(0);
	});
});

describe('tenant validation', () => {
	it('names every problem with its path', () => {
		const broken = sampleTenant() as unknown as Record<string, unknown>;
		broken['policies'] = [{identity: 'Tag:X', enableIMAutoArchiving: 'yes'}];
		let error: unknown;
		try {
			parseTenant(broken, 'the test tenant');
		} catch (caught) {
			error = caught;
		}

		expect(error).toBeInstanceOf(TenantFileError);
		expect((error as Error).message).toContain('the test tenant is not a valid simulated tenant');
		expect((error as Error).message).toContain('policies.0.enableIMAutoArchiving');
	});

	it('requires exactly one Global policy and sites for site policies', () => {
		const tenant = sampleTenant();
		tenant.policies = [{identity: 'Site:Paris', enableIMAutoArchiving: null}];
		expect(() => parseTenant(tenant)).toThrow(/policies: exactly one Global policy is required[\s\S]*policies\.0\.identity: the site is not in sites/);
	});

	it('checks the IM configurations, the pools\' sites and the users\' registrar pools', () => {
		const tenant = sampleTenant();
		tenant.imConfigurations = [
			{identity: 'Site:Redmond', enableOfflineIm: true},
			{identity: 'site:redmond', enableOfflineIm: false},
			{identity: 'Site:Paris', enableOfflineIm: true},
		];
		tenant.pools[1]!.site = 'Paris';
		tenant.users[0]!.registrarPool = 'pool99.contoso.com';
		const message = (() => {
			try {
				parseTenant(tenant);
			} catch (error) {
				return (error as Error).message;
			}

			return '';
		})();
		expect(message).toContain('imConfigurations: exactly one Global IM configuration is required');
		expect(message).toContain('imConfigurations.1.identity: duplicate IM configuration identity');
		expect(message).toContain('imConfigurations.2.identity: the site is not in sites');
		expect(message).toContain('pools.1.site: the site is not in sites');
		expect(message).toContain('users.0.registrarPool: the pool is not in pools');

		const tagged = sampleTenant();
		tagged.imConfigurations = [{identity: 'Global', enableOfflineIm: true}, {identity: 'Tag:OfflineIM', enableOfflineIm: true}];
		expect(() => parseTenant(tagged)).toThrow(/imConfigurations\.1\.identity: Global or Site:NAME/);
	});

	it('defaults: Global IM configuration on, no admin roles; a pool\'s site and a user\'s pool are left to the readers', () => {
		const minimal = sampleTenant() as unknown as Record<string, unknown>;
		delete minimal['imConfigurations'];
		const tenant = parseTenant(minimal);
		expect(tenant.imConfigurations).toEqual([{identity: 'Global', enableOfflineIm: true}]);
		expect(tenant.adminRoles).toBeUndefined();
		// Each parse gets its own default array (a change to one tenant never reaches another).
		tenant.imConfigurations.push({identity: 'Site:Dublin', enableOfflineIm: false});
		expect(parseTenant({...minimal}).imConfigurations).toHaveLength(1);
		expect(poolSite(tenant, {fqdn: 'x', address: '1.2.3.4'})).toBe('Redmond');
		expect(poolSite({sites: []}, {fqdn: 'x', address: '1.2.3.4'})).toBeUndefined();
		const user = tenant.users[0]!;
		expect(userRegistrarPool(tenant, {...user, registrarPool: undefined})).toBe('pool01.contoso.com');
		expect(userRegistrarPool({pools: []}, {...user, registrarPool: undefined})).toBeUndefined();
	});

	it('fills in defaults for faults and stats', () => {
		const minimal = sampleTenant() as unknown as Record<string, unknown>;
		delete minimal['faults'];
		delete minimal['stats'];
		const tenant = parseTenant(minimal);
		expect(tenant.faults).toEqual({exitAfterRequests: null, hangOnRequest: null, replyDelayMs: 0, commandDelayMs: 0, failingGrants: [], exitOnGrant: null, hangOnGrant: null});
		expect(tenant.stats).toEqual({processStarts: 0, requests: 0});
	});
});

describe('locating the simulator', () => {
	it('finds the package root from source and from the bundle', () => {
		const root = packageRoot();
		expect(existsSync(path.join(root, 'package.json'))).toBe(true);
		expect(packageRoot(pathToFileURL(path.join(root, 'dist', 'offline-im.js')).href)).toBe(root);
	});

	it('starts dist/simulator.js with this Node.js', () => {
		const executable = simulatorExecutable();
		expect(executable.file).toBe(process.execPath);
		expect(executable.args).toEqual([path.join(packageRoot(), 'dist', 'simulator.js')]);
		expect(executable.prefixArgs).toEqual(executable.args);
	});
});

describe('the credential command', () => {
	it('builds a PSCredential from the pad without the password in the command text', () => {
		const {session, run} = createSession();
		const {pad, cipherBase64} = encryptPassword('Pässw0rd!', 5);
		session.engine.global.set('__oimPad', pad);
		const text = credentialCommand({variable: 'credential', userNameLiteral: "'CONTOSO\\admin'", cipherBase64, padOffset: 5});
		expect(text).not.toContain('Pässw0rd!');
		expect(session.engine.runFramedCommand(text)).toEqual({ok: true, output: []});
		expect(run('$credential.UserName; $credential.Password.Length').stdout).toBe('CONTOSO\\admin\n9\n');
	});

	it('fails like PowerShell when the pad never reached the process', () => {
		const {session} = createSession();
		const text = credentialCommand({variable: 'credential', userNameLiteral: "'admin'", cipherBase64: 'AAAA', padOffset: 0});
		const outcome = session.engine.runFramedCommand(text);
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) {
			expect(outcome.record.message).toBe('Exception calling "FromBase64String" with "1" argument(s): "Value cannot be null.\r\nParameter name: s"');
			expect(outcome.record.errorId).toBe('ArgumentNullException');
		}
	});
});
