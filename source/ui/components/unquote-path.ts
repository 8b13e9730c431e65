/**
 * A path as typed or pasted, without the spaces around it and one pair of quotes around it
 * (' or "): Windows Explorer's "Copy as path" puts double quotes around every path.
 */
export function unquotePath(text: string): string {
	const trimmed = text.trim();
	const quoted = /^(["'])(.*)\1$/su.exec(trimmed);
	return quoted ? quoted[2]! : trimmed;
}
