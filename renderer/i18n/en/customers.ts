// Strings of the customers screens.
export const customersMessages = {} as const;
