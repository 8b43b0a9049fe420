export * from './client';
export * from './errors';
export * from './generated/graphql';
export * from './upload';
export * from './download';
export type { LiveSubscription, SubscribeOptions } from './subscribe';
