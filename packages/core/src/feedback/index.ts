export * from './evidence';
export * from './metrics';
export * from './model-output';
export * from './offline';
export * from './prompt';
export * from './rubric-match';
export * from './segment';
export * from './validate';
