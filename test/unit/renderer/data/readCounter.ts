import type { DBCore, DBCoreCursor, DBCoreTable } from 'dexie';
import type { InvoicerDb } from '../../../../renderer/data/db';

/**
 * Counts the document records a database hands out (by query, get and cursor), so a test
 * can tell that a list page read its page and not the whole table. Index keys read without
 * their records (counting, key ranges) are free and not counted.
 */
export function countDocumentReads(db: InvoicerDb): { reads: () => number; reset: () => void } {
  let reads = 0;
  db.use({
    stack: 'dbcore',
    name: 'documentReadCounter',
    create: (down: DBCore) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        if (name !== 'documents') return table;
        return {
          ...table,
          // .then, not async/await: the promises stay Dexie's, which keep the transaction
          // alive between requests; a native promise in between lets it commit early.
          get: (req) =>
            table.get(req).then((row) => {
              if (row !== undefined) reads += 1;
              return row;
            }),
          getMany: (req) =>
            table.getMany(req).then((rows) => {
              reads += rows.filter((row) => row !== undefined).length;
              return rows;
            }),
          query: (req) =>
            table.query(req).then((response) => {
              if (req.values) reads += response.result.length;
              return response;
            }),
          openCursor: (req) =>
            table.openCursor(req).then((cursor) => {
              if (!cursor || !req.values) return cursor;
              return new Proxy(cursor, {
                get(target, property) {
                  if (property === 'start') {
                    return (onNext: () => void) =>
                      target.start(() => {
                        reads += 1;
                        onNext();
                      });
                  }
                  const member = target[property as keyof DBCoreCursor];
                  return typeof member === 'function' ? member.bind(target) : member;
                },
              });
            }),
        };
      },
    }),
  });
  return {
    reads: () => reads,
    reset: () => {
      reads = 0;
    },
  };
}
