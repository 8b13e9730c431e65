import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		globalSetup: ['test/global-setup.ts'],
		exclude: ['test/bench/**', 'node_modules/**'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// Integration tests start real processes; the machines have two cores.
		maxWorkers: 2,
		reporters: ['default', 'json'],
		// .ci/run reads the runner's own counts from here.
		outputFile: {json: '.tmp/test-results.json'},
	},
});
