/**
 * The copy search on a data engine (see docs/scale.md): signature rows of the bundled fixture
 * pages and an edited reprint written as Parquet, the candidate join run by DuckDB from that
 * file, and the candidate pairs verified back in copydesk. Needs the optional peer dependency
 * `@duckdb/node-api`.
 *
 *   npx tsx examples/scale.ts
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyCandidatePairs } from '../src/index.js';
import { duckdbCandidatePairs, writeSignatureRows } from '../src/scale/index.js';

const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const docs = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name.slice(0, 3), text: readFileSync(join(fixtureDir, name), 'utf8') }));
// A reprint of page 002 with the page's last block cut.
const page002 = docs.find((d) => d.id === '002')!.text;
docs.push({ id: 'reprint', text: page002.slice(0, page002.lastIndexOf('\n\n')) });

const dir = mkdtempSync(join(tmpdir(), 'copydesk-scale-example-'));
try {
  const bands = join(dir, 'bands.parquet');
  const written = await writeSignatureRows(docs, { bands, signatures: join(dir, 'signatures.parquet') });
  console.log(`${written.documents} documents, ${written.bandRows} band rows written to bands.parquet`);

  const { pairs, hubBuckets } = await duckdbCandidatePairs(bands);
  console.log(`DuckDB: ${pairs.length} candidate pair(s), ${hubBuckets} hub bucket(s)`);

  const texts = new Map(docs.map((d) => [d.id, d.text]));
  for (const pair of verifyCandidatePairs(pairs, (id) => texts.get(id))) {
    console.log(`${pair.a} ~ ${pair.b}: ${pair.relation}, score ${pair.score}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
