import {useInput, type Key} from 'ink';
import {useCallback, useLayoutEffect, useRef} from 'react';

/**
 * Ink's useInput, always calling the handler of the latest render. useInput re-subscribes a new
 * handler in a passive effect, so a key that arrives between a render and that effect (fast
 * typing, a paste, a slow machine) reaches the previous render's handler and its stale state.
 * For the same reason a key of a burst may arrive after the component was removed or made
 * inactive, before useInput unsubscribed: that key is not handled here.
 */
export default function useLatestInput(handler: (input: string, key: Key) => void, options: {isActive?: boolean} = {}): void {
	const latest = useRef(handler);
	const listening = useRef(options.isActive !== false);
	useLayoutEffect(() => {
		latest.current = handler;
		listening.current = options.isActive !== false;
	});
	useLayoutEffect(
		() => () => {
			listening.current = false;
		},
		[],
	);
	const stable = useCallback((input: string, key: Key) => {
		if (listening.current) latest.current(input, key);
	}, []);
	useInput(stable, options);
}
