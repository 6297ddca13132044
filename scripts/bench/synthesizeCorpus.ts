/**
 * Synthetic corpora for the scale benchmark: n records made from the real ones, so that a build of
 * 100, 1,000 or 5,000 records can be timed before the library has them.
 *
 * Record i copies real record i mod 8 (copy k = ⌊i / 8⌋): its paragraphs shuffled (headings stay in
 * place), its places renamed (湖南/长沙 → two made-up characters, in the title, body, frontmatter and
 * quotes alike). Every fact, figure and editorial note keeps its quote, which must still sit in
 * exactly one paragraph (the generator throws otherwise, rather than drop a fact). Each record gets an
 * archive (its body's text under a provenance line) and rules that need no import, so the build's
 * edition check verifies it like a real one. Places: provinces and municipalities come from a fixed
 * pool (31, as in China), so they are shared; each copy adds its own cities (4 per 8 records).
 * Speeches of copy k belong to a conference of their own. Dimensions and themes are the real files;
 * the glossary is the real one with quoted definitions pointing at copy 0 of their record.
 *
 * Deterministic: the same (content, n, seed) gives the same bytes.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { locateQuote } from '../../src/lib/checkLibrary.ts';
import { bodyBlocks } from '../../src/lib/edition.ts';
import { splitFrontmatter } from '../../src/lib/readContent.ts';

export interface SynthesisReport {
	records: number;
	jurisdictions: number;
	events: number;
	facts: number;
}

interface RawPlace {
	id: string;
	name: string;
	level: string;
	parent?: string;
}

interface RawRecord {
	id: string;
	frontmatter: Record<string, any>;
	body: string;
}

/** Province-level units in the pool (27 provinces and 4 municipalities, as in China). */
const provincePool = 27;
const municipalityPool = 4;

/** Characters for made-up place names; those of real place names are removed at run time. */
const nameChars =
	'安宁平阳和兴华丰永昌德隆嘉林临武文昭远宜春秀云霞岚松柏桐榆梧枫荷莲溪澜渠滨湾洲屿峰岭岩坪垣堡塘埠渡桥庄集寨营苑汀沁泓浦洛渭汾淇沅漓潞泰康鹤鸣凤麟瑞祥福禄寿乐恒瀚博雅韶曲靖玉金银铜锦绣翠碧青蓝白赤黄紫';

/** mulberry32: a small seeded PRNG, enough for shuffles and names. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates, in place. */
function shuffle<T>(items: T[], random: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}

/** A place name without its level suffix (湖南省 → 湖南, 长沙市 → 长沙): what the texts mostly write. */
function shortName(name: string): string {
	return name.replace(/[省市]$/, '');
}

/** Made-up two-character names, never repeated and never sharing a character with a real place name. */
function nameMaker(realNames: string[], random: () => number): () => string {
	const banned = new Set(realNames.join(''));
	const pool = Array.from(nameChars).filter((c) => !banned.has(c));
	const used = new Set<string>();
	return () => {
		for (;;) {
			const name = pool[Math.floor(random() * pool.length)]! + pool[Math.floor(random() * pool.length)]!;
			if (name[0] !== name[1] && !used.has(name)) {
				used.add(name);
				return name;
			}
		}
	};
}

