/**
 * DuckDB, loaded only when a function of `copydesk/scale` needs it: the package is an optional
 * peer dependency, so the core library (and a user who never takes this path) does without it.
 *
 * @module
 * @internal
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** An open DuckDB connection and how to close it. */
export interface DuckDB {
  readonly connection: DuckDBConnection;
  close(): void;
}

/**
 * Opens DuckDB on `database` (a file for data larger than memory, `:memory:` by default; DuckDB
 * spills to its temporary directory either way) with a clear error when the package is missing.
 */
export async function openDuckDB(fn: string, database = ':memory:'): Promise<DuckDB> {
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch (error) {
    throw new Error(
      `copydesk: ${fn}: this path needs the optional peer dependency @duckdb/node-api (npm install @duckdb/node-api)`,
      { cause: error },
    );
  }
  const instance = await duckdb.DuckDBInstance.create(database);
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A string as an SQL literal ('…' with quotes doubled). */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
