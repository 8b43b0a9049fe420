import { Field, ID, InputType } from 'type-graphql';
import { DecisionRegisterMode } from '../../domain/register-numbers';

@InputType({ description: "The unit's ADMIN: who keeps its yearly decision register, from this year on." })
export class SetDecisionRegisterInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => DecisionRegisterMode)
  mode!: DecisionRegisterMode;

  @Field(() => String, {
    nullable: true,
    description: 'What follows "QĐ-" in its numbers ("UBND", "SNV"); empty: UBND, or the initials of an agency.',
  })
  symbol?: string | null;
}

@InputType({ description: 'ADMIN or APPROVER of the unit: another decision of the agency, entered into its register.' })
export class RecordDecisionInput {
  @Field(() => ID)
  unitId!: string;

  @Field({ description: 'Số quyết định as the register gave it, e.g. "07/QĐ-UBND".' })
  decisionNumber!: string;

  @Field({ description: 'Ngày ký (YYYY-MM-DD), today or earlier; its year is the register it goes into.' })
  decisionDate!: string;

  @Field({ description: 'Trích yếu, e.g. "Về việc điều động cán bộ" (at most 500 characters).' })
  subject!: string;
}
