// Strings of the fields screens.
export const fieldsMessages = {} as const;
