/**
 * DuckDB, loaded only when a function of `copydesk/scale` needs it: the package is an optional
 * peer dependency, so the core library (and a user who never takes this path) does without it.
 *
 * @module
 * @internal
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** The tables (or views) copydesk makes in DuckDB, named so as not to meet a user's own. */
export const BANDS_TABLE = 'copydesk_bands';
export const SIGNATURES_TABLE = 'copydesk_signatures';

/** An open DuckDB connection and how to close it (dropping copydesk's tables first). */
export interface DuckDB {
  readonly connection: DuckDBConnection;
  close(): Promise<void>;
}

/** Where DuckDB works and how much memory it may take (see `DuckDBOptions` in `index.ts`). */
export interface DuckDBSettings {
  readonly database?: string | undefined;
  readonly memoryLimit?: string | undefined;
}

/**
 * Opens DuckDB on `database` (a file, or `:memory:` by default; DuckDB spills to its temporary
 * directory either way) with a clear error when the package is missing.
 */
export async function openDuckDB(fn: string, settings: DuckDBSettings): Promise<DuckDB> {
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch (error) {
    throw new Error(
      `copydesk: ${fn}: this path needs the optional peer dependency @duckdb/node-api (npm install @duckdb/node-api)`,
      { cause: error },
    );
  }
  const config: Record<string, string> = {};
  if (settings.memoryLimit !== undefined) config.memory_limit = settings.memoryLimit;
  const instance = await duckdb.DuckDBInstance.create(settings.database ?? ':memory:', config);
  const connection = await instance.connect();
  return {
    connection,
    close: async () => {
      // In a database file, leave nothing behind; one of each pair of statements is a no-op.
      for (const drop of [
        `DROP VIEW IF EXISTS ${BANDS_TABLE}`,
        `DROP TABLE IF EXISTS ${BANDS_TABLE}`,
        `DROP TABLE IF EXISTS ${SIGNATURES_TABLE}`,
      ]) {
        await connection.run(drop).catch(() => undefined);
      }
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A string as an SQL literal ('…' with quotes doubled). */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Throws a `TypeError` unless the DuckDB settings are file paths and a memory size. */
export function assertDuckDBSettings(fn: string, settings: DuckDBSettings): void {
  if (settings.database !== undefined && typeof settings.database !== 'string') {
    throw new TypeError(`copydesk: ${fn}: expected options.database to be a file path`);
  }
  const limit = settings.memoryLimit;
  if (limit !== undefined && (typeof limit !== 'string' || !/^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(limit))) {
    throw new TypeError(
      `copydesk: ${fn}: expected options.memoryLimit to be a size such as '2GB', got ${JSON.stringify(limit)}`,
    );
  }
}
