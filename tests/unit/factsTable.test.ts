import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { FlatFact } from '../../src/lib/compareMatrix.ts';
import { docTypes } from '../../src/schemas/case.ts';
import { jurisdictionLevels } from '../../src/schemas/jurisdiction.ts';
import { buildFactRows, cellText, csvField, factColumnDocs, factColumns, paragraphUrl, factsJsonText, toCsv, toFactsJson, type FactLookups } from '../../src/lib/factsTable.ts';

const SCOPE = '社区直管党员人数，以原文口径为准。';
const lookups: FactLookups = {
	jurisdictions: new Map([['changsha', { name: '长沙市' }]]),
	dimensions: new Map([
		['party-members-count', { label: '党员数', group: '基本情况' as const, scope: SCOPE }],
		['street-internal-bodies', { label: '街道内设机构设置', group: '组织体系' as const, scope: '街道内设机构的设置模式。' }],
	]),
};

function fact(overrides: Partial<FlatFact> = {}): FlatFact {
	return {
		recordId: 'changsha-sixiang-zaizao',
		recordTitle: '长沙：四项再造',
		jurisdictionId: 'changsha',
		dimensionId: 'party-members-count',
		value: 7.44,
		unit: '万名',
		qualifier: undefined,
		quote: '对7.44万社区直管党员',
		note: undefined,
		paragraph: 13,
		href: '/cases/changsha-sixiang-zaizao/#p-13',
		display: '7.44万名',
		asOf: '2018-10-22',
		asOfIsRecordDate: true,
		docType: 'case-report',
		jurisdictionLevel: 'prefecture-level city',
		baseValue: 74400,
		baseUnit: '名',
		...overrides,
	};
}

const header = factColumns.join(',');

describe('buildFactRows', () => {
	test('one row per fact, columns in download order, names and labels looked up', () => {
		const [row] = buildFactRows([fact()], lookups);
		assert.deepEqual(Object.keys(row!), [...factColumns]);
		assert.deepEqual(row, {
			record: 'changsha-sixiang-zaizao',
			record_title: '长沙：四项再造',
			doc_type: 'case-report',
			jurisdiction: 'changsha',
			jurisdiction_name: '长沙市',
			jurisdiction_level: 'prefecture-level city',
			dimension: 'party-members-count',
			dimension_label: '党员数',
			dimension_group: '基本情况',
			dimension_scope: SCOPE,
			value: 7.44,
			unit: '万名',
			qualifier: null,
			base_value: 74400,
			base_unit: '名',
			year: 2018,
			year_source: 'record',
			quote: '对7.44万社区直管党员',
			note: null,
			paragraph: 13,
			paragraph_url: '/cases/changsha-sixiang-zaizao/#p-13',
		});
	});

	test('the column order is the documented one', () => {
		assert.deepEqual(
			[...factColumns],
			[
				'record',
				'record_title',
				'doc_type',
				'jurisdiction',
				'jurisdiction_name',
				'jurisdiction_level',
				'dimension',
				'dimension_label',
				'dimension_group',
				'dimension_scope',
				'value',
				'unit',
				'qualifier',
				'base_value',
				'base_unit',
				'year',
				'year_source',
				'quote',
				'note',
				'paragraph',
				'paragraph_url',
			],
		);
	});

	test('year: the source’s date for the figure (as_of), else the record’s (record), else none', () => {
		const year = (over: Partial<FlatFact>) => {
			const [row] = buildFactRows([fact(over)], lookups);
			return [row!.year, row!.year_source];
		};
		assert.deepEqual(year({ asOf: '2021', asOfIsRecordDate: false }), [2021, 'as_of']);
		assert.deepEqual(year({ asOf: '2022-03', asOfIsRecordDate: false }), [2022, 'as_of']);
		assert.deepEqual(year({ asOf: '2018-10-22', asOfIsRecordDate: true }), [2018, 'record']);
		assert.deepEqual(year({ asOf: null, asOfIsRecordDate: true }), [null, null]);
	});

	test('base value and unit as the fact carries them; none for a practice', () => {
		const [quantity, practice] = buildFactRows([fact(), fact({ value: '“6+2”模式', unit: undefined, baseValue: null, baseUnit: null })], lookups);
		assert.deepEqual([quantity!.value, quantity!.unit, quantity!.base_value, quantity!.base_unit], [7.44, '万名', 74400, '名']);
		assert.deepEqual([practice!.base_value, practice!.base_unit], [null, null]);
	});

	test('the document type and level columns document every id the schemas allow', () => {
		for (const [id, label] of Object.entries(docTypes)) {
			assert.ok(factColumnDocs.doc_type.zh.includes(`${id} ${label}`), `doc_type (zh) names ${id} ${label}`);
			assert.ok(factColumnDocs.doc_type.en.includes(id), `doc_type (en) names ${id}`);
		}
		for (const [id, label] of Object.entries(jurisdictionLevels)) {
			assert.ok(factColumnDocs.jurisdiction_level.zh.includes(`${id} ${label}`), `jurisdiction_level (zh) names ${id} ${label}`);
			assert.ok(factColumnDocs.jurisdiction_level.en.includes(id), `jurisdiction_level (en) names ${id}`);
		}
	});

	test('keeps the facts’ order', () => {
		const rows = buildFactRows([fact({ paragraph: 2 }), fact({ paragraph: 1 })], lookups);
		assert.deepEqual(rows.map((r) => r.paragraph), [2, 1]);
	});

	test('an unknown jurisdiction or dimension is an error, not an empty name', () => {
		assert.throws(() => buildFactRows([fact({ jurisdictionId: 'nowhere' })], lookups), /unknown jurisdiction “nowhere”/);
		assert.throws(() => buildFactRows([fact({ dimensionId: 'nothing' })], lookups), /unknown dimension “nothing”/);
	});
});

