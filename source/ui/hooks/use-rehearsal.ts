import {useContext} from 'react';
import {UiContext} from '../components/UiContext.js';

/** Whether this run is a rehearsal against the simulated tenant. */
export default function useRehearsal(): boolean {
	return useContext(UiContext).rehearsal;
}
