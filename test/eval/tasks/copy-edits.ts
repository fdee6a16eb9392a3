/**
 * Copies in any language: every document of the public duplicates dev set is given an edited
 * reprint by the edit generator (`test/helpers/edits.ts`: cut, trimmed, extended with another
 * story's paragraph, reordered, new headline and dateline) and compared with it; and every
 * document is compared with its nearest document of another story in the same language (by
 * content-word overlap). English and the other languages are reported apart.
 */
import { join } from 'node:path';
import { compareDocuments } from '../../../src/copies/index.js';
import { profileOf } from '../../../src/copies/profile.js';
import { sharedValues } from '../../../src/copies/signals.js';
import { editedReprint } from '../../helpers/edits.js';
import type { EvalRow, EvalTask } from '../types.js';

interface Doc {
  readonly id: string;
  readonly text: string;
  readonly lang: string;
}

interface Pair {
  readonly a: string;
  readonly b: string;
  readonly relation: string;
}

/** Stories: the connected parts of the gold copy pairs. */
function storiesOf(docs: readonly Doc[], pairs: readonly Pair[]): Map<string, string> {
  const parent = new Map(docs.map((d) => [d.id, d.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const p of pairs) if (p.relation !== 'unrelated') parent.set(find(p.a), find(p.b));
  return new Map(docs.map((d) => [d.id, find(d.id)]));
}

export const task: EvalTask = {
  name: 'copy-edits',
  run(context) {
    if (!context.evalDir) return [];
    const dir = join(context.evalDir, 'duplicates');
    const docs = context.readJsonl<Doc>(join(dir, 'dev-docs.jsonl'));
    const story = storiesOf(docs, context.readJsonl<Pair>(join(dir, 'dev-pairs.jsonl')));
    const words = new Map(docs.map((d) => [d.id, profileOf(d.text).words]));
    const byLanguage = new Map<string, Doc[]>();
    for (const d of docs) byLanguage.set(d.lang, [...(byLanguage.get(d.lang) ?? []), d]);

    const tally = new Map<string, { n: number; near: number; retranslation: number; nearestCopy: number }>();
    docs.forEach((doc, position) => {
      const group = doc.lang === 'en' ? 'edits-en' : 'edits-other';
      const t = tally.get(group) ?? { n: 0, near: 0, retranslation: 0, nearestCopy: 0 };
      tally.set(group, t);
      // The donor and the nearest other story: same language, another story.
      const others = (byLanguage.get(doc.lang) ?? []).filter((o) => story.get(o.id) !== story.get(doc.id));
      if (others.length === 0) return;
      const mine = words.get(doc.id)!;
      let nearest = others[0]!;
      let best = -1;
      for (const other of others) {
        const theirs = words.get(other.id)!;
        const shared = sharedValues(mine, theirs);
        const jaccard = shared / Math.max(1, mine.length + theirs.length - shared);
        if (jaccard > best) {
          best = jaccard;
          nearest = other;
        }
      }
      const donor = others[position % others.length]!;
      const edited = editedReprint(doc.text, donor.text, position + 1);
      const result = compareDocuments(doc.text, edited.text);
      t.n++;
      if (result.relation === 'near-duplicate') t.near++;
      if (result.relation === 'retranslation') t.retranslation++;
      if (compareDocuments(doc.text, nearest.text).isCopy) t.nearestCopy++;
    });
    const rows: EvalRow[] = [];
    for (const [set, t] of [...tally].sort()) {
      rows.push(
        { task: 'copy-edits', set, metric: 'near-duplicate', value: t.near / Math.max(1, t.n) },
        {
          task: 'copy-edits',
          set,
          metric: 'not-retranslation',
          value: 1 - t.retranslation / Math.max(1, t.n),
        },
        {
          task: 'copy-edits',
          set,
          metric: 'nearest-story-kept-apart',
          value: 1 - t.nearestCopy / Math.max(1, t.n),
        },
        { task: 'copy-edits', set, metric: 'documents', value: t.n, info: true },
      );
    }
    return rows;
  },
};
