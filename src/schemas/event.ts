import { z } from 'astro/zod';
import { partialDate } from './partialDate.ts';
import { kebabId } from './references.ts';

/** A conference or meeting whose speeches are records (`content/events.yaml`). */
export const eventSchema = z.object({
	/** ASCII kebab-case id used in URLs (/events/<id>/). */
	id: kebabId,
	/** Name as the source prints it. */
	name: z.string().min(1),
	/** Date at the precision the source gives, or null when it gives none. */
	date: partialDate.nullable(),
	/** How many speeches the source collection says it contains (摘登(8篇) → 8). */
	speechesInCollection: z.number().int().positive(),
	/** What the archive carries and lacks, said plainly. */
	note: z.string().min(1),
});

export type EventData = z.output<typeof eventSchema>;
