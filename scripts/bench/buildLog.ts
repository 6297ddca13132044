/**
 * Where a build's time goes, read from Astro's own log: the phases (between its timestamped
 * milestones, to the second) and the render time of each page type (the "(+12ms)" after each page).
 * Best effort: a milestone Astro stops printing is simply absent.
 */

export interface BuildPhases {
	/** Content layer sync (glob and file loaders). */
	syncSeconds?: number;
	/** The editionCheck integration (schemas, references, quotes, editions against archives). */
	editionCheckSeconds?: number;
	/** Vite/Rolldown bundling (the MDX records compiled into the server bundle). */
	bundleSeconds?: number;
	/** Rendering every page and endpoint. */
	generateSeconds?: number;
	/** From the last page to "Complete!" (sitemap and other astro:build:done hooks). */
	afterGenerateSeconds?: number;
}

const plain = (log: string) => log.replace(/\x1b\[[0-9;]*m/g, '');

/** Seconds since midnight of the first line (after `from`) matching `pattern`, from its HH:MM:SS prefix. */
function timeOf(lines: string[], pattern: RegExp, from = 0): { at: number; line: number } | undefined {
	for (let i = from; i < lines.length; i++) {
		const m = lines[i]!.match(/^(\d{2}):(\d{2}):(\d{2}) /);
		if (m && pattern.test(lines[i]!)) return { at: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]), line: i };
	}
	return undefined;
}

function seconds(text: string | undefined): number | undefined {
	if (!text) return undefined;
	const m = text.match(/(?:(\d+)m\s*)?([\d.]+)(ms|s)/);
	if (!m) return undefined;
	return Number(m[1] ?? 0) * 60 + (m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
}

export function buildPhases(log: string): BuildPhases {
	const lines = plain(log).split('\n');
	const syncing = timeOf(lines, /Syncing content/);
	const synced = timeOf(lines, /Synced content/);
	const checked = timeOf(lines, /\[library:edition-check\]/);
	const bundled = lines.find((l) => /\[vite\] ✓ built in/.test(l));
	const generating = lines.findIndex((l) => /generating static routes/.test(l));
	const generated = generating === -1 ? undefined : lines.slice(generating).find((l) => /✓ Completed in/.test(l));
	const lastPage = generating === -1 ? undefined : timeOf(lines, /✓ Completed in/, generating);
	const complete = timeOf(lines, /\[build\] Complete!/);
	const phases: BuildPhases = {};
	if (syncing && synced) phases.syncSeconds = synced.at - syncing.at;
	if (synced && checked) phases.editionCheckSeconds = checked.at - synced.at;
	const bundle = seconds(bundled?.split('built in')[1]);
	if (bundle !== undefined) phases.bundleSeconds = bundle;
	const generate = seconds(generated?.split('Completed in')[1]);
	if (generate !== undefined) phases.generateSeconds = generate;
	if (lastPage && complete) phases.afterGenerateSeconds = complete.at - lastPage.at;
	return phases;
}

/** Render time per page type, most expensive first: /cases/*\/brief/index.html → total seconds and pages. */
export function routeTimes(log: string): { route: string; pages: number; seconds: number }[] {
	const byRoute = new Map<string, { pages: number; seconds: number }>();
	for (const line of plain(log).split('\n')) {
		const m = line.match(/[├└]─ (\/\S*) \(\+([\d.]+m?s)\)/);
		if (!m) continue;
		const segments = m[1]!.split('/').filter(Boolean);
		const route = segments.length <= 1 ? `/${segments[0] ?? ''}` : `/${segments[0]}/*${segments.length > 2 ? `/${segments.slice(2).join('/')}` : ''}`;
		const entry = byRoute.get(route) ?? { pages: 0, seconds: 0 };
		entry.pages++;
		entry.seconds += seconds(m[2]) ?? 0;
		byRoute.set(route, entry);
	}
	return [...byRoute].map(([route, t]) => ({ route, ...t })).sort((a, b) => b.seconds - a.seconds);
}
