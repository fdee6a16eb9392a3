/**
 * Hides the blocks that are not article body from the extractors without moving any offset:
 * every character of a dropped block becomes a space (line breaks stay), so the one parse of the
 * masked text indexes the caller's string exactly and nothing in page furniture can be found.
 *
 * @module
 * @internal
 */
import type { Block, BlockKind } from './types.js';

/**
 * Whether a block (or a line's decision) belongs to the body: content and section headings,
 * not the title. The body text, the extractors' masked input and HTML mode's rescues all ask this.
 */
export function isBodyBlock(block: { readonly kind: BlockKind }): boolean {
  return block.kind === 'content' || block.kind === 'heading';
}

/**
 * `text` with every non-body block blanked out (same length, same line breaks).
 *
 * @internal
 */
export function maskOutsideBody(text: string, blocks: readonly Block[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const block of blocks) {
    if (isBodyBlock(block)) continue;
    parts.push(text.slice(from, block.start));
    // One string of spaces per stretch between line breaks, not one string per character.
    let run = block.start;
    for (let i = block.start; i < block.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x0a && c !== 0x0d) continue;
      if (i > run) parts.push(' '.repeat(i - run));
      parts.push(text[i] as string);
      run = i + 1;
    }
    if (block.end > run) parts.push(' '.repeat(block.end - run));
    from = block.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
