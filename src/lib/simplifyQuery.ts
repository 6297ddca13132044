/**
 * OpenCC Taiwan → mainland conversion for search queries, built from the two dictionary groups that
 * conversion uses (variants, then traditional → simplified) instead of the whole t2cn preset, so the
 * browser downloads ~30 KB gzipped only when a query needs it. Same result as
 * `OpenCC.Converter({ from: 'tw', to: 'cn' })` (a unit test holds that over every source).
 */
import { ConverterFactory } from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import toCn from 'opencc-js/to/cn';

export const simplifyQuery: (text: string) => string = ConverterFactory(fromTw, toCn);
