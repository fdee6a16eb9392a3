/**
 * The densest region: the contiguous run of lines whose summed weight is largest (Kadane's
 * maximum-sum subarray). Article text weighs positive in proportion to its length; menus,
 * teaser headlines and other furniture weigh negative; a comment section's heading or a
 * "related" heading weighs so much that the region practically never crosses it. Dropping what
 * lies outside the region removes the navigation above the article and the lists below it,
 * whatever their wording.
 *
 * @module
 * @internal
 */

/** Half-open index range `[first, end)` of the heaviest run; empty when no weight is positive. */
export function densestRegion(weights: ArrayLike<number>): { first: number; end: number } {
  let bestSum = 0;
  let bestFirst = 0;
  let bestEnd = 0;
  let sum = 0;
  let first = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0;
      first = i;
    }
    sum += weights[i] as number;
    if (sum > bestSum) {
      bestSum = sum;
      bestFirst = first;
      bestEnd = i + 1;
    }
  }
  return { first: bestFirst, end: bestEnd };
}
