/**
 * The wizard's services over a Run: the same engine as `apply`, so the wizard and the command
 * line cannot drift apart.
 */
import {existsSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {InputError} from '../errors.js';
import {catalogFor} from '../i18n/catalog.js';
import {renderRollbackScript, renderScript, scriptFileText} from '../plan/render-script.js';
import {saveSettings} from '../settings.js';
import type {WizardServices} from '../ui/wizard/services.js';
import {loadUsersFile} from './choices-from-options.js';
import {outputPaths} from './plan.js';
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
		saveScripts(plan, file) {
			const paths = outputPaths(resolve(io.cwd, file));
			const scriptOptions = {simulate: run.rehearsal};
			try {
				writeFileSync(paths.script, scriptFileText(renderScript(plan, language, scriptOptions)), 'utf8');
				writeFileSync(paths.rollback, scriptFileText(renderRollbackScript(plan, language, scriptOptions)), 'utf8');
			} catch (error) {
				const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
				const t = catalogFor(language).cli;
				throw new InputError(t.outUnwritable(file, reason), t.outUnwritableHint);
			}

			return paths;
		},
		execute: async (plan, executeOptions) => run.execute(plan, executeOptions),
		rememberSettings(changes) {
			saveSettings(changes, io.env);
		},
		close: async () => run.close(),
	};
}
