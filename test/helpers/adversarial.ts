/**
 * The adversarial-input suite every public function is added to: inputs that break naive text
 * code (empty, blank, huge, one enormous word, floods of quote marks, unpaired surrogates, NUL
 * bytes, binary junk). Each case must return within a time bound proportional to its length.
 *
 * Usage, in a capability's test file:
 *
 * ```ts
 * describeAdversarial('extractQuotes', (text) => extractQuotes(text), (input, out) => {
 *   expectSpansIn(input, out);
 * });
 * ```
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';

export interface AdversarialCase {
  readonly name: string;
  /** Builds the input lazily, so that only the suites that run pay for it. */
  readonly make: () => string;
}

function randomUnits(length: number, seed: number): string {
  const random = seededRandom(seed);
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) units[i] = Math.floor(random() * 0x10000);
  let out = '';
  for (let i = 0; i < length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

const SENTENCE =
  '"They could be plotting," Jim Lewis, a former U.S. diplomat, said on May 18, 2025, adding that ' +
  'more than 800,000 people had paid $130,000 each. ';

/** The standard adversarial inputs. */
export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  { name: 'empty string', make: () => '' },
  { name: 'white space only', make: () => ' \n\n\t \r\n   \u00a0\u3000\n' },
  { name: 'one character', make: () => '"' },
  { name: '5 MB of news text', make: () => SENTENCE.repeat(Math.ceil(5_000_000 / SENTENCE.length)) },
  { name: '200k straight quote marks', make: () => '"'.repeat(200_000) },
  { name: '100k curly quote marks with words', make: () => '\u201cword\u201d \u201c'.repeat(20_000) },
  { name: 'one 1 MB word', make: () => 'a'.repeat(1_000_000) },
  { name: '1 MB without spaces, mixed', make: () => 'ab1-.,'.repeat(170_000) },
  { name: 'random UTF-16 with unpaired surrogates', make: () => randomUnits(200_000, 7) },
  {
    name: 'NUL bytes and controls',
    make: () => '\u0000\u0001\u0002 word \u0000\u001b[0m\u0007\n'.repeat(20_000),
  },
  { name: '100k lines of one character', make: () => 'x\n'.repeat(100_000) },
  { name: '100k blank lines with spaces', make: () => ' \n \t\r\n'.repeat(40_000) },
  { name: 'CJK without spaces', make: () => '中国国家安全部表示，“他们可能在策划”。'.repeat(20_000) },
  { name: 'digits and separators', make: () => '1,000.5 -- 2025-05-18 $3 %% 10-year '.repeat(20_000) },
];

/** A fixed piece of string work (split, count, hash, slice, sort) to tell the machine's speed. */
function referenceWork(): number {
  const text = SENTENCE.repeat(4_000);
  const counts = new Map<string, number>();
  let hash = 0;
  for (const word of text.split(' ')) counts.set(word.toLowerCase(), (counts.get(word) ?? 0) + 1);
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const parts: string[] = [];
  for (let i = 0; i + 16 < text.length; i += 7) parts.push(text.slice(i, i + 16));
  parts.sort();
  return hash + counts.size + parts.length;
}

/**
 * Milliseconds {@link referenceWork} takes, best of five, on the machine the bounds were set on:
 * an estimate, from a shared 2-core machine that took about 125 and ran wink's `readDoc` 2.3 to
 * 2.6 times slower than that one.
 */
const REFERENCE_MS = 50;

let slowness: number | undefined;

/**
 * How many times slower than the machine the bounds were set on this one is (never less than 1):
 * the bounds are there to catch work that grows faster than the input, not a slow machine, and
 * a fixed bound failed on a slower CI machine by a few percent.
 */
export function machineSlowness(): number {
  if (slowness === undefined) {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      referenceWork();
      best = Math.min(best, performance.now() - started);
    }
    slowness = Math.max(1, best / REFERENCE_MS);
  }
  return slowness;
}

/**
 * Milliseconds allowed for an input of `length` UTF-16 units: a base plus a linear term, times
 * {@link machineSlowness}.
 */
export function timeBound(length: number, msPerMegabyte = 6_000): number {
  return (3_000 + (length / 1_000_000) * msPerMegabyte) * machineSlowness();
}

/**
 * Registers one test per adversarial case for `fn`: it must return (not throw) within the time
 * bound, and `check` (when given) must accept the output.
 */
export function describeAdversarial(
  name: string,
  fn: (text: string) => unknown,
  check?: (input: string, output: unknown) => void,
  msPerMegabyte?: number,
): void {
  describe(`${name}: adversarial input`, () => {
    for (const testCase of ADVERSARIAL_CASES) {
      it(testCase.name, () => {
        const input = testCase.make();
        const started = performance.now();
        const output = fn(input);
        const elapsed = performance.now() - started;
        expect(elapsed).toBeLessThan(timeBound(input.length, msPerMegabyte));
        check?.(input, output);
      }, 120_000);
    }
  });
}
