export * from './errors';
export * from './events';
export * from './permissions';
export * from './procedures';
export * from './transport';
export * from './platform';
