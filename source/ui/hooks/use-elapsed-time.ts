import {useEffect, useState} from 'react';

/**
 * Milliseconds since `startedAt` (epoch ms), refreshed every `intervalMs` while `active`; frozen
 * at the last value once `active` turns false (a finished run keeps its time).
 */
export default function useElapsedTime(startedAt: number, active = true, intervalMs = 1000): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		if (!active) return;
		setNow(Date.now());
		const timer = setInterval(() => {
			setNow(Date.now());
		}, intervalMs);
		return () => {
			clearInterval(timer);
		};
	}, [active, intervalMs]);
	return Math.max(0, now - startedAt);
}
