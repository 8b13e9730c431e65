/**
 * The whole wizard, rendered with ink-testing-library, against the simulator through the real
 * bridge (the same services `offline-im` uses): a full walk in English and in Italian, and
 * leaving half way with nothing changed.
 */
import {allBackends, describeOnBackends, rehearsalEnvironment, type Backend} from '../../support/backends.js';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
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
import {readTenant, writeTenant, type TenantOverrides} from '../../support/simulator.js';

/** The simulator processes still running for this tenant (their environment names its file). */
function simulatorsFor(tenantFile: string): number[] {
	const pids: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (readFileSync(`/proc/${entry}/environ`, 'utf8').includes(`${tenantVariable}=${tenantFile}`)) pids.push(Number(entry));
		} catch {
			// Gone, or not ours to read.
		}
	}

	return pids;
}

const sleep = async (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const flat = (text: string) => text.replaceAll(/\s+/g, ' ');
const created: WizardServices[] = [];

afterEach(async () => {
	await Promise.all(created.splice(0).map(async services => services.close()));
});

function setUp(language: Language, overrides?: TenantOverrides, engineEnv: Record<string, string> = rehearsalEnvironment(allBackends()[0]!)) {
	const work = temporaryFolder('offline-im-walk-');
	const configFolder = path.join(work, 'config');
	const tenantFile = writeTenant(overrides);
	writeFileSync(path.join(work, 'users.csv'), 'UserPrincipalName\ntony@contoso.com\npilar@contoso.com\n');
	const io: Io = {...processIo(), cwd: work, env: {...process.env, OFFLINE_IM_CONFIG_DIR: configFolder, [tenantVariable]: tenantFile, ...engineEnv}, interactive: true};
	let exitCode: number | undefined;
	let exitNote: string | undefined;
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
			onExit={(code, note) => {
				exitCode = code;
				exitNote = note;
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

	/** From the Welcome screen to a session connected with the local module (the usual start). */
	const connectLocally = async () => {
		const catalog = catalogFor(language);
		await waitFor(catalog.welcome.question);
		await press('\r');
		await waitFor(catalog.prerequisites.allPassed);
		await press('\r');
		await waitFor(catalog.ui.stepHeader(2, 7, catalog.connect.title));
		await press('\r');
		await waitFor(catalog.connect.connectedNext);
	};

	return {work, configFolder, tenantFile, rendered, frame, waitFor, press, exited, exitNote: () => exitNote, connectLocally};
}

const enter = '\r';
const down = '\u001B[B';

describe('changing one’s mind', () => {
	it('runs the choices made last, even when the answer for earlier ones arrives late', async () => {
		const wizard = setUp('en', {faults: {replyDelayMs: 400}});
		const catalog = catalogFor('en');
		await wizard.connectLocally();
		await wizard.press(enter);
		await wizard.waitFor('SalesPolicy');
		await wizard.press(enter);
		// Off, for the site Redmond...
		await wizard.waitFor(catalog.choices.state.question);
		await wizard.press(down, enter);
		await wizard.waitFor(catalog.choices.scope.question);
		await wizard.press(down, enter);
		await wizard.waitFor(catalog.choices.site.question);
		await wizard.press(enter);
		// ...with the client policy (the article's way)...
		await wizard.waitFor(catalog.choices.offWay.question);
		await wizard.press(down, enter);
		// ...then, while its values are being read, back, and the whole organization instead.
		await wizard.waitFor(catalog.ui.stepHeader(5, 7, catalog.review.title));
		await wizard.press('\u001B');
		// Back on Choices, each question starts on the answer given before.
		await wizard.waitFor(catalog.choices.state.question);
		await wizard.press(enter);
		await wizard.waitFor(catalog.choices.scope.question);
		await wizard.press('\u001B[A', enter);
		// The way asked before is the one highlighted: the client policy again.
		await wizard.waitFor(catalog.choices.offWay.question);
		await wizard.press(enter);
		// The late answer for the site arrives while Review waits for the organization's: it must
		// never be shown (nor run).
		const seen: string[] = [];
		for (const deadline = Date.now() + 2000; Date.now() < deadline; await sleep(10)) seen.push(wizard.frame());
		// (Redmond may appear in the organization's warnings, as a site with its own client policy.)
		expect(seen.filter(frame => frame.includes('for site Redmond'))).toEqual([]);
		await wizard.waitFor('Global');
		await wizard.press('r');
		await wizard.press(enter);
		await wizard.waitFor(catalog.ui.stepHeader(7, 7, catalog.summary.title), 20_000);
		const tenant = readTenant(wizard.tenantFile);
		expect(tenant.policies).toContainEqual({identity: 'Global', enableIMAutoArchiving: false});
		expect(tenant.policies).toContainEqual({identity: 'Site:Redmond', enableIMAutoArchiving: null});
	}, 60_000);

	it('a new target after connecting starts a new session and asks for the new connection', async () => {
		const wizard = setUp('en');
		const catalog = catalogFor('en');
		await wizard.connectLocally();
		await wizard.press('\u001B');
		await wizard.waitFor(catalog.prerequisites.allPassed);
		await wizard.press('\u001B');
		await wizard.waitFor(catalog.welcome.question);
		await wizard.press(down, enter);
		await wizard.waitFor(catalog.prerequisites.allPassed);
		await wizard.press(enter);
		await wizard.waitFor(catalog.ui.stepHeader(2, 7, catalog.connect.title));
		expect(wizard.frame()).not.toContain(catalog.connect.connectedNext);
		expect(readTenant(wizard.tenantFile).stats.processStarts).toBe(2);
		expect(simulatorsFor(wizard.tenantFile)).toHaveLength(1);
	}, 60_000);
});

// One walk, the same assertions, on both back ends (issue 9): in both languages on the simulator,
// in English on a real PowerShell with the stand-in module.
describeOnBackends('the wizard', backend => {
	for (const language of backend.kind === 'simulator' ? (['en', 'it'] as const) : (['en'] as const)) {
		walkToTheSummary(language, backend);
	}
});

function walkToTheSummary(language: Language, backend: Backend): void {
	const catalog = catalogFor(language);

	it(`walks from the welcome screen to the summary and turns offline messages off for two users (${language})`, async () => {
		const wizard = setUp(language, undefined, rehearsalEnvironment(backend));
		await wizard.waitFor(catalog.welcome.question);
		expect(wizard.frame()).toContain(catalog.common.rehearsalBanner);
		await wizard.press(enter);

		await wizard.waitFor(catalog.ui.stepHeader(1, 7, catalog.prerequisites.title));
		await wizard.waitFor(catalog.prerequisites.allPassed, 30_000);
		await wizard.press(enter);

		await wizard.waitFor(catalog.ui.stepHeader(2, 7, catalog.connect.title));
		await wizard.press(enter);
		await wizard.waitFor('Import-Module SkypeForBusiness');
		await wizard.waitFor(catalog.connect.connectedNext, 30_000);
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
		// The plan is ready (the users were read through PowerShell) when the next step is offered.
		await wizard.waitFor(catalog.review.nextStep, 30_000);
		await wizard.press('r');
		await wizard.press(enter);

		const summary = await wizard.waitFor(catalog.ui.stepHeader(7, 7, catalog.summary.title), 30_000);
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
	}, 90_000);
}

describe('leaving the wizard half way', () => {
	it('Ctrl+C while the checks run stops PowerShell too, and says nothing was changed', async () => {
		const wizard = setUp('en', {faults: {commandDelayMs: 400}});
		const catalog = catalogFor('en');
		await wizard.waitFor(catalog.welcome.question);
		await wizard.press(enter);
		await wizard.waitFor(catalog.ui.stepHeader(1, 7, catalog.prerequisites.title));
		await sleep(300);
		await wizard.press('\u0003');
		expect(await wizard.exited()).toBe(130);
		expect(wizard.exitNote()).toBe(catalog.commands.wizardExit.nothingChanged);
		await sleep(300);
		expect(simulatorsFor(wizard.tenantFile)).toEqual([]);
	}, 30_000);

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
