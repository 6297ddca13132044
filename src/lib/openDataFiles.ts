/**
 * The bulk downloads of /data/ and how /data/ states their sizes. The page renders before the files
 * exist, so it writes a placeholder per file (`<span data-file-size="facts.csv">`) that the openDataFiles
 * integration fills in once they are written. Pure, so that the integration and the tests share it.
 */

/** The bulk files under /data/, each also written gzip-compressed beside it (facts.csv.gz …). */
export const bulkFiles = ['cases.json', 'facts.csv', 'facts.json', 'terms.json', 'texts.jsonl'] as const;

export type BulkFile = (typeof bulkFiles)[number];

/** A placeholder naming a folder (ending in /) states the total of the files in it: the per-record files. */
export const recordFilesFolder = 'cases/';

/** The records' own text files (texts/<id>.jsonl), whose total /data/ states too. */
export const recordTextsFolder = 'texts/';

/** What a placeholder says until the build fills it in (the dev server never does). */
export const sizePending = '大小于构建时写入';

const KB = 1024;
const MB = KB * KB;

/**
 * A size as the site's texts write sizes: binary units, one decimal below 100 (812 字节, 7.4 KB,
 * 164 KB, 28.6 MB, 143 MB). A size that would round to 1024 KB is written in MB.
 */
export function formatSize(bytes: number): string {
	if (bytes < KB) return `${bytes} 字节`;
	const [value, unit] = bytes < MB - KB / 2 ? [bytes / KB, 'KB'] : [bytes / MB, 'MB'];
	const tenths = Math.round(value * 10) / 10;
	return `${tenths < 100 ? tenths.toFixed(1) : Math.round(value)} ${unit}`;
}

/** A placeholder: its opening tag (with the file's name), its text, its closing tag. */
const placeholder = /(<span\b[^>]*\bdata-file-size="([^"]+)"[^>]*>)([^<]*)(<\/span>)/g;

/** The files a page states the size of, each with the text it states, in page order. */
export function statedSizes(html: string): { name: string; text: string }[] {
	return [...html.matchAll(placeholder)].map((m) => ({ name: m[2]!, text: m[3]! }));
}

/** The page with each placeholder's text replaced by its file's size; `sizeOf` takes the name the placeholder gives. */
export function fillFileSizes(html: string, sizeOf: (name: string) => number): string {
	return html.replace(placeholder, (_whole, open: string, name: string, _text: string, close: string) => `${open}${formatSize(sizeOf(name))}${close}`);
}
