import {useCallback, useEffect, useState} from 'react';

/**
 * How many of `total` items to show, growing by one every `intervalMs` while `active`, so that a
 * list builds before the reader's eyes. It starts over when `active` turns on again or `listKey`
 * (what the list holds, not its identity) changes. With an interval of 0 everything shows at
 * once; `finish` shows the rest now.
 */
export default function useReveal(total: number, listKey: string, active: boolean, intervalMs: number): {shown: number; finish: () => void} {
	const [shown, setShown] = useState(() => (active && intervalMs <= 0 ? total : 0));

	useEffect(() => {
		if (!active || intervalMs <= 0) {
			setShown(active ? total : 0);
			return;
		}

		setShown(0);
		const timer = setInterval(() => {
			setShown(count => {
				if (count + 1 >= total) clearInterval(timer);
				return Math.min(total, count + 1);
			});
		}, intervalMs);
		return () => {
			clearInterval(timer);
		};
	}, [listKey, total, active, intervalMs]);

	const finish = useCallback(() => {
		setShown(total);
	}, [total]);

	return {shown: active ? Math.min(shown, total) : 0, finish};
}
