import {useInput, type Key} from 'ink';
import {useCallback, useLayoutEffect, useRef} from 'react';

/**
 * Ink's useInput, always calling the handler of the latest render. useInput re-subscribes a new
 * handler in a passive effect, so a key that arrives between a render and that effect (fast
 * typing, a paste, a slow machine) reaches the previous render's handler and its stale state.
 */
export default function useLatestInput(handler: (input: string, key: Key) => void, options: {isActive?: boolean} = {}): void {
	const latest = useRef(handler);
	useLayoutEffect(() => {
		latest.current = handler;
	});
	const stable = useCallback((input: string, key: Key) => {
		latest.current(input, key);
	}, []);
	useInput(stable, options);
}
