import {handshakeStatement, requestStatement, toBase64} from '../powershell/frame.js';

/**
 * Recognizes the bridge's statements by their structure. The patterns are built from the very
 * functions that write them (source/powershell/frame.ts), so a change to the wire format
 * changes what the simulator expects, and the two cannot drift apart.
 */

const nonceMarker = 'OIMNONCEMARKER';
const commandMarker = 'OIM-SIMULATOR-COMMAND-MARKER';
const base64Literal = "'[A-Za-z0-9+/=]*'";

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Turns a template into a regex: runs of spaces match any run of spaces. A marker that occurs
 * more than once (the nonce, in the tick and the reply) must match the same text each time.
 */
function patternOf(template: string, replacements: Array<[string, string, string?]>): RegExp {
	let source = escapeRegex(template.trim()).replace(/ +/g, ' +');
	for (const [marker, group, again = group] of replacements) {
		const [first, ...rest] = source.split(escapeRegex(marker));
		source = rest.reduce((joined, part, index) => joined + (index === 0 ? group : again) + part, first ?? '');
	}

	return new RegExp(`^\\s*${source}\\s*;?\\s*$`);
}

const handshakePattern = patternOf(handshakeStatement(nonceMarker), [[nonceMarker, '(?<nonce>\\S+?)']]);

const requestPatterns = [true, false].map(stopOnError => ({
	stopOnError,
	pattern: patternOf(requestStatement({nonce: nonceMarker, commands: [commandMarker], stopOnError}), [
		[nonceMarker, '(?<nonce>\\S+?)', '\\k<nonce>'],
		[`'${toBase64(commandMarker)}'`, `(?<commands>(?:${base64Literal}(?: *, *${base64Literal})*)?)`],
	]),
}));

export function matchHandshake(line: string): {nonce: string} | undefined {
	const nonce = handshakePattern.exec(line)?.groups?.['nonce'];
	return nonce ? {nonce} : undefined;
}

export type RequestFrame = {nonce: string; commands: string[]; stopOnError: boolean};

export function matchRequest(line: string): RequestFrame | undefined {
	for (const {stopOnError, pattern} of requestPatterns) {
		const groups = pattern.exec(line)?.groups;
		if (!groups?.['nonce']) continue;
		const list = groups['commands'] ?? '';
		const commands = [...list.matchAll(/'([A-Za-z0-9+/=]*)'/g)].map(item => Buffer.from(item[1] as string, 'base64').toString('utf8'));
		return {nonce: groups['nonce'], commands, stopOnError};
	}

	return undefined;
}
