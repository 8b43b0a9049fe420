import { GraphQLError } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { canReadUnit } from '../auth/access';
import { Nomination } from '../entities/nomination.entity';
import { Notification } from '../entities/notification.entity';
import { ReviewTask } from '../entities/review-task.entity';
import { connectionType, PageArgs } from '../graphql/connection';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { relatedNomination, relatedOrFail } from '../graphql/request-loaders';
import { UserError } from '../graphql/user-error.type';
import { MarkNotificationsReadInput, NotificationFilter } from '../inputs/notification.inputs';
import type { NotificationHub } from '../notifications/notification-listener';
import { notificationStream } from '../notifications/notification-stream';
import { listNotifications, markRead, unreadCount } from '../services/notification.service';

/** What graphql-ws adds to the request context: the API process's LISTEN hub. */
export interface SubscriptionContext extends RequestContext {
  notifications: NotificationHub;
}

@ObjectType()
export class NotificationConnection extends connectionType(Notification, 'Notification') {}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { nullable: true, description: 'How many were unread and are now read; null when refused.' })
  count?: number | null;

  @Field(() => Int, { nullable: true, description: 'Your unread notifications left.' })
  unreadCount?: number | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** The viewer's notifications as they arrive; each is loaded from the database by id, for its recipient only. */
function subscribeToNotifications(context: RequestContext & Partial<SubscriptionContext>) {
  const viewer = requireViewer(context);
  if (!context.notifications) throw overWebSocketOnly();
  const userId = viewer.user.id;
  const startedAt = new Date();
  return notificationStream(context.notifications, userId, async (signal) => {
    const em = context.em.fork();
    if (signal.kind === 'added') return em.find(Notification, { id: signal.id, recipient: userId });
    // After the listener reconnected: whatever was written meanwhile (the stream drops repeats).
    const since = signal.since > startedAt ? signal.since : startedAt;
    return em.find(
      Notification,
      { recipient: userId, createdAt: { $gte: since } },
      { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 100 },
    );
  });
}

function overWebSocketOnly() {
  return new GraphQLError('Subscribe over WebSocket (graphql-ws protocol) at /graphql.', {
    extensions: { code: 'BAD_REQUEST' },
  });
}

/** A user's own notifications: the list, the unread badge, marking read, and the live feed. */
@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => NotificationFilter, { nullable: true }) filter: NotificationFilter | null,
  ) {
    return queryResult(() => listNotifications(ctx.em, requireViewer(ctx), filter?.unreadOnly === true, page));
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return unreadCount(ctx.em, requireViewer(ctx));
  }

  @Mutation(() => MarkNotificationsReadPayload)
  markNotificationsRead(@Ctx() ctx: RequestContext, @Arg('input') input: MarkNotificationsReadInput) {
    return mutationPayload(() => markRead(ctx.em, requireViewer(ctx), input));
  }

  @Subscription(() => Notification, {
    description: 'Your notifications as they are written (by the pipeline worker or the API). Over graphql-ws only.',
    subscribe: ({ context }) => subscribeToNotifications(context),
  })
  notificationAdded(@Root() notification: Notification | undefined, @Ctx() ctx: RequestContext): Notification {
    // Over plain HTTP Apollo executes the field without a source event.
    if (!notification) throw overWebSocketOnly();
    // One context serves the whole subscription: start each event from the database, not from earlier events.
    ctx.em.clear();
    return notification;
  }

  @FieldResolver(() => Nomination, {
    nullable: true,
    description: 'The nomination it is about; null when you may no longer read it.',
  })
  async nomination(@Root() notification: Notification, @Ctx() ctx: RequestContext) {
    if (!notification.nomination) return null;
    const nomination = await relatedNomination(ctx, notification.nomination);
    return canReadUnit(requireViewer(ctx), nomination.unit.path) ? nomination : null;
  }

  @FieldResolver(() => ReviewTask, {
    nullable: true,
    description: 'The task it is about; null when you may no longer read its nomination.',
  })
  async task(@Root() notification: Notification, @Ctx() ctx: RequestContext) {
    if (!notification.task) return null;
    const task = await relatedOrFail(ctx, ReviewTask, notification.task);
    const nomination = await relatedNomination(ctx, task.nomination);
    return canReadUnit(requireViewer(ctx), nomination.unit.path) ? task : null;
  }
}
