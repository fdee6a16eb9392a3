/**
 * copydesk: turn the raw text of news pages into facts a program can use.
 *
 * Every function is synchronous and pure, takes any string, and returns plain readonly data
 * whose `start`/`end` are UTF-16 offsets into the exact string that was passed in.
 *
 * @packageDocumentation
 */

export type { Analysis, AnalyzeOptions } from './analyze/index.js';
export { analyze } from './analyze/index.js';
export type {
  Block,
  BlockKind,
  BlockReason,
  BoilerplateResult,
  StripBoilerplateOptions,
} from './boilerplate/index.js';
export { stripBoilerplate } from './boilerplate/index.js';
export type {
  AddOptions,
  AlignedSentences,
  CandidatePair,
  CandidateSql,
  CandidateSqlOptions,
  CompareOptions,
  CopyArtefact,
  CopyBandRow,
  CopyChange,
  CopyComparison,
  CopyDocument,
  CopyFamily,
  CopyFamilyEdge,
  CopyGroup,
  CopyIndexJSON,
  CopyIndexOptions,
  CopyIndexStats,
  CopyMatch,
  CopyPair,
  CopyRelation,
  CopySignals,
  CopySignatureRows,
  CopySignatureRowsOptions,
  FindCopiesOptions,
  PreparedCopyDocument,
  SignatureSimilarity,
  TextRange,
  VerifyOptions,
} from './copies/index.js';
export {
  articleRanges,
  CopyIndex,
  candidateSql,
  compareDocuments,
  copySignature,
  copySignatureRows,
  createCopyIndex,
  findCopies,
  prepareCopyDocument,
  SavedIndexError,
  signatureBands,
  signatureSimilarity,
  verifyCandidatePairs,
} from './copies/index.js';
export type { Entity, EntityMention, EntityType, ExtractEntitiesOptions } from './entities/index.js';
export { extractEntities } from './entities/index.js';
export type { DetectLanguageOptions, LanguageResult, ScriptResult } from './language/index.js';
export { detectLanguage, detectScript, scriptOf } from './language/index.js';
export type {
  Paragraph,
  ParsedText,
  ParseOptions,
  PartOfSpeech,
  Sentence,
  Token,
  TokenKind,
  WinkEntity,
} from './nlp.js';
export { parseText } from './nlp.js';
export type { NumbersOptions, Quantity, QuantityKind } from './numbers/index.js';
export { extractNumbers } from './numbers/index.js';
export type { ExtractQuotesOptions, Quote, QuoteKind, Speaker, SpeakerVia } from './quotes/index.js';
export { extractQuotes } from './quotes/index.js';
export type { LanguageCode, Script, Span } from './types.js';
