/**
 * Every sentence a person reads, by area. Each area has an English file that defines its shape
 * and an Italian file typed by it, so a missing or extra key is a type error.
 */
import type {Language} from './language.js';
import {common as commonEn} from './en/common.js';
import {common as commonIt} from './it/common.js';

export type Catalog = {
	common: typeof commonEn;
};

const catalogs: Record<Language, Catalog> = {
	en: {common: commonEn},
	it: {common: commonIt},
};

export function catalogFor(language: Language): Catalog {
	return catalogs[language];
}