/** Shuffles a body's paragraphs; headings keep their positions, so the outline still reads. */
function shuffleParagraphs(body: string, random: () => number): string {
	const blocks = body
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((raw) => raw.trim())
		.filter((raw) => raw !== '');
	const slots = blocks.flatMap((b, i) => (/^#{1,6}\s/.test(b) ? [] : [i]));
	const moved = shuffle(slots.map((i) => blocks[i]!), random);
	slots.forEach((slot, j) => (blocks[slot] = moved[j]!));
	return `${blocks.join('\n\n')}\n`;
}

/** Replaces every real place name of the map at once (so one replacement never feeds another). */
function renamer(map: Map<string, string>): (text: string) => string {
	if (map.size === 0) return (text) => text;
	const pattern = new RegExp([...map.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');
	return (text) => text.replace(pattern, (m) => map.get(m)!);
}

/** Throws unless every quote of the record lands in exactly one paragraph of its new body. */
function assertQuotesResolve(id: string, frontmatter: Record<string, any>, body: string): void {
	const blocks = bodyBlocks(body);
	const quotes: string[] = [
		...(frontmatter.facts ?? []).map((f: { quote: string }) => f.quote),
		...(frontmatter.figures ?? []).map((f: { quote: string }) => f.quote),
		...(frontmatter.editorialNotes ?? []).map((f: { quote: string }) => f.quote),
	];
	for (const quote of quotes)
		if (!('block' in locateQuote(blocks, quote))) throw new Error(`synthetic record ${id}: quote no longer in exactly one paragraph: “${quote}”`);
}

function readRecords(contentDir: string): RawRecord[] {
	const dir = join(contentDir, 'cases');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((f) => {
			const filePath = join(dir, f);
			const { frontmatter, body } = splitFrontmatter(readFileSync(filePath, 'utf8'), filePath);
			return { id: f.replace(/\.mdx$/, ''), frontmatter: frontmatter as Record<string, any>, body };
		});
}

const dump = (value: unknown) => yaml.dump(value, { lineWidth: -1, noRefs: true });

/** The places of the synthetic corpus: a shared pool of province-level units, cities made per copy. */
class PlaceMaker {
	readonly places = new Map<string, RawPlace>();
	private readonly real: Map<string, RawPlace>;
	private readonly provinceSlots: string[];
	private readonly newName: () => string;
	private readonly pool = new Map<string, RawPlace>();

	constructor(real: RawPlace[], random: () => number) {
		this.real = new Map(real.map((p) => [p.id, p]));
		this.provinceSlots = real.filter((p) => p.level === 'province').map((p) => p.id);
		this.newName = nameMaker(
			real.map((p) => p.name),
			random,
		);
	}

	/** The synthetic place standing for real place `id` in copy `k`, created (with its parents) on first use. */
	placeFor(id: string, k: number): RawPlace {
		const real = this.real.get(id)!;
		if (real.level === 'province') return this.fromPool('province', (k * this.provinceSlots.length + this.provinceSlots.indexOf(id)) % provincePool);
		if (real.level === 'municipality') return this.fromPool('municipality', k % municipalityPool);
		const synthId = `place-${k + 1}-${id}`;
		const existing = this.places.get(synthId);
		if (existing) return existing;
		const parent = real.parent ? this.placeFor(real.parent, k) : undefined;
		const place: RawPlace = { id: synthId, name: `${this.newName()}市`, level: real.level, ...(parent ? { parent: parent.id } : {}) };
		this.places.set(synthId, place);
		return place;
	}

	/** Real short name → synthetic short name for the place and every place above it. */
	renames(id: string, k: number): Map<string, string> {
		const map = new Map<string, string>();
		for (let real = this.real.get(id); real; real = real.parent ? this.real.get(real.parent) : undefined)
			map.set(shortName(real.name), shortName(this.placeFor(real.id, k).name));
		return map;
	}

	private fromPool(level: 'province' | 'municipality', slot: number): RawPlace {
		const key = `${level}-${slot}`;
		let place = this.pool.get(key);
		if (!place) {
			place = { id: level === 'province' ? `province-${slot + 1}` : `municipality-${slot + 1}`, name: `${this.newName()}${level === 'province' ? '省' : '市'}`, level };
			this.pool.set(key, place);
			this.places.set(place.id, place);
		}
		return place;
	}
}

/**
 * Writes a content folder of `n` synthetic records to `outDir` (cases/, sources/ and the data files),
 * made from the real content at `realContentDir`. `n` must be at least the number of real records, so
 * that every glossary term still occurs and every quoted definition has its record.
 */
export function synthesizeCorpus(realContentDir: string, outDir: string, n: number, seed = 1): SynthesisReport {
	const bases = readRecords(realContentDir);
	if (n < bases.length) throw new Error(`synthesizeCorpus: n must be at least ${bases.length} (one copy of each real record)`);
	const random = seededRandom(seed);
	const realPlaces = yaml.load(readFileSync(join(realContentDir, 'jurisdictions.yaml'), 'utf8')) as RawPlace[];
	const realEvents = yaml.load(readFileSync(join(realContentDir, 'events.yaml'), 'utf8')) as Record<string, any>[];
	const realTerms = yaml.load(readFileSync(join(realContentDir, 'terms.yaml'), 'utf8')) as Record<string, any>[];
	const places = new PlaceMaker(realPlaces, random);
	mkdirSync(join(outDir, 'cases'), { recursive: true });
	mkdirSync(join(outDir, 'sources'), { recursive: true });

	const width = String(n).length;
	const recordId = (i: number) => `s${String(i + 1).padStart(width, '0')}-${bases[i % bases.length]!.id}`;
	const events = new Map<string, Record<string, any>>();
	let facts = 0;
	for (let i = 0; i < n; i++) {
		const base = bases[i % bases.length]!;
		const k = Math.floor(i / bases.length);
		const id = recordId(i);
		const jurisdiction: string = base.frontmatter.jurisdiction;
		const rename = renamer(places.renames(jurisdiction, k));
		const frontmatter = yaml.load(rename(dump(base.frontmatter))) as Record<string, any>;
		const body = shuffleParagraphs(rename(base.body), random);
		frontmatter.jurisdiction = places.placeFor(jurisdiction, k).id;
		frontmatter.source = { file: `${id}.txt` };
		if (frontmatter.event) frontmatter.event = synthesizeEvent(events, realEvents, frontmatter.event, k);
		assertQuotesResolve(id, frontmatter, body);
		facts += (frontmatter.facts ?? []).length;
		writeFileSync(join(outDir, 'cases', `${id}.mdx`), `---\n${dump(frontmatter)}---\n\n${body}`);
		writeSource(outDir, id, base.id, body);
	}

	writeFileSync(
		join(outDir, 'jurisdictions.yaml'),
		`# Synthetic places (scripts/bench/synthesizeCorpus.ts): made-up names, the real levels and nesting.\n${dump([...places.places.values()])}`,
	);
	writeFileSync(join(outDir, 'events.yaml'), `# Synthetic conferences, one per copy of the real speeches.\n${dump([...events.values()])}`);
	writeFileSync(join(outDir, 'terms.yaml'), `# The real glossary; quoted definitions point at copy 0 of their record.\n${dump(synthesizeTerms(realTerms, bases, places, recordId))}`);
	for (const name of ['dimensions.yaml', 'themes.yaml']) copyFileSync(join(realContentDir, name), join(outDir, name));
	return { records: n, jurisdictions: places.places.size, events: events.size, facts };
}

/** The conference of copy `k` standing for the real event `realId`. */
function synthesizeEvent(events: Map<string, Record<string, any>>, realEvents: Record<string, any>[], realId: string, k: number): string {
	const id = `${realId}-copy-${k + 1}`;
	if (!events.has(id)) {
		const real = realEvents.find((e) => e.id === realId)!;
		events.set(id, { ...real, id, name: `${real.name}（合成样本${k + 1}）` });
	}
	return id;
}

/** The archive (the body's words under a provenance line) and rules that remove that line, with no import. */
function writeSource(outDir: string, id: string, baseId: string, body: string): void {
	const marker = `来源：合成样本 ${id}`;
	const archive = [marker, ...bodyBlocks(body).map((b) => b.text)].join('\n');
	writeFileSync(join(outDir, 'sources', `${id}.txt`), `${archive}\n`);
	const rules = {
		source: `${id}.txt`,
		record: id,
		script: 'simplified',
		steps: [{ op: 'removeLines', lines: [marker], reason: 'Provenance line of the synthetic archive (benchmark corpus), not part of the text.' }],
	};
	writeFileSync(
		join(outDir, 'sources', `${id}.rules.ts`),
		`/** Synthetic edition rules: ${id} is ${baseId} with its paragraphs shuffled and its places renamed. No import, so it loads from a temporary folder. */\nexport default ${JSON.stringify(rules, null, '\t')};\n`,
	);
}

/** The real glossary, each quoted definition moved (and renamed) to copy 0 of its record. */
function synthesizeTerms(realTerms: Record<string, any>[], bases: RawRecord[], places: PlaceMaker, recordId: (i: number) => string): Record<string, any>[] {
	return realTerms.map((term) => {
		if (term.definition?.kind !== 'quoted') return term;
		const b = bases.findIndex((r) => r.id === term.definition.record);
		if (b === -1) return term;
		const rename = renamer(places.renames(bases[b]!.frontmatter.jurisdiction, 0));
		return { ...term, definition: { ...term.definition, text: rename(term.definition.text), record: recordId(b) } };
	});
}
