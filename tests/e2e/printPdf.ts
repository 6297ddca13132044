/** Prints a page to an A4 PDF with Chromium and reads it back with pdf.js: page count and text runs. */
import type { Page } from '@playwright/test';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Printed {
	pages: number;
	/** Text runs as pdf.js reads them, one per line. */
	raw: string;
}

export async function printPdf(page: Page): Promise<Printed> {
	const pdf = await page.pdf({ format: 'A4' });
	const task = pdfjs.getDocument({ data: new Uint8Array(pdf) });
	const doc = await task.promise;
	const runs: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		for (const item of content.items) if ('str' in item) runs.push(item.str);
	}
	const pages = doc.numPages;
	await task.destroy();
	return { pages, raw: runs.join('\n') };
}

