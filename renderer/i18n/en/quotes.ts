// Strings of the quotes screens.
export const quotesMessages = {} as const;
