// Strings of the products screens.
export const productsMessages = {} as const;
