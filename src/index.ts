// The engine's public surface: pure TypeScript on a standard DOM, no extension APIs.
export * from './types';
export { analyzeDocument, analyzeArticle } from './analyze';
export { extractArticle } from './extract';
export { blocksToText } from './extract/blocks';
export { classifyBlocks } from './attribution';
export { splitSentences } from './text/sentences';
