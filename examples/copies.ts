/**
 * Finds the copies among the bundled fixture pages and prints, for each copy pair, the aligned
 * sentences with what changed between them, and which page is the original and why.
 *
 *   npx tsx examples/copies.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareDocuments, findCopies } from '../src/index.js';

const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const docs = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name.slice(0, 3), text: readFileSync(join(fixtureDir, name), 'utf8') }));
const textOf = new Map(docs.map((d) => [d.id, d.text]));

const short = (text: string, max = 90): string => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const pairs = findCopies(docs);
console.log(`${docs.length} pages, ${pairs.length} copy pair(s)\n`);
for (const pair of pairs) {
  const result = compareDocuments(textOf.get(pair.a) ?? '', textOf.get(pair.b) ?? '');
  const original = result.original === 'a' ? pair.a : result.original === 'b' ? pair.b : 'undetermined';
  console.log(`${pair.a} ~ ${pair.b}: ${result.relation}, score ${result.score}, original ${original}`);
  console.log(
    `  evidence: ${pair.a} has ${result.evidence.a.map((e) => `${e.kind} "${e.text}"`).join(', ') || 'none'}`,
  );
  console.log(
    `            ${pair.b} has ${result.evidence.b.map((e) => `${e.kind} "${e.text}"`).join(', ') || 'none'}`,
  );
  console.log(`  ${result.alignment.length} aligned sentence pairs; the first five, with their changes:`);
  for (const aligned of result.alignment.slice(0, 5)) {
    console.log(`\n  [${aligned.similarity.toFixed(2)}] ${pair.a}: ${short(aligned.a.text)}`);
    console.log(`         ${pair.b}: ${short(aligned.b.text)}`);
    const changes = result.changes.filter(
      (c) =>
        (c.a && c.a.start >= aligned.a.start && c.a.end <= aligned.a.end) ||
        (c.b && c.b.start >= aligned.b.start && c.b.end <= aligned.b.end),
    );
    for (const change of changes) {
      console.log(
        `         ${change.kind}: ${short(change.a?.text ?? '—', 40)} → ${short(change.b?.text ?? '—', 40)}`,
      );
    }
  }
  console.log('');
}
