export * from './contract';
export * from './csp';
export * from './app-identity';
