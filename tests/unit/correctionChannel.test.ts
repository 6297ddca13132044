import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { correctionLinks, hasChannel, readCorrectionChannel } from '../../src/lib/correctionChannel.ts';

const record = { id: 'changsha-sixiang-zaizao', title: '湖南长沙市：实施“四项再造”', url: 'https://cases.example.org/cases/changsha-sixiang-zaizao/' };

describe('readCorrectionChannel', () => {
	test('unset or empty: no channel', () => {
		assert.deepEqual(readCorrectionChannel({}), { url: undefined, email: undefined });
		assert.equal(hasChannel(readCorrectionChannel({ CORRECTIONS_URL: ' ', CORRECTIONS_EMAIL: '' }) as object), false);
	});

	test('an http(s) address with placeholders, an e-mail address', () => {
		const channel = readCorrectionChannel({ CORRECTIONS_URL: 'https://github.com/o/r/issues/new?title={id}&body={url}', CORRECTIONS_EMAIL: 'fix@example.org' });
		assert.deepEqual(channel, { url: 'https://github.com/o/r/issues/new?title={id}&body={url}', email: 'fix@example.org' });
	});

	test('a malformed value is refused, naming the variable', () => {
		assert.match((readCorrectionChannel({ CORRECTIONS_URL: 'github.com/o/r/issues' }) as { problem: string }).problem, /^CORRECTIONS_URL must be an http\(s\) address/);
		assert.match((readCorrectionChannel({ CORRECTIONS_URL: 'javascript:alert(1)' }) as { problem: string }).problem, /^CORRECTIONS_URL/);
		assert.match((readCorrectionChannel({ CORRECTIONS_EMAIL: 'fix at example.org' }) as { problem: string }).problem, /^CORRECTIONS_EMAIL must be one e-mail address/);
		assert.match((readCorrectionChannel({ CORRECTIONS_EMAIL: 'a@b.org?cc=c@d.org' }) as { problem: string }).problem, /^CORRECTIONS_EMAIL/);
	});
});

describe('correctionLinks', () => {
	test('none without a channel', () => {
		assert.deepEqual(correctionLinks({}, record), []);
	});

	test('the tracker with the record’s id, address and title filled in, encoded', () => {
		const [link] = correctionLinks({ url: 'https://github.com/o/r/issues/new?title=更正：{id}&body={url}%0A{title}' }, record);
		assert.equal(link!.kind, 'url');
		const url = new URL(link!.href);
		assert.equal(url.searchParams.get('title'), `更正：${record.id}`);
		assert.equal(url.searchParams.get('body'), `${record.url}\n${record.title}`);
		assert.doesNotMatch(link!.href, /[^\x21-\x7e]/, 'ASCII only');
	});

	test('a tracker address without placeholders is linked as given', () => {
		assert.equal(correctionLinks({ url: 'https://example.org/contact' }, record)[0]!.href, 'https://example.org/contact');
	});

	test('a mail with the record’s id in the subject and its address in the body', () => {
		const [link] = correctionLinks({ email: 'fix@example.org' }, record);
		assert.equal(link!.kind, 'email');
		const url = new URL(link!.href);
		assert.equal(url.protocol, 'mailto:');
		assert.equal(url.pathname, 'fix@example.org');
		assert.equal(url.searchParams.get('subject'), `更正：${record.id}`);
		assert.equal(url.searchParams.get('body'), record.url);
		assert.equal(link!.text, '发邮件至 fix@example.org');
	});

	test('both: the tracker first', () => {
		assert.deepEqual(
			correctionLinks({ url: 'https://example.org/new', email: 'fix@example.org' }, record).map((l) => l.kind),
			['url', 'email'],
		);
	});
});
