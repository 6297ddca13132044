import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { caseSchema } from '../../src/schemas/case.ts';
import { dimensionSchema } from '../../src/schemas/dimension.ts';
import { jurisdictionSchema } from '../../src/schemas/jurisdiction.ts';
import { datePrecision, isRealDate, partialDate } from '../../src/schemas/partialDate.ts';
import { kebabId, plainReference } from '../../src/schemas/references.ts';
import { maxGlossWords, termSchema } from '../../src/schemas/term.ts';
import { themeSchema } from '../../src/schemas/theme.ts';
import { splitFrontmatter } from '../../src/lib/readContent.ts';
import { loadChangsha } from '../fixtures/library.ts';

const schema = caseSchema(plainReference);

/** Parses a changed copy of the real Changsha frontmatter and returns its issues as "path: message". */
function issuesAfter(change: (fm: Record<string, any>) => void): { path: string; message: string }[] {
	const { frontmatter } = loadChangsha();
	change(frontmatter);
	const result = schema.safeParse(frontmatter);
	assert.equal(result.success, false, 'the changed frontmatter should be rejected');
	return result.error!.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

function paths(issues: { path: string }[]): string[] {
	return issues.map((i) => i.path);
}

describe('caseSchema', () => {
	test('accepts the real Changsha frontmatter and resolves its references', () => {
		const result = schema.safeParse(loadChangsha().frontmatter);
		assert.ok(result.success, JSON.stringify(result.error?.issues));
		const data = result.data;
		assert.deepEqual(data.jurisdiction, { collection: 'jurisdictions', id: 'changsha' });
		assert.deepEqual(data.themes[0], { collection: 'themes', id: 'organisation' });
		assert.deepEqual(data.facts[0]!.dimension, { collection: 'dimensions', id: 'resident-population' });
		assert.equal(data.published.date, '2018-10-22');
		assert.equal(data.titleIsEditorial, false, 'titleIsEditorial defaults to false');
		assert.ok(data.facts.length > 0);
	});

	test('defaults editorialNotes and facts to empty lists', () => {
		const { frontmatter } = loadChangsha();
		delete frontmatter.editorialNotes;
		delete frontmatter.facts;
		const result = schema.safeParse(frontmatter);
		assert.ok(result.success);
		assert.deepEqual(result.data.editorialNotes, []);
		assert.deepEqual(result.data.facts, []);
	});

	test('rejects a missing title at path "title"', () => {
		assert.deepEqual(paths(issuesAfter((fm) => delete fm.title)), ['title']);
	});

	test('rejects an empty title', () => {
		assert.deepEqual(paths(issuesAfter((fm) => (fm.title = ''))), ['title']);
	});

	for (const date of ['2018-13-45', '2018-02-30', '2019-02-29', '2018-00', '2018-04-31']) {
		test(`rejects the non-existent date ${date} at path "published.date"`, () => {
			const issues = issuesAfter((fm) => (fm.published.date = date));
			assert.deepEqual(paths(issues), ['published.date']);
			assert.match(issues[0]!.message, /does not exist/);
		});
	}

	for (const date of ['18-10-22', '2018/10/22', '2018-1-2', '2018-10-22T15:29']) {
		test(`rejects the malformed date ${JSON.stringify(date)}`, () => {
			const issues = issuesAfter((fm) => (fm.published.date = date));
			assert.deepEqual(paths(issues), ['published.date']);
			assert.match(issues[0]!.message, /YYYY/);
		});
	}

	test('rejects an unquoted YAML date (a Date object) and asks to quote it', () => {
		const issues = issuesAfter((fm) => (fm.published.date = new Date(Date.UTC(2018, 9, 22))));
		assert.deepEqual(paths(issues), ['published.date']);
		assert.match(issues[0]!.message, /quoted string/);
	});

	test('an unquoted date in the YAML text itself arrives as a Date and is rejected', () => {
		const { frontmatter } = splitFrontmatter('---\ndate: 2018-10-22\n---\n', 'x.mdx');
		assert.ok((frontmatter as { date: unknown }).date instanceof Date);
		const issues = issuesAfter((fm) => (fm.published.date = (frontmatter as { date: Date }).date));
		assert.match(issues[0]!.message, /quoted/);
	});

	test('accepts year and month precision, and an unknown date with a note', () => {
		for (const date of ['2018', '2018-10']) {
			const { frontmatter } = loadChangsha();
			frontmatter.published = { date };
			assert.ok(schema.safeParse(frontmatter).success, date);
		}
		const { frontmatter } = loadChangsha();
		frontmatter.published = { date: null, note: '原文未注明日期' };
		assert.ok(schema.safeParse(frontmatter).success);
	});

	test('rejects an unknown date without a note (path published.note)', () => {
		assert.deepEqual(paths(issuesAfter((fm) => (fm.published = { date: null }))), ['published.note']);
	});

	test('rejects a malformed time of day', () => {
		assert.deepEqual(paths(issuesAfter((fm) => (fm.published.time = '3:29pm'))), ['published.time']);
	});

	test('rejects a summary longer than 140 characters, accepts exactly 140', () => {
		assert.deepEqual(paths(issuesAfter((fm) => (fm.summary = '党'.repeat(141)))), ['summary']);
		const { frontmatter } = loadChangsha();
		frontmatter.summary = '党'.repeat(140);
		assert.ok(schema.safeParse(frontmatter).success);
	});

	test('rejects a partial record without a note (path completeness.note), accepts one with a note', () => {
		assert.deepEqual(paths(issuesAfter((fm) => (fm.completeness = { status: 'partial' }))), ['completeness.note']);
		const { frontmatter } = loadChangsha();
		frontmatter.completeness = { status: 'partial', note: '原文缺第二部分。' };
		assert.ok(schema.safeParse(frontmatter).success);
	});

	test('rejects an unknown docType', () => {
		assert.deepEqual(paths(issuesAfter((fm) => (fm.docType = 'memo'))), ['docType']);
	});

	test('rejects an empty theme list', () => {
		assert.deepEqual(paths(issuesAfter((fm) => (fm.themes = []))), ['themes']);
	});

	test('rejects references that are not kebab-case ids', () => {
		assert.deepEqual(paths(issuesAfter((fm) => (fm.jurisdiction = '长沙'))), ['jurisdiction']);
		assert.deepEqual(paths(issuesAfter((fm) => (fm.themes = ['organisation', 'Street_Reform']))), ['themes.1']);
		assert.deepEqual(paths(issuesAfter((fm) => (fm.facts[2].dimension = 'Streets Count'))), ['facts.2.dimension']);
	});

	test('rejects an archive name that is not a .txt in content/sources', () => {
		assert.deepEqual(paths(issuesAfter((fm) => (fm.source.file = '../secret.txt'))), ['source.file']);
		assert.deepEqual(paths(issuesAfter((fm) => (fm.source.file = 'archive.html'))), ['source.file']);
	});

	test('rejects a fact without a quote, a one-character quote, or an unknown qualifier', () => {
		assert.deepEqual(paths(issuesAfter((fm) => delete fm.facts[0].quote)), ['facts.0.quote']);
		assert.deepEqual(paths(issuesAfter((fm) => (fm.facts[0].quote = '万'))), ['facts.0.quote']);
		assert.deepEqual(paths(issuesAfter((fm) => (fm.facts[0].qualifier = '大约'))), ['facts.0.qualifier']);
	});

	test('rejects an editorial note without its note text', () => {
		assert.deepEqual(paths(issuesAfter((fm) => (fm.editorialNotes = [{ quote: '在群。' }]))), ['editorialNotes.0.note']);
	});
});

describe('isRealDate / datePrecision', () => {
	test('leap years follow the Gregorian rules', () => {
		assert.equal(isRealDate('2020-02-29'), true, 'divisible by 4');
		assert.equal(isRealDate('2019-02-29'), false, 'not divisible by 4');
		assert.equal(isRealDate('1900-02-29'), false, 'century not divisible by 400');
		assert.equal(isRealDate('2000-02-29'), true, 'century divisible by 400');
		assert.equal(isRealDate('2018-02-28'), true);
	});

	test('months and days must exist', () => {
		assert.equal(isRealDate('2018-12-31'), true);
		assert.equal(isRealDate('2018-01-31'), true);
		assert.equal(isRealDate('2018-04-31'), false);
		assert.equal(isRealDate('2018-13'), false);
		assert.equal(isRealDate('2018-00'), false);
		assert.equal(isRealDate('2018-10-00'), false);
		assert.equal(isRealDate('2018-10-32'), false);
	});

	test('partial dates are real when the stated parts are', () => {
		assert.equal(isRealDate('2018'), true);
		assert.equal(isRealDate('2018-10'), true);
		assert.equal(isRealDate('abcd'), false);
	});

	test('precision is the number of stated parts', () => {
		assert.equal(datePrecision('2018'), 'year');
		assert.equal(datePrecision('2018-10'), 'month');
		assert.equal(datePrecision('2018-10-22'), 'day');
	});

	test('partialDate accepts the three shapes and nothing else', () => {
		for (const ok of ['2018', '2018-10', '2018-10-22', '2000-02-29']) assert.ok(partialDate.safeParse(ok).success, ok);
		for (const bad of ['2018-13-45', '2018-02-30', '201', '2018-10-22 ', 2018, null])
			assert.equal(partialDate.safeParse(bad).success, false, String(bad));
	});
});

describe('dimensionSchema', () => {
	const base = { id: 'streets-count', label: '街道数', group: '基本情况', scope: '街道的数量。' };

	test('a quantity needs a unit (path unit)', () => {
		const result = dimensionSchema.safeParse({ ...base, kind: 'quantity' });
		assert.equal(result.success, false);
		assert.deepEqual(
			result.error!.issues.map((i) => i.path.join('.')),
			['unit'],
		);
		assert.ok(dimensionSchema.safeParse({ ...base, kind: 'quantity', unit: '个' }).success);
	});

	test('a practice needs no unit', () => {
		assert.ok(dimensionSchema.safeParse({ ...base, kind: 'practice' }).success);
	});

	test('the group must be one of the comparison row groups', () => {
		const result = dimensionSchema.safeParse({ ...base, kind: 'practice', group: '其他' });
		assert.deepEqual(
			result.error?.issues.map((i) => i.path.join('.')),
			['group'],
		);
	});
});

describe('termSchema: the English gloss', () => {
	const term = termSchema(plainReference);
	const base = { id: 'shuang-baodao', term: '双报到', theme: 'mechanisms', definition: { kind: 'editorial', text: '测试用。' } };
	const issues = (raw: object) => term.safeParse(raw).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

	test('a short gloss passes', () => {
		assert.deepEqual(issues({ ...base, gloss: 'dual reporting: units report to the community where they are, members where they live' }), []);
	});

	test('every term needs one (path gloss)', () => {
		assert.deepEqual(
			issues(base).map((i) => i.split(':')[0]),
			['gloss'],
		);
		assert.deepEqual(
			issues({ ...base, gloss: '  ' }).map((i) => i.split(':')[0]),
			['gloss'],
		);
	});

	test(`at most ${maxGlossWords} words`, () => {
		const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
		assert.deepEqual(issues({ ...base, gloss: words(maxGlossWords) }), []);
		assert.deepEqual(issues({ ...base, gloss: words(maxGlossWords + 1) }), [`gloss: at most ${maxGlossWords} words: a gloss is a short reading aid`]);
	});
});

describe('ids are ASCII kebab-case', () => {
	test('kebabId', () => {
		for (const ok of ['changsha', 'changsha-sixiang-zaizao', 'g20', 'a-1-b']) assert.ok(kebabId.safeParse(ok).success, ok);
		for (const bad of ['Changsha', 'changsha_sixiang', 'changsha--x', '-changsha', 'changsha-', '长沙', 'chang sha', ''])
			assert.equal(kebabId.safeParse(bad).success, false, JSON.stringify(bad));
	});

	test('jurisdiction ids and parents', () => {
		const jurisdiction = jurisdictionSchema(plainReference);
		const ok = jurisdiction.safeParse({ id: 'gaomi', name: '高密市', level: 'county-level city', parent: 'weifang' });
		assert.ok(ok.success);
		assert.deepEqual(ok.data.parent, { collection: 'jurisdictions', id: 'weifang' });
		const badId = jurisdiction.safeParse({ id: 'GaoMi', name: '高密市', level: 'county-level city' });
		assert.deepEqual(
			badId.error?.issues.map((i) => i.path.join('.')),
			['id'],
		);
		const badParent = jurisdiction.safeParse({ id: 'gaomi', name: '高密市', level: 'county-level city', parent: 'Wei Fang' });
		assert.deepEqual(
			badParent.error?.issues.map((i) => i.path.join('.')),
			['parent'],
		);
		const badLevel = jurisdiction.safeParse({ id: 'gaomi', name: '高密市', level: 'town' });
		assert.deepEqual(
			badLevel.error?.issues.map((i) => i.path.join('.')),
			['level'],
		);
	});

	test('theme ids', () => {
		assert.ok(themeSchema.safeParse({ id: 'street-reform', label: '街道体制改革', description: '街道职能转变。' }).success);
		const bad = themeSchema.safeParse({ id: 'street_reform', label: '街道体制改革', description: '街道职能转变。' });
		assert.deepEqual(
			bad.error?.issues.map((i) => i.path.join('.')),
			['id'],
		);
	});

	test('dimension ids', () => {
		const bad = dimensionSchema.safeParse({ id: 'Streets', label: '街道数', group: '基本情况', kind: 'practice', scope: '街道。' });
		assert.deepEqual(
			bad.error?.issues.map((i) => i.path.join('.')),
			['id'],
		);
	});
});
