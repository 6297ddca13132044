import type { Fact } from '../schemas/fact.ts';
import { locateQuote } from './checkLibrary.ts';
import { bodyBlocks, type BodyBlock } from './edition.ts';
import { paragraphId } from './rehypeParagraphAnchors.ts';

export interface ResolvedFact extends Fact {
	/** The ¶ number of the paragraph holding the quote. */
	paragraph: number;
	/** Its element id on the record page. */
	anchor: string;
}

/** Attaches to each fact the paragraph that holds its quote. Throws if one has none (checkLibrary reports it first). */
export function resolveFacts(body: string, facts: Fact[]): ResolvedFact[] {
	const blocks = bodyBlocks(body);
	return facts.map((fact) => {
		const location = locateQuote(blocks, fact.quote);
		if (!('block' in location)) throw new Error(`fact quote not in exactly one paragraph: “${fact.quote}”`);
		return { ...fact, paragraph: location.block.n, anchor: paragraphId(location.block.n) };
	});
}

/**
 * Headings of a body for a table of contents, with their level and anchor. With `runIns`, also the
 * run-in headings that open paragraphs in bold (**（一）出台规范化建设标准……**。 or **二是建立双报到机制**。),
 * one level below the heading they follow: the measures a record names, for the brief's outline.
 */
export function outline(body: string, options: { runIns?: boolean } = {}): { depth: number; text: string; anchor: string }[] {
	const raw = body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map((b) => b.trim()).filter(Boolean);
	const blocks = bodyBlocks(body);
	let section = 1;
	return raw.flatMap((block, i) => {
		const depth = block.match(/^(#{1,6})\s/)?.[1]?.length;
		if (depth) {
			section = depth;
			return [{ depth, text: blocks[i]!.text, anchor: paragraphId(blocks[i]!.n) }];
		}
		const runIn = options.runIns ? block.match(/^\*\*([^*]+)\*\*/)?.[1] : undefined;
		return runIn ? [{ depth: section + 1, text: runIn.trim().replace(/[。：:；;，,]$/, ''), anchor: paragraphId(blocks[i]!.n) }] : [];
	});
}

/** The ¶ number of the one paragraph holding `quote`, or undefined (checkLibrary has reported why). */
export function paragraphOf(blocks: BodyBlock[], quote: string): number | undefined {
	const where = locateQuote(blocks, quote);
	return 'block' in where ? where.block.n : undefined;
}
