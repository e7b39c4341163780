// Strings of the settings screens.
export const settingsMessages = {} as const;
