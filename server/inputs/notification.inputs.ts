import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class NotificationFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only those not yet read.' })
  unreadOnly?: boolean | null;
}

@InputType({ description: 'Which of your notifications to mark read: the given ids, or all of them.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Every unread notification of yours.' })
  all?: boolean | null;
}
