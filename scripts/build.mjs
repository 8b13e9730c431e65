// Bundles the program and the PowerShell simulator into single files under dist/.
// One bundled file in production mode starts about twice as fast as unbundled
// modules in development mode (issue 5), so bin/offline-im.js always runs the bundle.
import {build} from 'esbuild';

const shared = {
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

await Promise.all([
	build({...shared, entryPoints: ['source/main.ts'], outfile: 'dist/offline-im.js'}),
	build({...shared, entryPoints: ['source/simulator/main.ts'], outfile: 'dist/simulator.js'}),
]);
