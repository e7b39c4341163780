import type Dexie from 'dexie';

// Schema version 2: what happens to a document after posting, and how it is mailed.
//
// sendLog            one row per attempt to get a document out: PDF export, print, e-mail,
//   [documentId+at]  a document's send history, oldest to newest (DESIGN §4: sending is
//                    tracked apart from the document's state, so posted records stay as posted)
// messageTemplates   the subject and body of the mail that carries a document
//   documentKind     the templates for invoices, quotes or credit notes
// mailingSettings    one row, key 'company': the mailing defaults every class and customer
//                    inherits (shared/mail mailingSettings)
//
// Only new tables: every record of version 1 stays as it is, so there is no upgrade
// function; Dexie keeps the version 1 tables and indexes unchanged.

/** The tables version 2 adds, in Dexie's schema syntax. */
export const V2_STORES = {
  sendLog: 'id, [documentId+at]',
  messageTemplates: 'id, documentKind',
  mailingSettings: 'key',
} as const;

/** Declares version 2: the send history, message templates and company mailing settings. */
export function registerV2(db: Dexie): void {
  db.version(2).stores(V2_STORES);
}
