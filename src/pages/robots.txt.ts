import type { APIRoute } from 'astro';

/** Everything may be crawled; the sitemap is at the site's own address (there is one only when the address is configured). */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('sitemap-index.xml', site).href}\n` : ''}`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
