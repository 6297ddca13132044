/**
 * The library's facts flattened for tables, charts and downloads, their paragraphs resolved. Apart from
 * src/lib/compareMatrix.ts because resolving paragraphs needs the edition code (and OpenCC with it),
 * which the browser's comparison builder must not download.
 */
import type { Fact } from '../schemas/fact.ts';
import type { LibraryInput } from './checkLibrary.ts';
import type { FlatFact } from './compareMatrix.ts';
import { formatFactValue } from './formatFact.ts';
import { baseQuantity } from './quantities.ts';
import { resolveFacts } from './resolveFacts.ts';

/** What `flattenFacts` needs of a record. */
export interface FactSource {
	id: string;
	title: string;
	jurisdictionId: string;
	body: string;
	facts: Fact[];
	/** The record's publication (or repost) date, standing for facts the source does not date. */
	date?: string | null;
	/** The record's document type (case-report …). */
	docType: string;
	/** The level of the record's place (prefecture-level city …). */
	jurisdictionLevel: string;
}

/** Every fact of every record, in record order then fact order, with its paragraph resolved. */
export function flattenFacts(records: FactSource[]): FlatFact[] {
	return records.flatMap((record) =>
		resolveFacts(record.body, record.facts).map((fact) => {
			const base = baseQuantity(fact.value, fact.unit);
			return {
				recordId: record.id,
				recordTitle: record.title,
				jurisdictionId: record.jurisdictionId,
				dimensionId: fact.dimension.id,
				value: fact.value,
				unit: fact.unit,
				qualifier: fact.qualifier,
				quote: fact.quote,
				note: fact.note,
				paragraph: fact.paragraph,
				href: `/cases/${record.id}/#${fact.anchor}`,
				display: formatFactValue(fact),
				asOf: fact.asOf ?? record.date ?? null,
				asOfIsRecordDate: fact.asOf === undefined,
				docType: record.docType,
				jurisdictionLevel: record.jurisdictionLevel,
				baseValue: base?.value ?? null,
				baseUnit: base?.unit ?? null,
			};
		}),
	);
}


/**
 * The records of a content folder read outside Astro (readContent), as flattenFacts takes them, so that
 * scripts and tests flatten the content as the site does (src/data/library.ts, from its collections).
 */
export function contentFactSources(library: Pick<LibraryInput, 'cases' | 'jurisdictions'>): FactSource[] {
	const levels = new Map(library.jurisdictions.map((j) => [j.id, j.data.level]));
	return library.cases.map((c) => ({
		id: c.id,
		title: c.data.title,
		jurisdictionId: c.data.jurisdiction.id,
		body: c.body,
		facts: c.data.facts,
		date: c.data.published.date ?? c.data.reposted?.date ?? null,
		docType: c.data.docType,
		jurisdictionLevel: levels.get(c.data.jurisdiction.id) ?? '',
	}));
}
