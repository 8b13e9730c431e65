/**
 * Every sentence a person reads, by area. Each area has an English file that defines its shape
 * and an Italian file typed by it, so a missing or extra key is a type error.
 */
import type {Language} from './language.js';
import {common as commonEn} from './en/common.js';
import {common as commonIt} from './it/common.js';
import {ui as uiEn} from './en/ui.js';
import {ui as uiIt} from './it/ui.js';
import {plan as planEn} from './en/plan.js';
import {plan as planIt} from './it/plan.js';
import {cli as cliEn} from './en/cli.js';
import {cli as cliIt} from './it/cli.js';
import {checks as checksEn} from './en/checks.js';
import {checks as checksIt} from './it/checks.js';
import {engine as engineEn} from './en/engine.js';
import {engine as engineIt} from './it/engine.js';
import {commands as commandsEn} from './en/commands.js';
import {commands as commandsIt} from './it/commands.js';
import {welcome as welcomeEn} from './en/welcome.js';
import {welcome as welcomeIt} from './it/welcome.js';
import {prerequisites as prerequisitesEn} from './en/prerequisites.js';
import {prerequisites as prerequisitesIt} from './it/prerequisites.js';
import {connect as connectEn} from './en/connect.js';
import {connect as connectIt} from './it/connect.js';
import {current as currentEn} from './en/current.js';
import {current as currentIt} from './it/current.js';
import {choices as choicesEn} from './en/choices.js';
import {choices as choicesIt} from './it/choices.js';
import {review as reviewEn} from './en/review.js';
import {review as reviewIt} from './it/review.js';
import {execute as executeEn} from './en/execute.js';
import {execute as executeIt} from './it/execute.js';
import {summary as summaryEn} from './en/summary.js';
import {summary as summaryIt} from './it/summary.js';

export type Catalog = {
	common: typeof commonEn;
	ui: typeof uiEn;
	plan: typeof planEn;
	cli: typeof cliEn;
	checks: typeof checksEn;
	engine: typeof engineEn;
	commands: typeof commandsEn;
	welcome: typeof welcomeEn;
	prerequisites: typeof prerequisitesEn;
	connect: typeof connectEn;
	current: typeof currentEn;
	choices: typeof choicesEn;
	review: typeof reviewEn;
	execute: typeof executeEn;
	summary: typeof summaryEn;
};

const catalogs: Record<Language, Catalog> = {
	en: {common: commonEn, ui: uiEn, plan: planEn, cli: cliEn, checks: checksEn, engine: engineEn, commands: commandsEn, welcome: welcomeEn, prerequisites: prerequisitesEn, connect: connectEn, current: currentEn, choices: choicesEn, review: reviewEn, execute: executeEn, summary: summaryEn},
	it: {common: commonIt, ui: uiIt, plan: planIt, cli: cliIt, checks: checksIt, engine: engineIt, commands: commandsIt, welcome: welcomeIt, prerequisites: prerequisitesIt, connect: connectIt, current: currentIt, choices: choicesIt, review: reviewIt, execute: executeIt, summary: summaryIt},
};

export function catalogFor(language: Language): Catalog {
	return catalogs[language];
}
