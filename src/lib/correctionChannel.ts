/**
 * Where a reader reports an error or a rights holder asks for removal: an issue tracker and/or an
 * address the deployer configures (CORRECTIONS_URL, CORRECTIONS_EMAIL; read in astro.config.mjs). Every
 * record page links it with the record named; a build without either shows none — never a guessed one.
 */

/** The configured channel; both parts optional. */
export interface CorrectionChannel {
	/** A web form or issue tracker; `{id}`, `{url}` and `{title}` in it are filled in per record. */
	url?: string | undefined;
	/** An e-mail address; the message's subject names the record, its body gives the record's address. */
	email?: string | undefined;
}

/** The record a report is about. */
export interface ReportedRecord {
	id: string;
	title: string;
	/** The record page's address (absolute when the site's address is known). */
	url: string;
}

/** A link to the channel, made for one record. */
export interface CorrectionLink {
	kind: 'url' | 'email';
	href: string;
	text: string;
}

/** Placeholders a CORRECTIONS_URL may hold, e.g. GitHub's `…/issues/new?title=更正：{id}&body={url}`. */
const placeholder = /\{(id|url|title)\}/g;

/** An e-mail address as far as a link needs: no spaces, one @, nothing a mailto URL would read as syntax. */
const emailPattern = /^[^\s@?&#/:]+@[^\s@?&#/:]+\.[^\s@?&#/:]+$/;

/**
 * The channel from the environment's values, or the first problem with them (a message naming the
 * variable). Empty values count as unset.
 */
export function readCorrectionChannel(env: { CORRECTIONS_URL?: string | undefined; CORRECTIONS_EMAIL?: string | undefined }): CorrectionChannel | { problem: string } {
	const url = env.CORRECTIONS_URL?.trim() || undefined;
	const email = env.CORRECTIONS_EMAIL?.trim() || undefined;
	if (url !== undefined) {
		let parsed: URL | undefined;
		try {
			parsed = new URL(url.replace(placeholder, 'x'));
		} catch {
			parsed = undefined;
		}
		if (!parsed || !/^https?:$/.test(parsed.protocol)) return { problem: `CORRECTIONS_URL must be an http(s) address, e.g. https://github.com/<owner>/<repo>/issues/new?title={id}&body={url} (got "${url}")` };
	}
	if (email !== undefined && !emailPattern.test(email)) return { problem: `CORRECTIONS_EMAIL must be one e-mail address, e.g. corrections@example.org (got "${email}")` };
	return { url, email };
}

/** True when the channel has a way to report. */
export function hasChannel(channel: CorrectionChannel): boolean {
	return channel.url !== undefined || channel.email !== undefined;
}

/** The channel's links for one record: the tracker with the record filled in, then a mail naming it. */
export function correctionLinks(channel: CorrectionChannel, record: ReportedRecord): CorrectionLink[] {
	const links: CorrectionLink[] = [];
	if (channel.url !== undefined) {
		const values = { id: record.id, url: record.url, title: record.title };
		// The template's own non-ASCII characters and spaces percent-encoded too (its %XX kept as written).
		const href = channel.url.replace(placeholder, (_m, key: keyof typeof values) => encodeURIComponent(values[key])).replace(/[^\x21-\x7e]+/g, encodeURIComponent);
		links.push({ kind: 'url', href, text: '在线提交更正或撤下请求' });
	}
	if (channel.email !== undefined) {
		// The record named in the subject and its address as the body: short, since every record page
		// carries the link (a longer prefilled message, percent-encoded Chinese, weighed 0.7 KB a page).
		const subject = `更正：${record.id}`;
		links.push({ kind: 'email', href: `mailto:${channel.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(record.url)}`, text: `发邮件至 ${channel.email}` });
	}
	return links;
}
