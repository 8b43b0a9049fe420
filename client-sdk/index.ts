export * from './client';
export * from './generated/graphql';
export * from './upload';
