import { z } from 'astro/zod';
import type { ReferenceField } from './references.ts';

/** Approximation words as the sources print them; kept so that 50多亿 never becomes 50亿. */
export const qualifiers = ['多', '余', '不少于', '至少', '近', '约', '左右', '以上', '超过', '突破'] as const;
export type Qualifier = (typeof qualifiers)[number];

/** One structured fact of a record, traceable to the words it comes from. */
export const factSchema = (reference: ReferenceField) =>
	z.object({
		/** What is measured or named: an entry of `content/dimensions.yaml`. */
		dimension: reference('dimensions'),
		/** The value as the source states it: a number for quantities (7.44 with unit 万名), text for named practices. */
		value: z.union([z.number(), z.string().min(1)]),
		/** Unit as printed, including 万/亿 multipliers (万名, 亿元, 平方米, 个). */
		unit: z.string().min(1).optional(),
		/** Approximation the source attaches to the number (多, 余, 不少于, 近, 左右 …). */
		qualifier: z.enum(qualifiers).optional(),
		/** Verbatim words from the body that state this fact; the build fails if they are not in the body. */
		quote: z.string().min(2),
		/** Editorial remark: what exactly is counted, caveats, relation to other facts. */
		note: z.string().min(1).optional(),
		/**
		 * When the figure or practice is dated by the source itself (截至2021年底 → "2021", 2022年3月 →
		 * "2022-03"); absent when the source does not say, and the record's date stands for it.
		 */
		asOf: z
			.string()
			.regex(/^\d{4}(-\d{2})?$/, 'a year "YYYY" or a month "YYYY-MM", as a quoted string')
			.optional(),
	});

export type Fact = z.output<ReturnType<typeof factSchema>>;
