// Bundles the program and the PowerShell simulator under dist/, in production mode.
// One bundle starts about twice as fast as unbundled modules in development mode (issue 5), so
// bin/offline-im.js always runs it. The program is split (dist/offline-im.js plus dist/chunks/):
// a dynamic import stays lazy, so the wizard's first frame does not wait for the engine, execa,
// csv-parse or zod. The simulator is one file: it loads everything it has at once anyway.
import {mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

/** The options every bundle shares (the benchmark bundles its yardstick program with them too). */
export const sharedOptions = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	logLevel: 'warning',
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	plugins: [devtoolsStub()],
	// Some bundled CommonJS dependencies call require() for Node built-ins.
	banner: {
		js: "import {createRequire as __offlineImCreateRequire} from 'node:module'; const require = __offlineImCreateRequire(import.meta.url);",
	},
};

/**
 * Ink imports react-devtools-core (not a dependency) from a module it loads only when DEV=true.
 * Bundling would hoist that import to the top of the file, so it is replaced by an empty module.
 */
function devtoolsStub() {
	return {
		name: 'react-devtools-core-stub',
		setup(build) {
			build.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
			build.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};'}));
		},
	};
}

export async function buildAll({metafile = false, sourcemap = false} = {}) {
	const [program, simulator] = await Promise.all([
		build({
			...sharedOptions,
			entryPoints: {'offline-im': 'source/main.ts'},
			outdir: 'dist',
			splitting: true,
			entryNames: '[name]',
			chunkNames: 'chunks/[name]-[hash]',
			metafile,
			sourcemap,
			write: false,
		}),
		build({...sharedOptions, entryPoints: ['source/simulator/main.ts'], outfile: 'dist/simulator.js', metafile, sourcemap, write: false}),
	]);
	publish([...program.outputFiles, ...simulator.outputFiles]);
	// The PowerShell stand-in for the Skype for Business module ships beside the bundle as it is.
	writeAtomically(path.resolve('dist', 'offline-im-stand-in.ps1'), readFileSync('source/simulator/stand-in/offline-im-stand-in.ps1'));
	return {program, simulator};
}

/**
 * Writes the files so that a program started meanwhile (tests run while a build runs) never sees
 * a missing chunk: chunks first (their names are hashes of their content), then each entry
 * renamed into place. Chunks of earlier builds are removed an hour later, not at once: a program
 * started before this build may still import one lazily.
 */
function publish(files) {
	const written = new Set();
	const entries = [];
	for (const file of files) {
		written.add(file.path);
		if (path.basename(path.dirname(file.path)) === 'chunks') writeAtomically(file.path, file.contents);
		else entries.push(file);
	}

	for (const file of entries) {
		writeAtomically(file.path, file.contents);
		if (!written.has(`${file.path}.map`)) rmSync(`${file.path}.map`, {force: true});
	}

	const chunks = path.resolve('dist', 'chunks');
	const stale = Date.now() - 60 * 60 * 1000;
	for (const name of readdirSync(chunks)) {
		const file = path.join(chunks, name);
		if (!written.has(file) && statSync(file).mtimeMs < stale) rmSync(file, {force: true});
	}
}

function writeAtomically(file, contents) {
	mkdirSync(path.dirname(file), {recursive: true});
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, contents);
	renameSync(temporary, file);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAll();
