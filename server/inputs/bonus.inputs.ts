import { Field, Float, InputType, Int } from 'type-graphql';
import { NomineeKind } from '../../domain/enums';

@InputType({ description: 'National administrator: the coefficient of an award for a nominee kind in a legal period.' })
export class SetBonusCoefficientInput {
  @Field({
    description:
      'LAW_2003 (Decree 91/2017), LAW_2022_THREE_TIER (Decree 98/2023), LAW_2022_TWO_TIER (Decree 152/2025).',
  })
  legalPeriod!: string;

  @Field({ description: 'The award code of the catalogue, e.g. BANG_KHEN_CHU_TICH_TINH.' })
  awardCode!: string;

  @Field(() => NomineeKind)
  nomineeKind!: NomineeKind;

  @Field(() => Float, { description: 'Times the base salary: 0 to 100, at most two decimals.' })
  coefficient!: number;
}

@InputType({ description: 'National administrator: the base salary (mức lương cơ sở) from a day.' })
export class SetBaseSalaryInput {
  @Field({ description: 'First day in force (YYYY-MM-DD); an existing day is corrected.' })
  validFrom!: string;

  @Field(() => Int, { description: 'Đồng per month, a positive whole number.' })
  amount!: number;

  @Field({ description: 'The decree that set it, e.g. "Nghị định số 73/2024/NĐ-CP".' })
  legalBasis!: string;
}
