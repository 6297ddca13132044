// opencc-js ships its dictionary groups without type declarations.
declare module 'opencc-js/from/tw' {
	const dicts: readonly import('opencc-js/core').DictGroup[];
	export default dicts;
}
declare module 'opencc-js/to/cn' {
	const dicts: readonly import('opencc-js/core').DictGroup[];
	export default dicts;
}
