/**
 * The part of better-sqlite3's API the server uses (the package ships no types and
 * @types/better-sqlite3 is not a dependency): a synchronous database, prepared statements and
 * transactions.
 */
declare module 'better-sqlite3' {
  interface RunResult {
    changes: number;
    lastInsertRowid: number | bigint;
  }
  interface Statement<R = unknown> {
    run(...params: unknown[]): RunResult;
    get(...params: unknown[]): R | undefined;
    all(...params: unknown[]): R[];
  }
  interface Database {
    prepare<R = unknown>(sql: string): Statement<R>;
    exec(sql: string): Database;
    pragma(sql: string, options?: { simple?: boolean }): unknown;
    transaction<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => T;
    close(): void;
  }
  interface DatabaseConstructor {
    new (filename: string, options?: { readonly?: boolean; fileMustExist?: boolean }): Database;
  }
  const Database: DatabaseConstructor;
  export default Database;
  export type { Database, Statement };
}
