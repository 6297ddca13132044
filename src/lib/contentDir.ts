/**
 * The content folder. Tests point the build at a mutated copy (bad-content fixtures) through
 * LIBRARY_CONTENT_DIR; everyone else gets the top-level `content/`.
 */
export const contentDir: string = process.env.LIBRARY_CONTENT_DIR ?? './content';
