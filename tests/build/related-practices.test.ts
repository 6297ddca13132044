/**
 * The related practices of the built record pages (after `npm run build`; LIBRARY_OUT_DIR for another
 * output): every record page lists other records with the passages they share, and each passage's links
 * land on paragraphs that really do it: for a term (「双报到」), both paragraphs contain the term or one of
 * its aliases; for a named practice (a dimension's label), both are the paragraph of a fact of that
 * dimension, holding its quote.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readContent } from '../../src/lib/readContent.ts';
import { elementText, textOf } from '../support/builtHtml.ts';

const dist = process.env.LIBRARY_OUT_DIR ?? 'dist';
const { library } = readContent('content');

const pages = new Map<string, string>();
/** The built page of a record. */
function page(id: string): string {
	if (!pages.has(id)) {
		const file = join(dist, 'cases', id, 'index.html');
		assert.ok(existsSync(file), `${file} missing: run \`npm run build\` first (npm test does)`);
		pages.set(id, readFileSync(file, 'utf8'));
	}
	return pages.get(id)!;
}

interface ShownPassage {
	labels: string[];
	paragraph: number;
	otherParagraph: number;
}

/** The related records a built record page lists, each with its passages as the page links them. */
function shownRelated(id: string): { other: string; passages: ShownPassage[] }[] {
	const section = page(id).match(/<section class="related-practices"[\s\S]*?<\/section>/)?.[0];
	assert.ok(section, `${id}: a related-practices section`);
	return section
		.split('<li><p>')
		.slice(1)
		.map((item) => {
			const other = item.match(/^<a href="\/cases\/([^/"]+)\/">/)?.[1];
			assert.ok(other, `${id}: each related record links its page`);
			const passages = [...item.matchAll(/<li>([^<]*)<a href="#p-(\d+)">¶\2<\/a> → <a href="\/cases\/([^/"]+)\/#p-(\d+)">[^<]* ¶\4<\/a><\/li>/g)].map((m) => {
				assert.equal(m[3], other, `${id}: a passage links the related record's paragraph`);
				return { labels: textOf(m[1]!).trim().split('；'), paragraph: Number(m[2]), otherParagraph: Number(m[4]) };
			});
			assert.equal(passages.length, (item.match(/<li>/g) ?? []).length, `${id} → ${other}: every passage read`);
			return { other, passages };
		});
}

const termForms = new Map((library.terms ?? []).map((t) => [t.data.term, [t.data.term, ...t.data.aliases]]));
const dimensionByLabel = new Map(library.dimensions.map((d) => [d.data.label, d]));

/** Why `label` is not done in paragraph `n` of record `id`, or undefined when it is. */
function notDone(id: string, n: number, label: string): string | undefined {
	const text = elementText(page(id), `p-${n}`);
	const term = label.match(/^「(.+)」$/)?.[1];
	if (term) {
		const forms = termForms.get(term);
		if (!forms) return `「${term}」 is no glossary term`;
		return forms.some((f) => text.includes(f)) ? undefined : `${id} ¶${n} does not contain 「${term}」: ${text}`;
	}
	const dimension = dimensionByLabel.get(label);
	if (!dimension) return `“${label}” is no dimension's label`;
	if (dimension.data.kind !== 'practice') return `“${label}” is a quantity, not a named practice`;
	const facts = library.cases.find((c) => c.id === id)!.data.facts.filter((f) => f.dimension.id === dimension.id);
	return facts.some((f) => text.includes(f.quote)) ? undefined : `${id} ¶${n} holds no quote of its “${label}” facts`;
}

test('every record page lists related records (never itself, at most 6, each with 1–3 passages)', () => {
	for (const record of library.cases) {
		const related = shownRelated(record.id);
		assert.ok(related.length > 0 && related.length <= 6, `${record.id}: ${related.length} related records`);
		assert.equal(new Set(related.map((r) => r.other)).size, related.length, `${record.id}: no record twice`);
		for (const { other, passages } of related) {
			assert.notEqual(other, record.id, `${record.id} is not related to itself`);
			assert.ok(library.cases.some((c) => c.id === other), `${other} is a record`);
			assert.ok(passages.length >= 1 && passages.length <= 3, `${record.id} → ${other}: ${passages.length} passages`);
		}
	}
});

test('each passage links two paragraphs that really do what it names: the term in both, or the quote of a fact of the practice in both', () => {
	let checked = 0;
	for (const record of library.cases)
		for (const { other, passages } of shownRelated(record.id))
			for (const { labels, paragraph, otherParagraph } of passages)
				for (const label of labels) {
					assert.equal(notDone(record.id, paragraph, label), undefined);
					assert.equal(notDone(other, otherParagraph, label), undefined);
					checked++;
				}
	assert.ok(checked > 100, `${checked} labels checked`);
});

test('Changsha’s page links its 大工委 paragraph to Lanzhou’s', () => {
	const lanzhou = shownRelated('changsha-sixiang-zaizao').find((r) => r.other === 'lanzhou-wangge-dangjian');
	assert.ok(lanzhou, 'Lanzhou is related to Changsha');
	const passage = lanzhou.passages.find((p) => p.labels.includes('「大工委」'));
	assert.ok(passage, `a 大工委 passage: ${JSON.stringify(lanzhou.passages)}`);
	assert.match(elementText(page('changsha-sixiang-zaizao'), `p-${passage.paragraph}`), /大工委/);
	assert.match(elementText(page('lanzhou-wangge-dangjian'), `p-${passage.otherParagraph}`), /大工委/);
});
