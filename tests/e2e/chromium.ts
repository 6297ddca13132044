/** Where the end-to-end tests find a Chromium: an env var, Debian's package, or Playwright's cache. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface FoundChromium {
	/** Executable path, or undefined for Playwright's bundled browser. */
	path: string;
	how: string;
}

export function findChromium(): FoundChromium | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, how: 'CHROMIUM_PATH' };
	for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
		if (existsSync(path)) return { path, how: 'Debian package' };
	try {
		const bundled = chromium.executablePath();
		if (bundled && existsSync(bundled)) return { path: bundled, how: 'Playwright browser cache' };
	} catch {
		// Playwright has no browser of its own installed.
	}
	return undefined;
}
