/**
 * Without the optional peer dependency: the NDJSON writer still works, and the DuckDB paths say
 * what to install instead of failing with a module-resolution error.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { copySignatureRows } from '../../src/index.js';
import { duckdbCandidatePairs, writeSignatureRows } from '../../src/scale/index.js';

vi.mock('@duckdb/node-api', () => {
  throw new Error("Cannot find package '@duckdb/node-api'");
});

const docs = ['The council voted to close the old bridge for repairs.', 'A quiet day at the harbour.'];

describe('copydesk/scale without @duckdb/node-api', () => {
  it('the DuckDB join and the Parquet writer name the package to install', async () => {
    await expect(duckdbCandidatePairs([...copySignatureRows(docs)])).rejects.toThrow(
      /copydesk: duckdbCandidatePairs: this path needs the optional peer dependency @duckdb\/node-api \(npm install @duckdb\/node-api\)/,
    );
    await expect(writeSignatureRows(docs, { bands: 'never-written.parquet' })).rejects.toThrow(
      /copydesk: writeSignatureRows: this path needs the optional peer dependency/,
    );
  });

  it('the NDJSON writer needs no DuckDB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-ndjson-'));
    try {
      const bands = join(dir, 'bands.ndjson');
      const signatures = join(dir, 'signatures.ndjson');
      const written = await writeSignatureRows(docs, { bands, signatures });
      const rows = [...copySignatureRows(docs)];
      expect(written).toEqual({ documents: 2, bandRows: rows[0]!.bands.length + rows[1]!.bands.length });
      const lines = readFileSync(signatures, 'utf8').trimEnd().split('\n');
      expect(lines.map((line) => JSON.parse(line))).toEqual(
        rows.map((r) => ({ id: r.id, ord: r.ord, signature: r.signature })),
      );
      expect(
        readFileSync(bands, 'utf8')
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line)),
      ).toEqual(
        rows.flatMap((r) =>
          r.bands.map((b) => ({ id: b.id, ord: b.ord, band: b.band, key: b.key, next_key: b.nextKey })),
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
