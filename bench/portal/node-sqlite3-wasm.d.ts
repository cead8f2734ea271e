/** The part of node-sqlite3-wasm (SQLite compiled to WebAssembly, no types shipped) the search benchmark uses. */
declare module 'node-sqlite3-wasm' {
  type Value = number | string | bigint | null | Uint8Array;
  class Statement {
    run(values?: Value[]): unknown;
    finalize(): void;
  }
  class Database {
    constructor(path?: string);
    exec(sql: string): void;
    prepare(sql: string): Statement;
    get(sql: string, values?: Value[]): Record<string, unknown> | undefined;
    all(sql: string, values?: Value[]): Array<Record<string, unknown>>;
    close(): void;
  }
  const sqlite3: { Database: typeof Database };
  export default sqlite3;
}
