/** The machine a benchmark ran on, for the table's caption: figures mean little without it. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { projectRoot } from './siteRoot.ts';

export interface Machine {
	nproc: number;
	ramGB: number;
	cpu: string;
	node: string;
	date: string;
}

export function describeMachine(): Machine {
	return {
		nproc: availableParallelism(),
		ramGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
		cpu: cpus()[0]?.model.trim() ?? 'unknown',
		node: process.version,
		date: new Date().toISOString().slice(0, 10),
	};
}

/** 1-minute load average: on a 2-core machine anything above ~0.5 before a build makes its timing noisy. */
export function loadAverage(): number {
	return Math.round(loadavg()[0]! * 100) / 100;
}

/** Other Astro builds running now (pid and command line): they compete for the 2 cores and share .astro/. */
export function otherAstroBuilds(): { pid: number; command: string }[] {
	const found: { pid: number; command: string }[] = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
		try {
			const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
			if (/\bastro(\.js|\.mjs)?\s+build\b/.test(command)) found.push({ pid: Number(name), command });
		} catch {
			// ended
		}
	}
	return found;
}

/** Waits (up to `maxMs`) until no other Astro build runs, so timings are not shared with it. */
export async function waitForOtherBuilds(maxMs = 15 * 60_000): Promise<number> {
	const started = performance.now();
	let announced = false;
	for (;;) {
		const others = otherAstroBuilds();
		if (others.length === 0) return performance.now() - started;
		if (performance.now() - started > maxMs) {
			console.warn(`  ! still ${others.length} other astro build(s) running after ${Math.round(maxMs / 60_000)} min; measuring anyway (timings are shared)`);
			return performance.now() - started;
		}
		if (!announced) console.log(`  … waiting for another astro build to finish (pid ${others.map((o) => o.pid).join(', ')})`);
		announced = true;
		await new Promise((r) => setTimeout(r, 2000));
	}
}

export interface CodeVersion {
	commit: string;
	/** Uncommitted changes to what the build uses (src, public, content, config). */
	uncommitted: string[];
}

/** Which code a build measures: the commit and any uncommitted change to what the build uses. */
export function describeCode(): CodeVersion {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
	try {
		const uncommitted = git('status', '--porcelain', '--', 'src', 'public', 'content', 'astro.config.mjs', 'package.json');
		return { commit: git('rev-parse', 'HEAD'), uncommitted: uncommitted ? uncommitted.split('\n') : [] };
	} catch {
		return { commit: 'unknown (no git)', uncommitted: [] };
	}
}