describe('paragraphUrl', () => {
	test('stays site-relative while no site is configured', () => {
		assert.equal(paragraphUrl('/cases/a/#p-3', undefined), '/cases/a/#p-3');
		assert.equal(buildFactRows([fact()], lookups)[0]!.paragraph_url, '/cases/changsha-sixiang-zaizao/#p-13');
	});

	test('is absolute on the configured site', () => {
		assert.equal(paragraphUrl('/cases/a/#p-3', 'https://cases.example.org'), 'https://cases.example.org/cases/a/#p-3');
		assert.equal(
			buildFactRows([fact()], lookups, 'https://cases.example.org/')[0]!.paragraph_url,
			'https://cases.example.org/cases/changsha-sixiang-zaizao/#p-13',
		);
	});
});

describe('csvField', () => {
	test('plain text, Chinese punctuation included, is not quoted', () => {
		assert.equal(csvField('对7.44万社区直管党员，实行量化积分管理'), '对7.44万社区直管党员，实行量化积分管理');
	});

	test('commas, quotes and line breaks are quoted; quotes doubled', () => {
		assert.equal(csvField('1,000名'), '"1,000名"');
		assert.equal(csvField('say "6+2"'), '"say ""6+2"""');
		assert.equal(csvField('a\nb'), '"a\nb"');
		assert.equal(csvField('a\r\nb'), '"a\r\nb"');
		assert.equal(csvField('a\rb'), '"a\rb"');
	});
});

describe('toCsv', () => {
	test('starts with a UTF-8 BOM, then the header row', () => {
		const csv = toCsv([]);
		assert.equal(csv.charCodeAt(0), 0xfeff);
		assert.equal(csv, `\uFEFF${header}\r\n`);
		assert.equal(Buffer.from(csv, 'utf8').subarray(0, 3).toString('hex'), 'efbbbf');
	});

	test('every line ends in CRLF, no bare LF', () => {
		const csv = toCsv(buildFactRows([fact(), fact({ paragraph: 14 })], lookups));
		assert.ok(csv.endsWith('\r\n'));
		assert.equal(csv.split('\r\n').length, 4, 'header, two rows, final empty string');
		assert.doesNotMatch(csv.replaceAll('\r\n', ''), /[\r\n]/);
	});

	test('a row: numbers as printed, absent fields empty, columns in order', () => {
		const csv = toCsv(buildFactRows([fact()], lookups));
		assert.equal(
			csv,
			`\uFEFF${header}\r\n` +
				'changsha-sixiang-zaizao,长沙：四项再造,case-report,changsha,长沙市,prefecture-level city,party-members-count,党员数,基本情况,社区直管党员人数，以原文口径为准。,7.44,万名,,74400,名,2018,record,对7.44万社区直管党员,,13,/cases/changsha-sixiang-zaizao/#p-13\r\n',
		);
	});

	test('commas, quotes and newlines in quotes and notes are escaped (only those fields quoted)', () => {
		const rows = buildFactRows(
			[
				fact({
					dimensionId: 'street-internal-bodies',
					value: '“6+2”模式',
					unit: undefined,
					baseValue: null,
					baseUnit: null,
					asOf: null,
					quote: '探索实行街道内设机构"6+2"模式, 即',
					note: '两行的注：\n第二行, 含 "引号"',
				}),
			],
			lookups,
		);
		const line = toCsv(rows).split('\r\n')[1]!;
		assert.equal(
			line,
			'changsha-sixiang-zaizao,长沙：四项再造,case-report,changsha,长沙市,prefecture-level city,street-internal-bodies,街道内设机构设置,组织体系,街道内设机构的设置模式。,“6+2”模式,,,,,,,' +
				'"探索实行街道内设机构""6+2""模式, 即","两行的注：\n第二行, 含 ""引号""",13,/cases/changsha-sixiang-zaizao/#p-13',
		);
	});

	test('a CRLF inside a field stays inside its quotes', () => {
		const csv = toCsv(buildFactRows([fact({ note: 'a\r\nb' })], lookups));
		assert.match(csv, /,"a\r\nb",13,/);
	});
	test('a CSV parser reads back exactly the cells written, awkward text included', () => {
		const awkward = ['a,b', 'say "hi"', 'line\nbreak', 'cr\r\nlf', '"', ',', ' padded ', '“全角”，（括号）'];
		const rows = buildFactRows(
			awkward.map((text, i) => fact({ value: i % 2 ? text : i, quote: text, note: text, qualifier: undefined, paragraph: i + 1 })),
			lookups,
		);
		const records = parse(toCsv(rows), { bom: true, record_delimiter: '\r\n' }) as string[][];
		assert.deepEqual(records, [[...factColumns], ...rows.map((row) => factColumns.map((c) => cellText(row[c])))]);
		assert.equal(records[2]![factColumns.indexOf('note')], 'say "hi"');
	});
});

