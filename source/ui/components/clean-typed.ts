/**
 * What a text field should hold after a key or a paste. Ink hands a burst of keys that arrives
 * in one read (fast typing, a paste, tmux send-keys) to ink-text-input as one piece of text, so
 * several Backspaces come in as DEL characters inside the value instead of as erasures. Here they
 * erase, as they would one at a time, and other control characters (which no identity, path or
 * name may contain) are dropped.
 */
export function cleanTyped(value: string): string {
	const kept: string[] = [];
	for (const character of value) {
		if (character === '\u007F' || character === '\b') kept.pop();
		else if (!/[\u0000-\u001F\u0080-\u009F]/u.test(character)) kept.push(character);
	}

	return kept.join('');
}
