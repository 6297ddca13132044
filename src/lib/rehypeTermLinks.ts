/**
 * Links the first occurrence of each glossary term per section of a record text (a section runs from
 * one heading to the next) to the term's page. Only an <a> is wrapped around existing text, so the
 * words that are copied, printed and indexed stay exactly the source's. Longer forms win over shorter
 * ones inside them (网格党建 before 党建), and nothing inside an existing link is touched.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

export interface LinkableTerm {
	id: string;
	/** The term and its aliases. */
	forms: string[];
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface FormEntry {
	form: string;
	id: string;
}

function linkTo(id: string, text: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { href: `/terms/${id}/`, className: ['term-link'] },
		children: [{ type: 'text', value: text }],
	};
}

/**
 * Splits one text node at the forms it contains, left to right, longest form first at a position;
 * links a form if its term is not linked yet in this section, else leaves it (and what it contains)
 * as text. Returns the new children, or undefined when nothing was linked.
 */
function linkInText(node: Text, forms: FormEntry[], linked: Set<string>): ElementContent[] | undefined {
	const out: ElementContent[] = [];
	let from = 0;
	let plainFrom = 0;
	let changed = false;
	for (;;) {
		let best: { at: number; entry: FormEntry } | undefined;
		for (const entry of forms) {
			const at = node.value.indexOf(entry.form, from);
			if (at !== -1 && (!best || at < best.at || (at === best.at && entry.form.length > best.entry.form.length))) best = { at, entry };
		}
		if (!best) break;
		const end = best.at + best.entry.form.length;
		if (!linked.has(best.entry.id)) {
			linked.add(best.entry.id);
			if (best.at > plainFrom) out.push({ type: 'text', value: node.value.slice(plainFrom, best.at) });
			out.push(linkTo(best.entry.id, best.entry.form));
			plainFrom = end;
			changed = true;
		}
		from = end;
	}
	if (!changed) return undefined;
	if (plainFrom < node.value.length) out.push({ type: 'text', value: node.value.slice(plainFrom) });
	return out;
}

function walk(parent: Element, forms: FormEntry[], linked: Set<string>) {
	for (let i = 0; i < parent.children.length; i++) {
		const child = parent.children[i]!;
		if (child.type === 'text') {
			const replaced = linkInText(child, forms, linked);
			if (replaced) {
				parent.children.splice(i, 1, ...replaced);
				i += replaced.length - 1;
			}
		} else if (child.type === 'element' && child.tagName !== 'a') walk(child, forms, linked);
	}
}

export function rehypeTermLinks(options: { terms: LinkableTerm[] }) {
	// Longest forms first, so a term inside a longer term is not linked in its place.
	const forms = options.terms
		.flatMap((t) => t.forms.map((form) => ({ form, id: t.id })))
		.filter((f) => f.form.length > 0)
		.sort((a, b) => b.form.length - a.form.length);
	return (tree: Root) => {
		if (forms.length === 0) return;
		let linked = new Set<string>();
		for (const node of tree.children) {
			if (node.type !== 'element') continue;
			if (headingTags.has(node.tagName)) {
				linked = new Set(); // a new section: each term may be linked again once
				continue;
			}
			walk(node, forms, linked);
		}
	};
}
