import {useContext} from 'react';
import type {Catalog} from '../../i18n/catalog.js';
import {UiContext} from '../components/UiContext.js';

/** The message catalog of the current language. */
export default function useMessages(): Catalog {
	return useContext(UiContext).messages;
}
