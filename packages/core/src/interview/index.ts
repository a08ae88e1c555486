export * from './agent-prompt';
export * from './retell-webhook';
export * from './reconcile';
export * from './practice';
