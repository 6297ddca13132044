/**
 * Gives every top-level block of a record body (paragraphs and headings) a stable id `p-N` in source
 * order — the same numbering as `bodyBlocks`, so facts resolve to the paragraph that holds their
 * quote — and gives each paragraph a visible ¶ link. The link is excluded from search indexing and
 * from selection, so copied, printed and indexed text stays the source's text.
 */
import type { Element, ElementContent, Root } from 'hast';

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The id of the N-th body block. */
export const paragraphId = (n: number): string => `p-${n}`;

function pilcrowLink(n: number): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: {
			className: ['pilcrow'],
			href: `#${paragraphId(n)}`,
			title: `第${n}段：链接与引文`,
			dataPagefindIgnore: '',
		},
		children: [{ type: 'text', value: `¶${n}` }],
	};
}

export function rehypeParagraphAnchors() {
	return (tree: Root) => {
		let n = 0;
		for (const node of tree.children) {
			if (node.type !== 'element' || !blockTags.has(node.tagName)) continue;
			n++;
			node.properties.id = paragraphId(n);
			if (node.tagName === 'p') {
				node.properties.className = ['para'];
				node.children.unshift(pilcrowLink(n) as ElementContent);
			}
		}
	};
}
