/**
 * The bad-content fixtures at unit speed: the same mutations the build tests make, checked with
 * readContent() + checkLibrary() (what the build's edition-check integration runs).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkLibrary } from '../../src/lib/checkLibrary.ts';
import { readContent } from '../../src/lib/readContent.ts';
import { badContentFixtures, copyContent } from '../fixtures/bad-content.ts';

function contentProblems(contentDir: string): string[] {
	const { library, problems } = readContent(contentDir);
	return [...problems, ...checkLibrary(library)];
}

describe('content fixtures (readContent + checkLibrary)', () => {
	test('the unmutated copy has no problems', () => {
		const copy = copyContent();
		try {
			assert.deepEqual(contentProblems(copy.contentDir), []);
		} finally {
			copy.cleanup();
		}
	});

	for (const fixture of badContentFixtures) {
		test(`${fixture.name}: a problem names ${fixture.expect.file} and ${fixture.expect.field}`, () => {
			const copy = copyContent(fixture);
			try {
				const problems = contentProblems(copy.contentDir);
				assert.ok(problems.length > 0, 'the mutation is reported');
				const named = problems.filter((p) => {
					const [file, ...rest] = p.split(': ');
					return file!.includes(fixture.expect.file) && rest.includes(fixture.expect.field);
				});
				assert.ok(named.length > 0, `no problem names ${fixture.expect.file} and ${fixture.expect.field}:\n${problems.join('\n')}`);
				assert.ok(named[0]!.startsWith(copy.contentDir), 'the file is named by its path in the checked folder');
				assert.ok(
					named.some((p) => fixture.expect.says.test(p)),
					`no problem on ${fixture.expect.field} says ${fixture.expect.says}:\n${named.join('\n')}`,
				);
			} finally {
				copy.cleanup();
			}
		});
	}
});
