// Strings of the dashboard screens.
export const dashboardMessages = {} as const;
