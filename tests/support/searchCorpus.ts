/**
 * A content folder (real or synthetic) as the search sees it, read outside Astro: each record's
 * Pagefind input built as src/pages/search/records/[id].json.ts builds it (metadata fields title,
 * subtitle, series, event name, author, outlet; body paragraphs from `bodyBlocks`; the display-only
 * texts shown before the body; place, date and type for display; facets as filters),
 * and its plain text for the ground truth. The ground truth is plain substring search over the
 * NFKC + lowercase folded text (`fold`), computed without any search engine or its tokeniser.
 *
 * Used by the exactness test at scale (tests/scale/searchExactness.test.ts) and the benchmark's
 * recall and precision (scripts/bench/searchQuality.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { splitFrontmatter } from '../../src/lib/readContent.ts';
import { searchRecordInput, type SearchRecordInput, type SearchRecordSource } from '../../src/lib/searchRecord.ts';
import { docTypes } from '../../src/schemas/case.ts';
import { absentTerms, policyTerms, traditionalQueries, twoWordQueries } from '../fixtures/search-terms.ts';

/** Unicode NFKC (full-width Latin and digits to half-width), then lower case: how queries and texts compare. */
export function fold(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

/** One record: its id (/cases/<id>/), the index input, and its searchable text folded. */
export interface CorpusRecord {
	id: string;
	input: SearchRecordInput;
	/** Metadata fields and paragraphs, one per line, NFKC + lowercase folded. */
	folded: string;
}

interface RawPlace {
	id: string;
	name: string;
	parent?: string;
}

/** Reads every record of a content folder (cases/*.mdx, jurisdictions.yaml, events.yaml). */
export function readSearchCorpus(contentDir: string): CorpusRecord[] {
	const places = new Map((yaml.load(readFileSync(join(contentDir, 'jurisdictions.yaml'), 'utf8')) as RawPlace[]).map((p) => [p.id, p]));
	const events = new Map((yaml.load(readFileSync(join(contentDir, 'events.yaml'), 'utf8')) as { id: string; name: string }[]).map((e) => [e.id, e.name]));
	const chain = (id: string): RawPlace[] => {
		const out: RawPlace[] = [];
		for (let p = places.get(id); p && !out.includes(p); p = p.parent ? places.get(p.parent) : undefined) out.unshift(p);
		return out;
	};
	const dir = join(contentDir, 'cases');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.map((name) => {
			const filePath = join(dir, name);
			const id = name.replace(/\.mdx$/, '');
			const { frontmatter, body } = splitFrontmatter(readFileSync(filePath, 'utf8'), filePath) as { frontmatter: Record<string, any>; body: string };
			const places = chain(frontmatter.jurisdiction);
			const input = searchRecordInput({
				id,
				data: { ...frontmatter, completeness: frontmatter.completeness ?? {}, facts: frontmatter.facts ?? [], published: frontmatter.published ?? { date: null } } as SearchRecordSource['data'],
				blocks: bodyBlocks(body),
				eventName: frontmatter.event ? events.get(frontmatter.event) : undefined,
				place: places.map((p) => p.name).join(''),
				provinceId: places[0]?.id ?? frontmatter.jurisdiction,
				jurisdictionId: frontmatter.jurisdiction,
				docTypeLabel: docTypes[frontmatter.docType as keyof typeof docTypes] ?? frontmatter.docType,
				themeIds: frontmatter.themes ?? [],
			});
			const fields = input.fields;
			const paragraphs = input.paragraphs;
			const texts = [...Object.values(fields).filter((t): t is string => Boolean(t)), ...paragraphs.map((p) => p.text)];
			return { id, input, folded: fold(texts.join('\n')) };
		});
}

/** The words of a query for the ground truth: folded, split at whitespace. */
export function truthWords(query: string): string[] {
	return fold(query).split(/\s+/).filter(Boolean);
}

/** Ground truth: ids (sorted) of the records whose folded text contains every word of the query. */
export function expectedIds(query: string, records: readonly CorpusRecord[]): string[] {
	const words = truthWords(query);
	if (words.length === 0) return [];
	return records
		.filter((r) => words.every((w) => r.folded.includes(w)))
		.map((r) => r.id)
		.sort();
}

/**
 * Queries beyond the term list: single characters, digits, figures and Latin inside Chinese (as the
 * records write them, and typed in other widths or case), where a word-based engine goes wrong first.
 */
export const edgeQueries: readonly string[] = [
	// single characters: common, rare, only in metadata, absent
	'党',
	'网',
	'哨',
	'摘',
	'囧',
	// digits and figures
	'2',
	'15',
	'2022',
	'100',
	// numbers that are in a record's date (2018-09-28, 2008-08-07) or display metadata but not its text
	'28',
	'09',
	'07',
	'2008',
	'1.4万',
	'53.84%',
	'75%',
	'8.87万',
	'0.44万',
	// Latin and signs inside Chinese
	'15分钟',
	'１５分钟',
	'6+2',
	'7+X',
	'7+x',
	'７＋Ｘ',
	'1+N+X',
	'N+X',
	'1+3',
	'1+3+N',
	'5+1',
	'党建+网格',
	'考试+考核',
	'QQ群',
	'qq',
	'X',
	'2020版',
	'3岗18级',
	'15分钟 党群服务中心',
	'6+2 双报到',
];

export interface ExactnessQuery {
	/** What is typed. */
	q: string;
	kind: 'policy term' | 'two words' | 'traditional' | 'absent' | 'edge';
	/** The query the ground truth is computed for (the simplified form of a traditional query). */
	truth: string;
}

/** Every guard query of tests/fixtures/search-terms.ts (96) and the edge queries. */
export const exactnessQueries: readonly ExactnessQuery[] = [
	...policyTerms.map((q) => ({ q, kind: 'policy term' as const, truth: q })),
	...twoWordQueries.map((q) => ({ q, kind: 'two words' as const, truth: q })),
	...traditionalQueries.map((t) => ({ q: t.traditional, kind: 'traditional' as const, truth: t.simplified })),
	...absentTerms.map((q) => ({ q, kind: 'absent' as const, truth: q })),
	...edgeQueries.map((q) => ({ q, kind: 'edge' as const, truth: q })),
];
