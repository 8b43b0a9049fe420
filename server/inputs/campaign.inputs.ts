import { Field, ID, InputType, Int } from 'type-graphql';
import { AdminLevel, CampaignStatus, NomineeKind, PeriodKind } from '../../domain/enums';
import { StageInput } from '../graphql/stage.types';

@InputType()
export class CreateCampaignInput {
  @Field({ description: 'Short unique code, e.g. "VNN-2021-2025".' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int)
  startYear!: number;

  @Field(() => Int)
  endYear!: number;

  @Field(() => ID, { description: 'The unit that issues the campaign; you must be its ADMIN.' })
  issuingUnitId!: string;
}

@InputType()
export class ApplyCampaignTemplateInput {
  @Field({ description: 'See Query.campaignTemplates.' })
  templateCode!: string;

  @Field(() => ID)
  issuingUnitId!: string;

  @Field(() => String, { nullable: true, description: 'Campaign code; the template code by default.' })
  code?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Launch it at once instead of leaving it in DRAFT.' })
  activate?: boolean | null;
}

@InputType()
export class ChangeCampaignStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => CampaignStatus)
  status!: CampaignStatus;
}

@InputType()
export class AddMovementInput {
  @Field(() => ID)
  campaignId!: string;

  @Field()
  name!: string;

  @Field()
  targetGroup!: string;

  @Field(() => [NomineeKind])
  nomineeKinds!: NomineeKind[];
}

@InputType()
export class SetCampaignAwardsInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => [String], { description: 'Codes from Query.awardTypes.' })
  awardCodes!: string[];
}

@InputType({
  description: 'The last day a level works on the period: open work there is swept (timeout action) after it.',
})
export class LevelCutoffInput {
  @Field(() => AdminLevel)
  level!: AdminLevel;

  @Field({ description: 'YYYY-MM-DD' })
  day!: string;
}

@InputType()
export class AddPeriodInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => PeriodKind)
  kind!: PeriodKind;

  @Field(() => Int)
  year!: number;

  @Field()
  name!: string;

  @Field({ description: 'YYYY-MM-DD; picks the routing policies and the unit tree.' })
  startsOn!: string;

  @Field()
  endsOn!: string;

  @Field()
  submissionOpensOn!: string;

  @Field()
  submissionClosesOn!: string;

  @Field(() => [String], { nullable: true, description: 'Policy codes; by default those in force on startsOn.' })
  routingPolicyCodes?: string[] | null;

  @Field(() => [LevelCutoffInput], { nullable: true, description: 'Cut-off day per level, e.g. DISTRICT 2024-12-20.' })
  levelCutoffs?: LevelCutoffInput[] | null;
}

@InputType()
export class CreateRoutingPolicyInput {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  effectiveFrom!: string;

  @Field(() => String, { nullable: true })
  effectiveTo?: string | null;

  @Field(() => ID, { description: 'The unit whose administrators own the policy.' })
  ownerUnitId!: string;

  @Field(() => [StageInput])
  stages!: StageInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'Working days a commune has to resubmit a returned nomination (10 by default).',
  })
  revisionWorkingDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Thủ tục đơn giản (false by default): in a period beside the normal policy ending at the same level, it routes đột xuất nominations.',
  })
  simplified?: boolean | null;
}

@InputType({ description: "A quota; with neither unitId nor unitLevel it bounds the campaign's decisions." })
export class SetQuotaInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  movementId!: string;

  @Field(() => PeriodKind)
  periodKind!: PeriodKind;

  @Field(() => NomineeKind)
  nomineeKind!: NomineeKind;

  @Field(() => String, {
    nullable: true,
    description:
      'The award form bounded: required with a deciding scope; with a forwarding scope, null caps every form.',
  })
  awardCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Decision quota: this one unit may award at most maxCount.' })
  decidingUnitId?: string | null;

  @Field(() => AdminLevel, {
    nullable: true,
    description: 'Decision quota: each deciding unit of this level may award at most maxCount.',
  })
  decidingLevel?: AdminLevel | null;

  @Field(() => AdminLevel, {
    nullable: true,
    description: 'Forwarding cap: each unit of this level may forward at most maxCount.',
  })
  unitLevel?: AdminLevel | null;

  @Field(() => ID, { nullable: true, description: 'Forwarding cap: this one unit may forward at most maxCount.' })
  unitId?: string | null;

  @Field(() => Int)
  maxCount!: number;
}
