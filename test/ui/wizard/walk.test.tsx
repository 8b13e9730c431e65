/**
 * The whole wizard, rendered with ink-testing-library, against the simulator through the real
 * bridge (the same services `offline-im` uses): a full walk in English and in Italian, and
 * leaving half way with nothing changed.
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {prepareRun} from '../../../source/commands/run-setup.js';
import {processIo, type Io} from '../../../source/commands/options.js';
import {createWizardServices} from '../../../source/commands/wizard-services.js';
import {catalogFor} from '../../../source/i18n/catalog.js';
import type {Language} from '../../../source/i18n/language.js';
import {tenantVariable} from '../../../source/simulator/tenant.js';
import Wizard from '../../../source/ui/Wizard.js';
import type {WizardServices} from '../../../source/ui/wizard/services.js';
import {journalsIn, readJournal, temporaryFolder} from '../../support/cli.js';
import {readTenant, writeTenant} from '../../support/simulator.js';

const sleep = async (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const flat = (text: string) => text.replaceAll(/\s+/g, ' ');
const created: WizardServices[] = [];

afterEach(async () => {
	await Promise.all(created.splice(0).map(async services => services.close()));
});

function setUp(language: Language) {
	const work = temporaryFolder('offline-im-walk-');
	const configFolder = path.join(work, 'config');
	const tenantFile = writeTenant();
	writeFileSync(path.join(work, 'users.csv'), 'UserPrincipalName\ntony@contoso.com\npilar@contoso.com\n');
	const io: Io = {...processIo(), cwd: work, env: {...process.env, OFFLINE_IM_CONFIG_DIR: configFolder, [tenantVariable]: tenantFile}, interactive: true};
	let exitCode: number | undefined;
	const rendered = render(
		<Wizard
			language={language}
			rehearsal
			rehearsalLocked
			target="server-local"
			connectForm={{pool: '', adminDomain: '', signIn: 'integrated', userName: ''}}
			cwd={work}
			revealInterval={0}
			createServices={async ({rehearsal, language: chosen}) => {
				const options = {simulate: rehearsal, lang: chosen};
				const services = createWizardServices(await prepareRun(options, io), options, io);
				created.push(services);
				return services;
			}}
			onExit={code => {
				exitCode = code;
			}}
		/>,
	);

	const frame = () => flat(rendered.lastFrame() ?? '');
	const waitFor = async (text: string, timeoutMs = 10_000) => {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (frame().includes(flat(text))) {
				// A person reads before pressing a key; Ink also attaches a new screen's key handler
				// just after its first frame, and a key sent at that instant would go nowhere.
				await sleep(50);
				return frame();
			}

			await sleep(20);
		}

		throw new Error(`The wizard never showed "${text}". It shows:\n${rendered.lastFrame() ?? ''}`);
	};

	/** One key at a time, each handled before the next. */
	const press = async (...keys: string[]) => {
		for (const key of keys) {
			rendered.stdin.write(key);
			await sleep(60);
		}
	};

	/** The exit code, once the wizard has closed PowerShell and ended. */
	const exited = async (timeoutMs = 5000) => {
		const deadline = Date.now() + timeoutMs;
		while (exitCode === undefined && Date.now() < deadline) await sleep(20);
		return exitCode;
	};

	return {work, configFolder, tenantFile, rendered, frame, waitFor, press, exited};
}

const enter = '\r';
const down = '\u001B[B';

describe.each(['en', 'it'] as const)('the wizard against the simulator (%s)', language => {
	const catalog = catalogFor(language);

	it('walks from the welcome screen to the summary and turns offline messages off for two users', async () => {
		const wizard = setUp(language);
		await wizard.waitFor(catalog.welcome.question);
		expect(wizard.frame()).toContain(catalog.common.rehearsalBanner);
		await wizard.press(enter);

		await wizard.waitFor(catalog.ui.stepHeader(1, 7, catalog.prerequisites.title));
		await wizard.waitFor(catalog.prerequisites.allPassed);
		await wizard.press(enter);

		await wizard.waitFor(catalog.ui.stepHeader(2, 7, catalog.connect.title));
		await wizard.press(enter);
		await wizard.waitFor('Import-Module SkypeForBusiness');
		await wizard.waitFor(catalog.connect.connectedNext);
		await wizard.press(enter);

		await wizard.waitFor(catalog.ui.stepHeader(3, 7, catalog.current.title));
		await wizard.waitFor('SalesPolicy');
		await wizard.press(enter);

		await wizard.waitFor(catalog.choices.state.question);
		await wizard.press(down, enter);
		await wizard.waitFor(catalog.choices.scope.question);
		await wizard.press(down, down, enter);
		await wizard.waitFor(catalog.choices.policy.question);
		await wizard.press(enter);
		await wizard.waitFor(catalog.choices.policyName.question);
		await wizard.press(enter);
		await wizard.waitFor(catalog.choices.usersSource.question);
		await wizard.press(down, enter);
		await wizard.waitFor(catalog.choices.usersFile.question);
		await wizard.press('users.csv', enter);
		await wizard.waitFor(catalog.choices.usersFile.read(2, 'users.csv'));
		await wizard.press(enter);

		await wizard.waitFor(catalog.ui.stepHeader(5, 7, catalog.review.title));
		await wizard.press('r');
		await wizard.press(enter);

		const summary = await wizard.waitFor(catalog.ui.stepHeader(7, 7, catalog.summary.title));
		const tenant = readTenant(wizard.tenantFile);
		expect(tenant.users.find(user => user.userPrincipalName === 'tony@contoso.com')?.clientPolicy).toBe('OfflineIM');
		expect(tenant.users.find(user => user.userPrincipalName === 'pilar@contoso.com')?.clientPolicy).toBe('OfflineIM');
		expect(tenant.policies).toContainEqual({identity: 'Tag:OfflineIM', enableIMAutoArchiving: false});
		expect(tenant.stats.processStarts).toBe(1);
		const [journal] = journalsIn(wizard.configFolder);
		expect(summary).toContain(path.basename(journal!));
		expect(readJournal(journal!).at(-1)).toMatchObject({type: 'summary', outcome: 'done'});

		await wizard.press(enter);
		expect(await wizard.exited()).toBe(0);
	}, 60_000);
});

describe('leaving the wizard half way', () => {
	it('Ctrl+C before running closes PowerShell and changes nothing', async () => {
		const wizard = setUp('en');
		const catalog = catalogFor('en');
		await wizard.waitFor(catalog.welcome.question);
		await wizard.press(enter);
		await wizard.waitFor(catalog.prerequisites.allPassed);
		await wizard.press('\u0003');
		expect(await wizard.exited()).toBe(130);
		const tenant = readTenant(wizard.tenantFile);
		expect(tenant.policies.some(policy => policy.identity === 'Tag:OfflineIM')).toBe(false);
		expect(tenant.stats.processStarts).toBe(1);
	}, 30_000);
});
