export * from './agent-prompt';
export * from './retell-webhook';
