/**
 * One timed build, as `npm run build` makes it (`astro build --force`, then the search index) for the
 * content, output and cache folders the env names,
 * with its wall time and peak memory. Peak memory is sampled from /proc every 100 ms as the summed
 * RSS of the whole process tree (astro's node process and the esbuild service it starts); where GNU
 * time is installed (/usr/bin/time) the build also runs under it, and its %M (the largest single
 * process's max RSS, from the kernel's rusage, so no sample is missed) is reported alongside.
 * The samples are kept next to the log (<log>.rss.tsv) to see which phase of the build peaks. The CPU
 * time of everything else on the machine during the build is measured too: on 2 cores, a developer's
 * test run next to the benchmark changes its figures, and the report should say so.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './siteRoot.ts';

export interface BuildCost {
	wallMs: number;
	/** Peak of the summed RSS of the build's process tree, sampled from /proc every 100 ms. */
	peakTreeRssBytes: number;
	/** GNU time's %M: max RSS of the largest single process of the tree (undefined without /usr/bin/time). */
	maxRssBytes: number | undefined;
	/** CPU seconds the build used (GNU time %U + %S; undefined without /usr/bin/time). */
	cpuSeconds: number | undefined;
	/**
	 * CPU seconds the rest of the machine used meanwhile (/proc/stat busy time minus the build's):
	 * on 2 cores, anything much above 0 means the timing was shared with other work.
	 */
	otherCpuSeconds: number | undefined;
	/** "N page(s) built" as Astro reports it (pages and endpoints). */
	pagesBuilt: number;
	/** Astro's log, for finding out what was slow. */
	log: string;
}

const pageSize = 4096;
/** Kernel clock ticks per second (USER_HZ), the unit of /proc/stat. */
const ticksPerSecond = 100;

/** CPU seconds all cores have spent busy since boot (user, nice, system, irq, softirq, steal). */
function machineBusySeconds(): number {
	const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
	const [user, nice, system, , , irq, softirq, steal] = fields;
	return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / ticksPerSecond;
}

/** Parent pid of every process, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
	const map = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			map.set(Number(name), Number(fields[1]));
		} catch {
			// the process ended between readdir and read
		}
	}
	return map;
}

/** Summed resident memory of `root` and all its descendants, in bytes. */
export function treeRss(root: number): number {
	const parentOf = parents();
	const tree = new Set([root]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const [pid, ppid] of parentOf)
			if (!tree.has(pid) && tree.has(ppid)) {
				tree.add(pid);
				grew = true;
			}
	}
	let bytes = 0;
	for (const pid of tree) {
		try {
			bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
		} catch {
			// ended
		}
	}
	return bytes;
}

export interface BuildOptions {
	/** The site root to build (`--root`); default the working directory. */
	root?: string;
	/** Extra NODE_OPTIONS, e.g. `--cpu-prof --cpu-prof-dir=…` to profile the build. */
	nodeOptions?: string;
}

/** Runs the build to completion from the project folder; rejects with the log's tail when it fails. */
export async function runBuild(env: Record<string, string>, logFile: string, options: BuildOptions = {}): Promise<BuildCost> {
	const timeFile = `${logFile}.maxrss`;
	const gnuTime = existsSync('/usr/bin/time');
	// As `npm run build`: Astro's build, then the search index (scripts/build-search-index.ts), one after the other.
	const root = options.root ? ` --root ${JSON.stringify(options.root)}` : '';
	const build = ['sh', '-c', `node_modules/.bin/astro build --force${root} && node scripts/build-search-index.ts`];
	const [command, ...args] = gnuTime ? ['/usr/bin/time', '-f', '%M %U %S', '-o', timeFile, ...build] : build;
	const busyBefore = machineBusySeconds();
	const started = performance.now();
	const child = spawn(command!, args, {
		cwd: projectRoot,
		env: { ...process.env, ...env, ...(options.nodeOptions ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${options.nodeOptions}`.trim() } : {}) },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
	child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
	let peak = 0;
	const timeline: string[] = ['seconds\trss_mb'];
	const sampler = setInterval(() => {
		if (!child.pid) return;
		const rss = treeRss(child.pid);
		peak = Math.max(peak, rss);
		timeline.push(`${((performance.now() - started) / 1000).toFixed(1)}\t${Math.round(rss / 2 ** 20)}`);
	}, 100);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearInterval(sampler);
	const wallMs = performance.now() - started;
	const busy = machineBusySeconds() - busyBefore;
	writeFileSync(logFile, log);
	writeFileSync(`${logFile}.rss.tsv`, `${timeline.join('\n')}\n`);
	if (code !== 0) throw new Error(`astro build failed (exit ${code}); log in ${logFile}:\n${log.split('\n').slice(-30).join('\n')}`);
	const [maxRssKB, user, system] = gnuTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
	const cpuSeconds = user === undefined || system === undefined || Number.isNaN(user + system) ? undefined : user + system;
	return {
		wallMs,
		peakTreeRssBytes: peak,
		maxRssBytes: maxRssKB === undefined || Number.isNaN(maxRssKB) ? undefined : maxRssKB * 1024,
		cpuSeconds,
		otherCpuSeconds: cpuSeconds === undefined ? undefined : Math.max(0, busy - cpuSeconds),
		pagesBuilt: Number(log.match(/(\d+) page\(s\) built/)?.[1] ?? Number.NaN),
		log,
	};
}

/** Bytes and files under a folder (0 and 0 when it does not exist). */
export function folderSize(dir: string): { bytes: number; files: number } {
	if (!existsSync(dir)) return { bytes: 0, files: 0 };
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		files++;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
	}
	return { bytes, files };
}
