/** /cases/<id>/cite.ris: the record's citation as RIS (EndNote, Zotero, Citavi). */
import type { APIRoute } from 'astro';
import { formatRis, type CitationData } from '../../../lib/citation.ts';
import { citationPaths, download } from './_citation.ts';

export const getStaticPaths = citationPaths;

export const GET: APIRoute<{ citation: CitationData }> = ({ props }) => download(formatRis(props.citation), 'application/x-research-info-systems');
