/** /cases/<id>/cite.json: the record's citation as CSL-JSON (Zotero, Pandoc, citeproc). */
import type { APIRoute } from 'astro';
import { formatCslJson, type CitationData } from '../../../lib/citation.ts';
import { citationPaths, download } from './_citation.ts';

export const getStaticPaths = citationPaths;

export const GET: APIRoute<{ citation: CitationData }> = ({ props }) => download(formatCslJson(props.citation), 'application/vnd.citationstyles.csl+json');
