import { Arg, Ctx, Field, Float, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { NomineeKind } from '../../domain/enums';
import { BaseSalary } from '../entities/base-salary.entity';
import { BonusCoefficient } from '../entities/bonus-coefficient.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { UserError } from '../graphql/user-error.type';
import { SetBaseSalaryInput, SetBonusCoefficientInput } from '../inputs/bonus.inputs';
import * as bonus from '../services/bonus.service';

@ObjectType('BonusAmount', { description: 'What a decision pays one awardee (tiền thưởng).' })
export class BonusAmountType implements bonus.BonusAmount {
  @Field(() => Float, { description: 'Hệ số: times the base salary.' })
  coefficient!: number;

  @Field(() => Float, { description: 'Mức lương cơ sở in force on the decision date (đồng).' })
  baseSalary!: number;

  @Field(() => Float, { description: 'Coefficient × base salary, rounded up to the ten thousand đồng.' })
  amount!: number;

  @Field({ description: 'The legal period of the decision date, whose decree gives the coefficient.' })
  legalPeriod!: string;
}

@ObjectType('BonusTable', { description: 'The bonus coefficients and the base salaries by date.' })
export class BonusTableType {
  @Field(() => [BonusCoefficient])
  coefficients!: BonusCoefficient[];

  @Field(() => [BaseSalary], { description: 'Oldest first; each is in force until the next one starts.' })
  baseSalaries!: BaseSalary[];
}

@ObjectType({ description: 'The coefficient after the change, or why it was refused.' })
export class BonusCoefficientPayload {
  @Field(() => BonusCoefficient, { nullable: true })
  coefficient?: BonusCoefficient | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'The base salary after the change, or why it was refused.' })
export class BaseSalaryPayload {
  @Field(() => BaseSalary, { nullable: true })
  baseSalary?: BaseSalary | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** The bonus table per legal period and what a decision will pay. */
@Resolver()
export class BonusResolver {
  @Query(() => BonusTableType, {
    description: 'Bonus coefficients (of one legal period when given) and base salaries.',
  })
  bonusTable(
    @Ctx() ctx: RequestContext,
    @Arg('legalPeriod', () => String, { nullable: true }) legalPeriod?: string | null,
  ) {
    requireViewer(ctx);
    return queryResult(() => bonus.bonusTable(ctx.em, legalPeriod));
  }

  @Query(() => BonusAmountType, {
    nullable: true,
    description: 'What a decision of that date pays for the award and nominee kind; null: no bonus in that period.',
  })
  bonusPreview(
    @Ctx() ctx: RequestContext,
    @Arg('awardCode') awardCode: string,
    @Arg('nomineeKind', () => NomineeKind) nomineeKind: NomineeKind,
    @Arg('decisionDate', { description: 'YYYY-MM-DD' }) decisionDate: string,
  ) {
    requireViewer(ctx);
    return queryResult(() => bonus.previewBonus(ctx.em, { awardCode, nomineeKind, decisionDate }));
  }

  @Mutation(() => BonusCoefficientPayload, {
    description: 'National administrator only: set the coefficient of an award for a nominee kind in a legal period.',
  })
  setBonusCoefficient(@Ctx() ctx: RequestContext, @Arg('input') input: SetBonusCoefficientInput) {
    return mutationPayload(() => bonus.setBonusCoefficient(ctx.em, requireViewer(ctx), input));
  }

  @Mutation(() => BaseSalaryPayload, {
    description: 'National administrator only: record or correct the base salary in force from a day.',
  })
  setBaseSalary(@Ctx() ctx: RequestContext, @Arg('input') input: SetBaseSalaryInput) {
    return mutationPayload(() => bonus.setBaseSalary(ctx.em, requireViewer(ctx), input));
  }
}
