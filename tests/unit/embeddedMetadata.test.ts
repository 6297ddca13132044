/**
 * The record pages' citation meta tags and JSON-LD (src/lib/embeddedMetadata.ts): made from the same
 * neutral citation as the GB/T 7714 text and the downloads, so they agree with them field for field,
 * and never state what the citation does not know.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { citationData, formatRis, toCslItem } from '../../src/lib/citation.ts';
import { citationMetaTags, jsonLdText, recordJsonLd, scholarDate, zoteroTypes } from '../../src/lib/embeddedMetadata.ts';
import { readContent } from '../../src/lib/readContent.ts';
import type { EventData } from '../../src/schemas/event.ts';
import { realContentDir } from '../fixtures/bad-content.ts';
import { syntheticCitation } from '../fixtures/citations.ts';

const { library } = readContent(realContentDir);
const events = new Map((library.events as { id: string; data: EventData }[]).map((e) => [e.id, e.data.name]));
const site = 'https://example.org';
const pageOf = (id: string) => `${site}/cases/${id}/`;
const rights = '原文著作权属于原作者或发布者';

const cited = library.cases.map((c) => ({
	record: c,
	citation: citationData({ id: c.id, url: `/cases/${c.id}/`, data: c.data }, { eventName: c.data.event ? events.get(c.data.event.id) : undefined, site }),
}));
const tagsOf = (id: string) => {
	const { record, citation } = cited.find((c) => c.record.id === id)!;
	return new Map(citationMetaTags(citation, { url: pageOf(id), onlineDate: record.data.reposted?.date, rights }));
};

const synthetic = syntheticCitation;

describe('scholarDate', () => {
	test('writes only the precision known, in Google Scholar’s slashes', () => {
		assert.equal(scholarDate([2018, 10, 22]), '2018/10/22');
		assert.equal(scholarDate([2019, 3]), '2019/03');
		assert.equal(scholarDate([2022]), '2022');
	});
});

describe('citationMetaTags on the real records', () => {
	test('a web case report (长沙): title, the organisation as one author, the day, its website as container, Zotero type webpage', () => {
		const tags = tagsOf('changsha-sixiang-zaizao');
		assert.equal(tags.get('citation_title'), '湖南长沙市：实施“四项再造”，充分发挥街道社区党组织领导核心作用');
		assert.equal(tags.get('citation_author'), '中共长沙市委组织部');
		assert.equal(tags.get('citation_publication_date'), '2018/10/22');
		assert.equal(tags.get('prism.publicationName'), '人民网-中国共产党新闻网');
		assert.equal(tags.get('DC.type'), 'webpage');
		assert.equal(tags.get('citation_series_title'), '“全国城市基层党建创新案例”征集评选活动');
		assert.equal(tags.get('citation_language'), 'zh');
		assert.equal(tags.get('citation_fulltext_html_url'), pageOf('changsha-sixiang-zaizao'));
		// Not a journal article: no journal title (it would make Zotero save a journal article).
		assert.equal(tags.has('citation_journal_title'), false);
		assert.equal(tags.has('citation_public_url'), false, 'the original address is not known');
	});

	test('a policy document known only from a repost (贵州): no author, the repost’s site and date, as every citation form has them', () => {
		const tags = tagsOf('guizhou-jiedao-shequ-xianjinxing-jianshe');
		assert.equal(tags.has('citation_author'), false);
		assert.equal(tags.get('citation_publisher'), '遵义医学院附属医院');
		assert.equal(tags.get('citation_publication_date'), '2008/08/07');
		assert.equal(tags.get('citation_online_date'), '2008/08/07');
		assert.equal(tags.get('DC.type'), 'document');
	});

	test('a conference speech (北京): the year alone, the conference, the collection, Zotero type conferencePaper', () => {
		const tags = tagsOf('conference-2022-beijing');
		assert.equal(tags.get('citation_publication_date'), '2022');
		assert.equal(tags.get('citation_conference_title'), '2022年全国城市基层党建工作经验交流座谈会');
		assert.equal(tags.get('prism.publicationName'), '2022年全国城市基层党建工作经验交流座谈会发言摘登');
		assert.equal(tags.get('DC.type'), 'conferencePaper');
	});

	test('an undated article (兰州): no date tag at all', () => {
		const tags = tagsOf('lanzhou-wangge-dangjian');
		assert.equal(tags.has('citation_publication_date'), false);
		assert.equal(tags.has('citation_online_date'), false);
	});

	for (const { record, citation } of cited)
		test(`${record.id}: agrees with the RIS and CSL-JSON downloads`, () => {
			const tags = tagsOf(record.id);
			const ris = formatRis(citation);
			const csl = toCslItem(citation);
			assert.equal(tags.get('citation_title'), csl.title);
			assert.match(ris, new RegExp(`^TI  - ${String(csl.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\r$`, 'm'));
			assert.equal(tags.get('citation_author'), (csl.author as { literal: string }[] | undefined)?.[0]?.literal);
			const issued = (csl.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0];
			assert.equal(tags.get('citation_publication_date'), issued && scholarDate(issued));
			assert.equal(tags.get('citation_publisher'), csl.publisher);
			assert.equal(tags.get('prism.publicationName'), csl['container-title']);
			assert.equal(tags.get('citation_series_title'), csl['collection-title']);
			assert.equal(tags.get('DC.type'), zoteroTypes[citation.type]);
			for (const [name, content] of tags) assert.doesNotMatch(content, /undefined|null|NaN|^\s|\s$/, `${name}: ${content}`);
		});
});

describe('citationMetaTags beyond the real records', () => {
	test('a month date stays a month; a known address is the public URL', () => {
		const tags = new Map(citationMetaTags(synthetic({ source: { url: 'https://example.com/a.html' } }), { url: '/cases/test-record/', rights }));
		assert.equal(tags.get('citation_publication_date'), '2019/03');
		assert.equal(tags.get('citation_public_url'), 'https://example.com/a.html');
		assert.equal(tags.get('citation_fulltext_html_url'), '/cases/test-record/');
	});

	test('a subtitle joins the title as the downloads join it', () => {
		const tags = new Map(citationMetaTags(synthetic({ subtitle: '副题' }), { url: '/x/', rights }));
		assert.equal(tags.get('citation_title'), '某市社区党建经验: 副题');
	});
});

describe('recordJsonLd', () => {
	const ld = (id: string, dateModified?: string) => {
		const { record, citation } = cited.find((c) => c.record.id === id)!;
		return recordJsonLd(citation, { url: pageOf(id), siteUrl: `${site}/`, siteName: '城市基层党建案例库', place: `地方${record.id}`, dateModified }) as Record<string, any>;
	};

	test('a web article: Article, organisation author, the website as publisher and container, the date at its precision', () => {
		const data = ld('changsha-sixiang-zaizao', '2026-12-01');
		assert.equal(data['@context'], 'https://schema.org');
		assert.equal(data['@type'], 'Article');
		assert.deepEqual(data.author, { '@type': 'Organization', name: '中共长沙市委组织部' });
		assert.deepEqual(data.publisher, { '@type': 'Organization', name: '人民网-中国共产党新闻网' });
		assert.equal(data.datePublished, '2018-10-22');
		assert.deepEqual(data.isPartOf[0], { '@type': 'WebSite', name: '人民网-中国共产党新闻网' });
		assert.equal(data.mainEntityOfPage['@id'], pageOf('changsha-sixiang-zaizao'));
		assert.equal(data.mainEntityOfPage.dateModified, '2026-12-01');
	});

	test('a speech: CreativeWork of its genre, the year alone, in its collection, at its conference', () => {
		const data = ld('conference-2022-beijing');
		assert.equal(data['@type'], 'CreativeWork');
		assert.equal(data.genre, '会议发言');
		assert.equal(data.datePublished, '2022');
		assert.deepEqual(data.isPartOf, { '@type': 'CreativeWork', name: '2022年全国城市基层党建工作经验交流座谈会发言摘登' });
		assert.deepEqual(data.recordedAt, { '@type': 'Event', name: '2022年全国城市基层党建工作经验交流座谈会' });
		assert.equal('dateModified' in data.mainEntityOfPage, false, 'no history, no date');
	});

	test('no author when the source names none; no date when it gives none', () => {
		assert.equal('author' in ld('guizhou-jiedao-shequ-xianjinxing-jianshe'), false);
		assert.equal('datePublished' in ld('lanzhou-wangge-dangjian'), false);
	});

	test('as a data block: compact JSON that cannot close its element', () => {
		const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
		assert.doesNotMatch(text, /</);
		assert.deepEqual(JSON.parse(text), { name: '</script><script>alert(1)</script>' });
	});
});
