import assert from 'node:assert/strict';
import { test } from 'node:test';
import { libraryLicence, openDataLicence } from '../../src/lib/licence.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { sourceRights } from '../../src/lib/sourceRights.ts';
import { realContentDir } from '../fixtures/bad-content.ts';

const { library } = readContent(realContentDir);
const rightsOf = (id: string) => sourceRights(library.cases.find((c) => c.id === id)!.data);

test('a web article: its author and where it was published; reproduced as a published article', () => {
	assert.deepEqual(rightsOf('changsha-sixiang-zaizao'), {
		parties: [
			{ label: '作者', value: '中共长沙市委组织部' },
			{ label: '发布', value: '人民网-中国共产党新闻网' },
		],
		authorUnknown: false,
		reproducedAs: '这篇公开发表的文章',
	});
});

test('a policy document without author: said so, with the repost it is known from', () => {
	assert.deepEqual(rightsOf('guizhou-jiedao-shequ-xianjinxing-jianshe'), {
		parties: [{ label: '转载', value: '遵义医学院附属医院（2008年8月7日）' }],
		authorUnknown: true,
		reproducedAs: '这份公开发布的政策文件',
	});
});

test('a speech: the speaking organisation', () => {
	assert.deepEqual(rightsOf('conference-2022-shanxi').parties, [{ label: '发言单位', value: '山西省委组织部' }]);
	assert.equal(rightsOf('conference-2022-shanxi').reproducedAs, '这篇公开发表的会议发言');
});

test('every record names at least one party or says the author is unknown', () => {
	for (const c of library.cases) {
		const rights = sourceRights(c.data);
		assert.ok(rights.parties.length > 0 || rights.authorUnknown, c.id);
	}
});

test('the data files’ licence is CC BY 4.0 and says the source texts are not under it', () => {
	assert.equal(openDataLicence.spdx, 'CC-BY-4.0');
	assert.equal(openDataLicence.url, libraryLicence.url);
	assert.match(openDataLicence.scope, /不在本许可之内/);
	assert.match(openDataLicence.scope, /not covered/);
});
