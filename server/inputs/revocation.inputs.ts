import { Field, ID, InputType } from 'type-graphql';
import { RevocationGround } from '../../domain/enums';

@InputType({
  description:
    'APPROVER or ADMIN of the issuing unit itself: cancel an award on a ground of Law 06/2022 art. 93 cl. 2.',
})
export class RevokeAwardInput {
  @Field(() => ID, { description: 'The line of the register of awards (AwardRecord).' })
  awardRecordId!: string;

  @Field(() => RevocationGround)
  ground!: RevocationGround;

  @Field({ description: 'Why it is revoked (at most 2000 characters).' })
  reason!: string;

  @Field({
    description: 'The legal basis and the revoking decision, e.g. "Quyết định số 15/QĐ-UBND ngày 01/12/2026".',
  })
  legalBasis!: string;
}

@InputType({ description: "The issuing unit records that a revoked award's certificate and/or bonus were recovered." })
export class RecordAwardRecoveryInput {
  @Field(() => ID)
  awardRecordId!: string;

  @Field({ defaultValue: false, description: 'The certificate (hiện vật khen thưởng) was handed back.' })
  certificate!: boolean;

  @Field({ defaultValue: false, description: 'The bonus (tiền thưởng) was paid back.' })
  bonus!: boolean;
}
