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

export type Catalog = {
	common: typeof commonEn;
	ui: typeof uiEn;
	plan: typeof planEn;
	cli: typeof cliEn;
};

const catalogs: Record<Language, Catalog> = {
	en: {common: commonEn, ui: uiEn, plan: planEn, cli: cliEn},
	it: {common: commonIt, ui: uiIt, plan: planIt, cli: cliIt},
};

export function catalogFor(language: Language): Catalog {
	return catalogs[language];
}
