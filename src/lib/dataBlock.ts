/**
 * Which <script> elements run. The HTML standard ("prepare the script element") runs a script only
 * when its type is a JavaScript MIME type, `module`, `importmap` or `speculationrules`; any other type
 * makes the element a data block, which the browser never executes — so it is not code a page ships,
 * and CSP's script-src never applies to it (the check happens only for scripts that would run). A
 * record's JSON-LD (`application/ld+json`) is such a block.
 */

/** The JavaScript MIME type essences (HTML standard, "JavaScript MIME type"). */
const javaScriptTypes = new Set([
	'application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript',
	'text/ecmascript', 'text/javascript', 'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2', 'text/javascript1.3',
	'text/javascript1.4', 'text/javascript1.5', 'text/jscript', 'text/livescript', 'text/x-ecmascript', 'text/x-javascript',
]); // prettier-ignore

/** True when a <script> with these `type` and `language` attributes (undefined when absent) is a data block, never run. */
export function isDataBlock(type: string | undefined, language?: string): boolean {
	let blockType: string;
	if (type !== undefined) blockType = type;
	else if (language !== undefined && language !== '') blockType = `text/${language}`;
	else return false;
	blockType = blockType.trim().toLowerCase();
	if (blockType === '' || javaScriptTypes.has(blockType)) return false;
	return !['module', 'importmap', 'speculationrules'].includes(blockType);
}

/** A `type` or `language` attribute's value from a tag's attribute text (`type="module" defer`), undefined when absent. */
export function attributeValue(attributes: string, name: 'type' | 'language'): string | undefined {
	const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes) ?? new RegExp(`(?:^|\\s)${name}(?=\\s|$)`, 'i').exec(attributes);
	if (!match) return undefined;
	return match[1] ?? match[2] ?? match[3] ?? '';
}
