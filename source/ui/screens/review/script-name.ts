/** `offline-im-20261127-071233.ps1`: the local date and time, to the second, of `now`. */
export function defaultScriptName(now: Date): string {
	const two = (value: number) => String(value).padStart(2, '0');
	const date = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`;
	const time = `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
	return `offline-im-${date}-${time}.ps1`;
}
