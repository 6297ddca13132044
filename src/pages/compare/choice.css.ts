import { getComparisonColumns } from '../../data/library.ts';
import { compareChoiceStyles, groupAnchor } from '../../lib/compareMatrix.ts';
import { dimensionGroups } from '../../schemas/dimension.ts';

/** /compare/choice.css: the column and group choice of the comparison pages, as CSS (no script). */
export async function GET(): Promise<Response> {
	const columns = await getComparisonColumns();
	const css = compareChoiceStyles(
		columns.map((c) => c.id),
		dimensionGroups.map(groupAnchor),
	);
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
