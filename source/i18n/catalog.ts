/**
 * Every sentence a person reads, by area. Each area has an English file that defines its shape
 * and an Italian file typed by it, so a missing or extra key is a type error.
 */
import type {Language} from './language.js';
import {common as commonEn} from './en/common.js';
import {common as commonIt} from './it/common.js';
import {ui as uiEn} from './en/ui.js';
import {ui as uiIt} from './it/ui.js';

export type Catalog = {
	common: typeof commonEn;
	ui: typeof uiEn;
};

const catalogs: Record<Language, Catalog> = {
	en: {common: commonEn, ui: uiEn},
	it: {common: commonIt, ui: uiIt},
};

export function catalogFor(language: Language): Catalog {
	return catalogs[language];
}
