/**
 * The two logistic models behind a comparison's score (weights are non-negative, so every
 * signal can only raise the score). The score is the larger of the two probabilities.
 *
 * Source: fitted by `scripts/fit-copy-weights.ts` (logistic regression, gradient descent, weights
 * clipped at zero) on the 'tune' half of the public duplicates dev pairs: the monolingual model on
 * retranslations vs same-language unrelated pairs, the cross-lingual model on translations vs
 * cross-language unrelated pairs. Only these numbers were fitted; no words or texts were taken
 * from the set.
 *
 * @module
 * @internal
 */

/** Monolingual model: word overlap and aligned sentences. */
export const MONOLINGUAL_WEIGHTS = {
  wordJaccard: 2.447,
  wordContainment: 2.557,
  alignedShare: 5.496,
  lengthAgreement: 1.51,
  bias: -5.769,
} as const;

/** Cross-lingual model: numbers, names and URLs, and sentence lengths along the alignment. */
export const CROSS_LINGUAL_WEIGHTS = {
  anchorJaccard: 2.957,
  anchorContainment: 7.054,
  anchoredShare: 3.438,
  lengthAgreement: 4.413,
  bias: -6.636,
} as const;
