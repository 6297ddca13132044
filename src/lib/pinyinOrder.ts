/**
 * Pinyin order for the glossary, by the pinyin-pro library (a kept dictionary with polyphone
 * handling in context, not a hand-made table): by toneless syllables, then tone, then the characters.
 */
import { pinyin } from 'pinyin-pro';

/** Toneless and toned pinyin of a term, e.g. 双报到 → ["shuang bao dao", "shuāng bào dào"]. */
export function pinyinKey(term: string): { plain: string; toned: string } {
	return { plain: pinyin(term, { toneType: 'none', nonZh: 'consecutive' }), toned: pinyin(term, { toneType: 'num', nonZh: 'consecutive' }) };
}

/** Sorts items by the pinyin of their term; Latin letters and digits sort by themselves. */
export function sortByPinyin<T>(items: T[], termOf: (item: T) => string): T[] {
	const keyed = items.map((item) => ({ item, term: termOf(item), key: pinyinKey(termOf(item)) }));
	keyed.sort((a, b) => a.key.plain.localeCompare(b.key.plain, 'en') || a.key.toned.localeCompare(b.key.toned, 'en') || a.term.localeCompare(b.term, 'zh-CN'));
	return keyed.map((k) => k.item);
}

/** The initial letter a term files under (A–Z), '#' for digits and others. */
export function pinyinInitial(term: string): string {
	const first = pinyinKey(term).plain.trim().charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}
