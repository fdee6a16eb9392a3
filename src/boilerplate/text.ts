/**
 * Text mode of boilerplate stripping: the lines of a page's plain text, decided in passes until
 * the body stops shrinking.
 *
 * @module
 * @internal
 */
import { decideLines, type LineDecision, type MeasuredLine, measure, type PassOptions } from './decide.js';
import { type Line, splitLines } from './lines.js';
import { isBodyBlock } from './mask.js';
import type { Block, BoilerplateResult, StripBoilerplateOptions } from './types.js';

/** Passes after which stripping stops even if the body still shrinks (it settles in two). */
const MAX_PASSES = 8;

function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b)
  );
}

/**
 * Strips the plain text `text` (see {@link stripBoilerplate}), without the body's language.
 *
 * @internal
 */
export function stripText(
  text: string,
  options?: StripBoilerplateOptions,
): Omit<BoilerplateResult, 'language'> {
  const passOptions: PassOptions = {
    keepFaq: options?.keepFaq ?? true,
    keepKeyPoints: options?.keepKeyPoints ?? true,
    minScore: options?.minScore ?? 0,
  };
  const lines = splitLines(text);
  const final: LineDecision[] = [];
  const cuts = new Array<number>(lines.length).fill(0);
  let title: string | null = null;
  let published: string | null = null;

  let current: MeasuredLine[] = lines.map((line, index) => measure(line.text, line.start, line.end, index));
  for (let pass = 0; pass < MAX_PASSES && current.length > 0; pass++) {
    const result = decideLines(current, passOptions, true);
    if (pass === 0) {
      result.decisions.forEach((decision, i) => {
        final[i] = decision;
      });
      if (result.title >= 0) title = (current[result.title] as MeasuredLine).text;
      published = result.published;
    }
    const next: MeasuredLine[] = [];
    let changed = false;
    current.forEach((candidate, i) => {
      const decision = result.decisions[i] as LineDecision;
      if (!isBodyBlock(decision)) {
        if (pass > 0) {
          // A later pass only ever drops lines; a title found there is a dropped line too.
          final[candidate.index] =
            decision.kind === 'title'
              ? { kind: 'boilerplate', reason: 'short', score: decision.score }
              : decision;
        }
        changed = true;
        return;
      }
      const cut = result.prefixes.get(i) ?? 0;
      if (cut === 0) {
        next.push(candidate);
        return;
      }
      let start = candidate.start + cut;
      while (start < candidate.end && isSpaceCode(text.charCodeAt(start))) start++;
      cuts[candidate.index] = start - (lines[candidate.index] as Line).start;
      next.push(measure(text.slice(start, candidate.end), start, candidate.end, candidate.index));
      changed = true;
    });
    current = next;
    if (!changed) break;
  }

  const blocks: Block[] = [];
  const bodyParts: string[] = [];
  lines.forEach((line, i) => {
    const decision = final[i] as LineDecision;
    const cut = cuts[i] ?? 0;
    let start = line.start;
    if (cut > 0) {
      let prefixEnd = line.start + cut;
      while (prefixEnd > line.start && isSpaceCode(text.charCodeAt(prefixEnd - 1))) prefixEnd--;
      if (prefixEnd > line.start) {
        blocks.push({
          text: text.slice(line.start, prefixEnd),
          start: line.start,
          end: prefixEnd,
          kind: 'boilerplate',
          reason: 'metadata',
          score: 0,
        });
      }
      start = line.start + cut;
    }
    const block: Block =
      decision.reason === undefined
        ? {
            text: text.slice(start, line.end),
            start,
            end: line.end,
            kind: decision.kind,
            score: decision.score,
          }
        : {
            text: text.slice(start, line.end),
            start,
            end: line.end,
            kind: decision.kind,
            reason: decision.reason,
            score: decision.score,
          };
    blocks.push(block);
    if (isBodyBlock(decision)) bodyParts.push(block.text);
  });
  const body = bodyParts.join('\n\n');
  return { title, published, body, blocks };
}