describe('toFactsJson', () => {
	test('a description, the licence, the columns documented in order, the rows; no timestamp', () => {
		const json = toFactsJson(buildFactRows([fact()], lookups));
		assert.deepEqual(Object.keys(json), ['description', 'license', 'columns', 'facts']);
		assert.equal(json.license.url, 'https://creativecommons.org/licenses/by/4.0/');
		assert.deepEqual(Object.keys(json.columns), [...factColumns]);
		for (const c of factColumns) assert.ok(factColumnDocs[c].zh && factColumnDocs[c].en, `${c} is documented in both languages`);
		assert.match(json.description, /paragraph_url/);
		assert.match(json.description, /site-relative/);
		assert.doesNotMatch(JSON.stringify(json), /generated|\d{4}-\d{2}-\d{2}T/);
	});

	test('numbers stay numbers and text stays text through JSON', () => {
		const rows = buildFactRows([fact(), fact({ dimensionId: 'street-internal-bodies', value: '“6+2”模式', unit: undefined, paragraph: 5 })], lookups);
		const parsed = JSON.parse(JSON.stringify(toFactsJson(rows))) as ReturnType<typeof toFactsJson>;
		assert.equal(parsed.facts[0]!.value, 7.44);
		assert.equal(typeof parsed.facts[0]!.value, 'number');
		assert.equal(parsed.facts[1]!.value, '“6+2”模式');
		assert.equal(typeof parsed.facts[0]!.paragraph, 'number');
		assert.equal(parsed.facts[1]!.unit, null);
	});
});

describe('factsJsonText', () => {
	const rows = buildFactRows([fact(), fact({ dimensionId: 'street-internal-bodies', value: '“6+2”模式', unit: undefined, paragraph: 5, note: 'a\nb' })], lookups);

	test('parses back to exactly the JSON, keys in order', () => {
		const json = toFactsJson(rows);
		const parsed = JSON.parse(factsJsonText(json)) as typeof json;
		assert.deepEqual(parsed, json);
		assert.deepEqual(Object.keys(parsed), ['description', 'license', 'columns', 'facts']);
	});

	test('one row a line (a line break inside a value stays escaped), nothing indented, a final line break', () => {
		const lines = factsJsonText(toFactsJson(rows)).split('\n');
		assert.deepEqual(lines.slice(1, -2), rows.map((row, i) => `${JSON.stringify(row)}${i < rows.length - 1 ? ',' : ''}`));
		assert.match(lines[0]!, /^\{"description":.*"facts":\[$/);
		assert.deepEqual(lines.slice(-2), [']}', '']);
		assert.ok(lines.every((line) => !line.startsWith('\t') && !line.startsWith(' ')));
	});

	test('no rows is still valid JSON', () => {
		assert.deepEqual(JSON.parse(factsJsonText(toFactsJson([]))).facts, []);
	});
});
