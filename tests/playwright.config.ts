import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { findChromium } from './e2e/chromium.ts';

const chromium = findChromium();
const port = Number(process.env.E2E_PORT ?? 4329);
/** The same library built in shares and merged (dist-partitioned/, `npm run build:partitioned`), on the next port. */
const partitionedPort = port + 1;
const root = fileURLToPath(new URL('..', import.meta.url));

/** End-to-end tests run against the production build (`astro build` output served by `astro preview`). */
export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: {
			...(chromium ? { executablePath: chromium.path } : {}),
			// Chromium's background services would try to reach the network, which is closed here.
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		},
	},
	webServer: [
		{
			// --ignore-lock: run beside a developer's own `npm start` server instead of refusing to start.
			command: `node_modules/.bin/astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
			url: `http://127.0.0.1:${port}/`,
			cwd: root,
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			command: `node_modules/.bin/astro preview --ignore-lock --host 127.0.0.1 --port ${partitionedPort}`,
			url: `http://127.0.0.1:${partitionedPort}/`,
			cwd: root,
			env: { LIBRARY_OUT_DIR: 'dist-partitioned' },
			reuseExistingServer: false,
			timeout: 60_000,
		},
	],
});
