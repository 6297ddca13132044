/**
 * The search index as the site publishes it (under /search-index/): metadata, gram shards and one
 * document per record. Built once per build from the same records the pages render.
 */
import { bodyBlocks } from '../lib/edition.ts';
import { buildPostings, chooseShardCount, foldText, shardPostings, type SearchDoc, type SearchDocMeta, type SearchIndexMeta, type SearchShard } from '../lib/search.ts';
import { getCollection } from 'astro:content';
import { simplifyQuery } from '../lib/simplifyQuery.ts';
import { getCaseRecords } from './library.ts';

export interface PublishedIndex {
	meta: SearchIndexMeta;
	shards: SearchShard[];
	docs: SearchDoc[];
}

let cache: Promise<PublishedIndex> | undefined;

export function getSearchIndex(): Promise<PublishedIndex> {
	cache ??= build();
	return cache;
}

async function build(): Promise<PublishedIndex> {
	const records = await getCaseRecords();
	const docs: SearchDoc[] = records.map((r) => ({
		id: r.id,
		title: r.data.title,
		paragraphs: bodyBlocks(r.entry.body ?? '').map((b) => ({ n: b.n, text: b.text })),
	}));
	const metas: SearchDocMeta[] = records.map((r) => ({
		id: r.id,
		title: r.data.title,
		url: r.url,
		jurisdiction: { id: r.jurisdiction.id, name: r.jurisdiction.name },
		province: { id: r.province.id, name: r.province.name },
		year: r.year ?? null,
		docType: { id: r.data.docType, label: r.docTypeLabel },
		themes: r.facets.theme.map((t) => ({ id: t.id, label: t.label })),
	}));
	const postings = buildPostings(docs);
	const shardCount = chooseShardCount(postings.size);
	const terms = await getCollection('terms');
	// Traditional-script forms are left out: a traditional query goes through OpenCC instead, and the
	// simplified corpus never contains them (they would only cost shard downloads).
	const aliases = terms
		.map((t) => [...new Set([t.data.term, ...t.data.aliases].filter((f) => simplifyQuery(f) === f).map(foldText))])
		.filter((forms) => forms.length > 1);
	return { meta: { shards: shardCount, aliases, docs: metas }, shards: shardPostings(postings, shardCount), docs };
}
