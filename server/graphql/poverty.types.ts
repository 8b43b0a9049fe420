import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode } from '../../domain/error-codes';
import { PovertyTargetStatus } from '../../domain/poverty-enums';
import { AdminUnit } from '../entities/admin-unit.entity';
import { GeneratedFile } from '../entities/generated-file.entity';
import { PovertyCount } from '../entities/poverty-count.entity';
import { PovertyTarget } from '../entities/poverty-target.entity';
import { UserError } from './user-error.type';

registerEnumType(PovertyTargetStatus, {
  name: 'PovertyTargetStatus',
  description: 'Met, not met, not yet due, no data.',
});

@ObjectType()
export class PovertyCountPayload {
  @Field(() => PovertyCount, { nullable: true })
  count?: PovertyCount | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'A row of the file that was not imported, and why.' })
export class PovertyImportRowError {
  @Field(() => Int, { description: 'The row number as the spreadsheet shows it (the header row included).' })
  row!: number;

  @Field(() => ErrorCode)
  code!: ErrorCode;

  @Field()
  reason!: string;

  @Field()
  reasonVi!: string;
}

@ObjectType()
export class PovertyImportReport {
  @Field()
  dryRun!: boolean;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int, {
    description: 'Rows written (a dry run: that would be); a unit and year already there is corrected.',
  })
  imported!: number;

  @Field(() => [PovertyImportRowError])
  errors!: PovertyImportRowError[];
}

@ObjectType()
export class PovertyImportPayload {
  @Field(() => PovertyImportReport, { nullable: true })
  report?: PovertyImportReport | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class PovertyTargetPayload {
  @Field(() => PovertyTarget, { nullable: true })
  target?: PovertyTarget | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class PovertyReportPayload {
  @Field(() => GeneratedFile, { nullable: true })
  file?: GeneratedFile | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: "A unit's standing against one target in the year, with the numbers." })
export class PovertyTargetProgress {
  @Field(() => PovertyTarget)
  target!: PovertyTarget;

  @Field(() => PovertyTargetStatus)
  status!: PovertyTargetStatus;

  @Field({ description: 'RATE_PERCENT (poor households per 100) or POOR_HOUSEHOLDS.' })
  measure!: string;

  @Field(() => Int, { nullable: true, description: 'The year compared against (a yearly reduction: the year before).' })
  comparedYear?: number | null;

  @Field(() => Float, { nullable: true })
  base?: number | null;

  @Field(() => Float, { nullable: true })
  current?: number | null;

  @Field(() => Float, { nullable: true, description: 'The value that meets the target (strict: to stay below).' })
  required?: number | null;

  @Field(() => [String], { description: 'Codes of the predecessors whose base-year figures were added up.' })
  baseFromPredecessors!: string[];
}

@ObjectType({ description: "A unit's poverty figures in a year and its progress against the campaign's targets." })
export class PovertyProgressRow {
  @Field(() => AdminUnit)
  unit!: AdminUnit;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  households?: number | null;

  @Field(() => Int, { nullable: true })
  poorHouseholds?: number | null;

  @Field(() => Int, { nullable: true })
  nearPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true })
  ethnicMinorityPoorHouseholds?: number | null;

  @Field(() => Float, { nullable: true, description: 'Tỷ lệ hộ nghèo (%).' })
  rate?: number | null;

  @Field(() => [String], { description: 'Codes of the predecessors whose figures were added up, if any.' })
  fromPredecessors!: string[];

  @Field(() => PovertyTargetStatus)
  status!: PovertyTargetStatus;

  @Field(() => [PovertyTargetProgress])
  targets!: PovertyTargetProgress[];
}
