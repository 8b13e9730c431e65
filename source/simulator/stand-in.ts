/**
 * The stand-in for the Skype for Business module, written in PowerShell
 * (stand-in/offline-im-stand-in.ps1): rehearsal on the admin's own PowerShell, and the module the
 * conformance tests run real PowerShell against. It is sent through the command stream as one
 * command right after the handshake, never loaded from a file, so no execution policy can block
 * it; it reads and writes the same tenant JSON as the TypeScript simulator (tenant.ts).
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {packageRoot} from './locate.js';

export const standInFileName = 'offline-im-stand-in.ps1';

/** Where the script is: beside the bundle (dist/, copied by the build), else in the sources. */
export function standInPath(): string {
	const root = packageRoot();
	const bundled = path.join(root, 'dist', standInFileName);
	return existsSync(bundled) ? bundled : path.join(root, 'source', 'simulator', 'stand-in', standInFileName);
}

let cached: string | undefined;

/** The stand-in's text, without a byte order mark (it travels as Base64 of its UTF-8 bytes). */
export function standInScript(): string {
	cached ??= readFileSync(standInPath(), 'utf8').replace(/^\uFEFF/, '');
	return cached;
}
