export * from './contract';
export * from './limits';
export * from './csp';
export * from './app-identity';
