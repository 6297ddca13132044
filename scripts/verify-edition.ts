/**
 * Checks that every record body equals its archived source under its written editorial rules.
 * Exit 1 with the first differing sentence of each failing record.
 *
 *   node scripts/verify-edition.ts [content-dir]
 */
import { verifyEditions } from '../src/lib/verifyEditions.ts';

const reports = await verifyEditions(process.argv[2] ?? process.env.LIBRARY_CONTENT_DIR ?? 'content');
let failed = 0;
for (const r of reports) {
	if (r.problem) {
		failed++;
		console.error(`✗ ${r.record}: ${r.problem}`);
	} else console.log(`✓ ${r.record}: ${r.blocks} blocks equal ${r.source} under its rules`);
}
if (failed) {
	console.error(`${failed} edition(s) are not faithful to their sources.`);
	process.exit(1);
}
