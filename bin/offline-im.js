#!/usr/bin/env node
// Runs the bundled program built by `npm run build` (run automatically by `npm ci`).
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const bundle = fileURLToPath(new URL('../dist/offline-im.js', import.meta.url));
if (!existsSync(bundle)) {
	console.error('offline-im is not built yet. Run `npm ci` (or `npm run build`) in its folder first.');
	process.exit(2);
}

await import(bundle);
