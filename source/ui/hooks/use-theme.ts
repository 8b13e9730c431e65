import {useContext} from 'react';
import type {Theme} from '../theme.js';
import {UiContext} from '../components/UiContext.js';

/** Colours, styles and symbols; empty styles when `NO_COLOR` is set. */
export default function useTheme(): Theme {
	return useContext(UiContext).theme;
}
