/**
 * The wizard's services over a Run: the same engine as `apply`, so the wizard and the command
 * line cannot drift apart.
 */
import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import {InputError} from '../errors.js';
import {catalogFor} from '../i18n/catalog.js';
import {saveSettings} from '../settings.js';
import type {WizardServices} from '../ui/wizard/services.js';
import {loadUsersFile} from './choices-from-options.js';
import {writeScripts} from './plan.js';
import type {CommonOptions, Io} from './options.js';
import {createRun, type RunSetup} from './run-setup.js';

export function createWizardServices(setup: RunSetup, options: CommonOptions, io: Io): WizardServices {
	const run = createRun(setup, options);
	const {language} = setup;
	return {
		rehearsal: run.rehearsal,
		...(setup.rehearsalTenant ? {tenantFile: setup.rehearsalTenant} : {}),
		journalFile: run.journalFile,
		rollbackFile: run.rollbackFile,
		runChecks: async (target, onStage) => run.checkPrerequisites(target, onStage),
		connect: async (target, password, onStep) => run.connect(target, password, onStep),
		readOverview: async () => run.readOverview(),
		readForChoices: async choices => run.readForChoices(choices),
		readUsersFile(file) {
			try {
				const loaded = loadUsersFile(file, io.cwd, language);
				saveSettings({lastUsersFile: resolve(io.cwd, file)}, io.env);
				return {ok: true, ...loaded};
			} catch (error) {
				if (!(error instanceof InputError)) throw error;
				// The messages name the command line's flag; the wizard has none.
				const [message = '', ...problems] = error.message.split('\n').map(line => line.replace(/^--users-file /, ''));
				const hint = problems.length > 0 ? catalogFor(language).choices.usersFile.fixLines : error.hint;
				return {ok: false, message, problems, ...(hint ? {hint} : {})};
			}
		},
		fileExists: file => existsSync(resolve(io.cwd, file)),
		saveScripts: (plan, file) => writeScripts(plan, language, file, {cwd: io.cwd, simulate: run.rehearsal}),
		execute: async (plan, executeOptions) => run.execute(plan, executeOptions),
		rememberSettings(changes) {
			saveSettings(changes, io.env);
		},
		close: async () => run.close(),
	};
}
