import { z } from 'astro/zod';
import { kebabId } from './references.ts';

/** An entry of the short controlled theme list (`content/themes.yaml`). */
export const themeSchema = z.object({
	/** ASCII kebab-case id. */
	id: kebabId,
	/** Label as printed (组织体系). */
	label: z.string().min(1),
	/** One sentence on what the theme covers. */
	description: z.string().min(1),
});

export type ThemeData = z.output<typeof themeSchema>;
