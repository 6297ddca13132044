/** /cases/<id>/cite.bib: the record's citation as BibTeX (biblatex field names). */
import type { APIRoute } from 'astro';
import { formatBibtex, type CitationData } from '../../../lib/citation.ts';
import { citationPaths, download } from './_citation.ts';

export const getStaticPaths = citationPaths;

export const GET: APIRoute<{ citation: CitationData }> = ({ props }) => download(formatBibtex(props.citation), 'application/x-bibtex');
