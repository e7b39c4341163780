// Strings of the setup screens.
export const setupMessages = {} as const;
