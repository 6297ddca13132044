import { z } from 'astro/zod';
import { kebabId } from './references.ts';

export { dimensionGroups } from './dimensionGroups.ts';
import { dimensionGroups } from './dimensionGroups.ts';

/** Something records can be compared on (`content/dimensions.yaml`). */
export const dimensionSchema = z
	.object({
		/** ASCII kebab-case id. */
		id: kebabId,
		/** Short label (社区平均运转经费). */
		label: z.string().min(1),
		/** Comparison row group. */
		group: z.enum(dimensionGroups),
		/** `quantity`: a number with a unit; `practice`: a named practice or arrangement. */
		kind: z.enum(['quantity', 'practice']),
		/** Canonical unit for quantities (万元, 个, 人); facts may print it with 万/亿. */
		unit: z.string().min(1).optional(),
		/** Exactly what is counted, so unlike measures are never ranked together. */
		scope: z.string().min(1),
		/**
		 * Words a source uses when it states this practice or measure (大工委, 大党委). A record whose body
		 * has one, with no fact of this dimension and no reviewed `notThisPractice` entry, fails the
		 * content check: 未提及 must be true.
		 */
		keywords: z.array(z.string().min(1)).default([]),
	})
	.refine((d) => d.kind === 'practice' || d.unit !== undefined, {
		message: 'a quantity dimension needs a unit',
		path: ['unit'],
	});

export type DimensionData = z.output<typeof dimensionSchema>;
