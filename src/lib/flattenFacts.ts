/**
 * The library's facts flattened for tables, charts and downloads, their paragraphs resolved. Apart from
 * src/lib/compareMatrix.ts because resolving paragraphs needs the edition code (and OpenCC with it),
 * which the browser's comparison builder must not download.
 */
import type { Fact } from '../schemas/fact.ts';
import type { FlatFact } from './compareMatrix.ts';
import { formatFactValue } from './formatFact.ts';
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
}

/** Every fact of every record, in record order then fact order, with its paragraph resolved. */
export function flattenFacts(records: FactSource[]): FlatFact[] {
	return records.flatMap((record) =>
		resolveFacts(record.body, record.facts).map((fact) => ({
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
		})),
	);
}

