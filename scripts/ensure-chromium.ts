/**
 * Makes sure the end-to-end tests have a Chromium. Order: $CHROMIUM_PATH, /usr/bin/chromium,
 * Playwright's own browser cache. On a Debian machine with none of them and root rights, installs
 * Debian's `chromium` package (browser downloads are not possible here) and says so.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from '../tests/e2e/chromium.ts';

const found = findChromium();
if (found) {
	console.log(`e2e: using Chromium at ${found.path} (${found.how})`);
} else if (process.platform === 'linux' && process.getuid?.() === 0 && hasAptGet()) {
	console.log('e2e: no Chromium found; installing Debian’s chromium package (apt-get install -y chromium)…');
	execFileSync('apt-get', ['update'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	const installed = findChromium();
	if (!installed) throw new Error('e2e: apt-get installed chromium, but it is still not found');
	console.log(`e2e: installed Chromium at ${installed.path}`);
} else {
	console.error('e2e: no Chromium found. Set CHROMIUM_PATH, install Debian’s chromium, or run `npx playwright install chromium`.');
	process.exit(1);
}

function hasAptGet(): boolean {
	try {
		execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}
