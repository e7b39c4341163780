// Strings of the documents screens.
export const documentsMessages = {} as const;
