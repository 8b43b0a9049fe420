import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ApprovalThreshold, AwardKind, AwardLevel, NomineeKind } from '../../domain/enums';
import { BaseEntity } from './base';

/** The award catalogue: hình thức khen thưởng and danh hiệu thi đua, each granted at one level. */
@ObjectType({ description: 'A form of commendation or an emulation title.' })
@Entity({ tableName: 'award_type' })
export class AwardType extends BaseEntity<'approvalThreshold' | 'prerequisiteCodes'> {
  @Field({ description: 'Stable code portals send, e.g. "GIAY_KHEN_CHU_TICH_XA".' })
  @Property({ type: 'string', length: 60, unique: true })
  code!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => AwardKind)
  @Enum({ items: () => AwardKind, nativeEnumName: 'award_kind' })
  kind!: AwardKind;

  @Field(() => AwardLevel, { description: 'The level whose chair (or council) grants it.' })
  @Enum({ items: () => AwardLevel, nativeEnumName: 'award_level' })
  grantingLevel!: AwardLevel;

  @Field({ description: 'Who signs, e.g. "Chủ tịch UBND tỉnh".' })
  @Property({ type: 'string', length: 200 })
  grantingAuthority!: string;

  @Field(() => [NomineeKind])
  @Enum({ items: () => NomineeKind, array: true, nativeEnumName: 'nominee_kind' })
  nomineeKinds!: NomineeKind[];

  @Field(() => ApprovalThreshold, { description: 'How many council members must vote yes.' })
  @Enum({ items: () => ApprovalThreshold, nativeEnumName: 'approval_threshold' })
  approvalThreshold: ApprovalThreshold = ApprovalThreshold.SIMPLE_MAJORITY;

  @Field(() => [String], { description: 'Codes of awards the nominee must already hold.' })
  @Property({ type: 'json' })
  prerequisiteCodes: string[] = [];
}
