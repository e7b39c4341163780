// Shared steps of the end-to-end tests, written as a user works: through labels and buttons.
export * from './company';
export * from './customers';
export * from './documents';
export * from './forms';
export * from './navigation';
export * from './products';
export * from './settings';
