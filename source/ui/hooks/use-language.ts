import {useContext} from 'react';
import type {Language} from '../../i18n/language.js';
import {UiContext} from '../components/UiContext.js';

/** The language the wizard speaks (for formatting numbers and dates). */
export default function useLanguage(): Language {
	return useContext(UiContext).language;
}
