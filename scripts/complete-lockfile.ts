/**
 * The npm registry reachable from our build machines does not serve every platform build of some
 * native packages (e.g. @pagefind/darwin-arm64, @astrojs/compiler-binding-win32-x64-msvc), so `npm install`
 * here writes a lockfile without them and `npm ci` then refuses it as out of sync. This adds a
 * platform-restricted entry (version, os, cpu, optional) for each such optional dependency, which `npm ci`
 * skips on machines of other platforms and fetches normally where it applies (a laptop on the public registry).
 *
 *   node scripts/complete-lockfile.ts        (after any `npm install` that rewrites package-lock.json)
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
	version?: string;
	optional?: boolean;
	os?: string[];
	cpu?: string[];
	libc?: string[];
	optionalDependencies?: Record<string, string>;
}

/** Platform of a native build package, read from its name (…-darwin-arm64, …-linux-arm64-musl, …-wasm32-wasi). */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | undefined {
	const match = name.match(
		/[-/](android|darwin|freebsd|netbsd|openbsd|openharmony|sunos|aix|linux|win32|windows|wasm32)-?(arm64|x64|ia32|arm|riscv64|ppc64|s390x|loong64|wasi|universal)?(?:-(gnu|musl|msvc|gnueabihf|musleabihf|eabi))?$/,
	);
	if (!match) return undefined;
	const [, system, arch, abi] = match;
	if (system === 'wasm32') return { cpu: ['wasm32'] };
	const os = system === 'windows' ? 'win32' : system!;
	const cpu = arch === 'universal' ? ['x64', 'arm64'] : [arch ?? 'x64'];
	const libc = abi?.startsWith('gnu') ? ['glibc'] : abi?.startsWith('musl') ? ['musl'] : undefined;
	return { os: [os], cpu, ...(libc ? { libc } : {}) };
}

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const [key, entry] of Object.entries(lock.packages)) {
	for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
		const at = `${key ? `${key}/` : ''}node_modules/${name}`.replace(/^.*?(node_modules\/)/, '$1');
		if (lock.packages[at] || lock.packages[`node_modules/${name}`]) continue;
		const platform = platformOf(name);
		if (!platform) continue;
		lock.packages[`node_modules/${name}`] = { version, optional: true, ...platform };
		added.push(`${name}@${version}`);
	}
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} platform entries: ${added.join(', ')}` : 'lockfile already complete');
