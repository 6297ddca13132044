/**
 * Checks every page of a finished build against its byte budget (tests/budgets.ts):
 *
 *   npm run budgets             # node scripts/check-budgets.ts [build-dir]
 *
 * Prints, per page type, the pages, the heaviest first view and script, the highest floor ratio and the
 * budget; then every page over budget. Exits 1 if any page is over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgets, pageBudgets, type Budget } from '../tests/budgets.ts';
import { getPageType, type PageType } from '../src/lib/getPageType.ts';
import { pageUrlOf } from '../src/lib/linkCheck.ts';
import { pageWeight, plainHtmlFloor, type PageWeight } from '../src/lib/pageWeight.ts';
import { listFiles } from './lint-links.ts';

export interface MeasuredPage extends PageWeight {
	path: string;
	type: PageType;
	floor: number;
	/** First view over floor, the citation metadata apart where it has a cap of its own. */
	floorRatio: number;
	budget: Budget;
	/** What is over budget, in words; empty when within. */
	over: string[];
}

export function measurePages(outDir: string): MeasuredPage[] {
	return listFiles(outDir)
		.filter((f) => f.endsWith('.html'))
		.map((file) => {
			const path = pageUrlOf(file);
			const html = readFileSync(join(outDir, file), 'utf8');
			const weight = pageWeight(html, (asset) => readFileSync(join(outDir, asset)));
			const floor = plainHtmlFloor(html);
			const type = getPageType(path);
			const budget = pageBudgets[path] ?? budgets[type];
			const over: string[] = [];
			if (budget.maxFirstView !== undefined && weight.firstView > budget.maxFirstView)
				over.push(`first view ${weight.firstView} B > ${budget.maxFirstView} B`);
			// A page whose citation metadata has a cap of its own is weighed against its floor without it.
			const weighed = budget.maxMetadata !== undefined ? weight.firstView - weight.metadata : weight.firstView;
			if (budget.maxFloorRatio !== undefined && weighed > budget.maxFloorRatio * floor)
				over.push(`first view ${weighed} B${weighed === weight.firstView ? '' : ' without its citation metadata'} = ${(weighed / floor).toFixed(2)}× its floor ${floor} B > ${budget.maxFloorRatio}×`);
			if (budget.maxMetadata !== undefined && weight.metadata > budget.maxMetadata) over.push(`citation metadata ${weight.metadata} B > ${budget.maxMetadata} B`);
			if (weight.js > budget.maxScript) over.push(`script ${weight.js} B > ${budget.maxScript} B`);
			return { ...weight, path, type, floor, floorRatio: weighed / floor, budget, over };
		});
}

/** One Markdown row per page type. */
export function budgetTable(pages: MeasuredPage[]): string {
	const rows = ['| page type | pages | heaviest first view (KB gz) | budget | most script (B gz) | script budget | highest floor ratio |', '|---|---|---|---|---|---|---|'];
	const types = [...new Set(pages.map((p) => p.type))];
	for (const type of types) {
		const set = pages.filter((p) => p.type === type && !pageBudgets[p.path]);
		if (set.length === 0) continue;
		const heaviest = Math.max(...set.map((p) => p.firstView));
		const b = budgets[type];
		rows.push(
			`| ${type} | ${set.length} | ${(heaviest / 1024).toFixed(1)} | ${b.maxFirstView ? `${(b.maxFirstView / 1024).toFixed(1)} KB` : `${b.maxFloorRatio}× floor${b.maxMetadata ? ` + ${(b.maxMetadata / 1024).toFixed(1)} KB citation metadata` : ''}`} | ${Math.max(...set.map((p) => p.js))} | ${b.maxScript} | ${Math.max(...set.map((p) => p.floorRatio)).toFixed(2)} |`,
		);
	}
	for (const [path, b] of Object.entries(pageBudgets)) {
		const p = pages.find((x) => x.path === path);
		if (p) rows.push(`| ${path} | 1 | ${(p.firstView / 1024).toFixed(1)} | ${((b.maxFirstView ?? 0) / 1024).toFixed(1)} KB | ${p.js} | ${b.maxScript} | ${p.floorRatio.toFixed(2)} |`);
	}
	return rows.join('\n');
}

if (import.meta.main) {
	const outDir = process.argv[2] ?? process.env['LIBRARY_OUT_DIR'] ?? 'dist';
	const pages = measurePages(outDir);
	console.log(budgetTable(pages));
	const over = pages.filter((p) => p.over.length > 0);
	for (const p of over) console.error(`${p.path} (${p.type}): ${p.over.join('; ')}`);
	console.log(`\n${pages.length} pages, ${over.length} over budget`);
	process.exitCode = over.length ? 1 : 0;
}
