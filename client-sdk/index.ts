export * from './client';
export * from './generated/graphql';
export * from './upload';
export * from './download';
