import {createContext} from 'react';
import {catalogFor, type Catalog} from '../../i18n/catalog.js';
import type {Language} from '../../i18n/language.js';
import {createTheme, type Theme} from '../theme.js';

export type UiContextValue = {
	language: Language;
	messages: Catalog;
	theme: Theme;
	/** Rehearsal against the simulated tenant: every screen says so. */
	rehearsal: boolean;
};

/** Outside a `UiProvider`: English, the theme of this process's environment, not a rehearsal. */
export const UiContext = createContext<UiContextValue>({
	language: 'en',
	messages: catalogFor('en'),
	theme: createTheme(),
	rehearsal: false,
});

UiContext.displayName = 'UiContext';
