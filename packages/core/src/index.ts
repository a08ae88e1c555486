export * from './schemas';
export * from './feedback';
export * from './questions';
export * from './interview';
export * from './api';
export * from './text';
export * from './payload';
export * from './resume';
