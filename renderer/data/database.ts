import { InvoicerDb, openInvoicerDb } from './db';

// The renderer's one database handle. Screens call getDb() and hand it to repositories;
// tests never touch this and open their own databases by name.

let instance: InvoicerDb | null = null;

/** The app's database ('invoicer'), opened on first call. */
export function getDb(): InvoicerDb {
  instance ??= openInvoicerDb('invoicer');
  return instance;
}

/** The app's database for a component; the same object as getDb() (no React context needed). */
export function useDb(): InvoicerDb {
  return getDb();
}
