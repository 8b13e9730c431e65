import {useMemo, type ReactNode} from 'react';
import {catalogFor} from '../../i18n/catalog.js';
import type {Language} from '../../i18n/language.js';
import {createTheme, type Theme} from '../theme.js';
import {UiContext} from './UiContext.js';

export type Props = {
	/** The language every shared piece speaks. */
	readonly language: Language;
	/** Colours and symbols; by default from this process's environment (`NO_COLOR`, terminal). */
	readonly theme?: Theme;
	/** Running against the simulated tenant: the step header labels every screen. */
	readonly rehearsal?: boolean;
	readonly children?: ReactNode;
};

/** Gives the components below it their language, theme and rehearsal flag. */
export default function UiProvider({language, theme, rehearsal = false, children}: Props) {
	const value = useMemo(
		() => ({language, messages: catalogFor(language), theme: theme ?? createTheme(), rehearsal}),
		[language, theme, rehearsal],
	);
	return <UiContext.Provider value={value}>{children}</UiContext.Provider>;
}
