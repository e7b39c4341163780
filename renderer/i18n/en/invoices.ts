// Strings of the invoices screens.
export const invoicesMessages = {} as const;
