export * from './agent-prompt';
export * from './retell-webhook';
export * from './reconcile';
export * from './practice';
export * from './follow-up';
export * from './follow-up-prompt';
export * from './timing';
