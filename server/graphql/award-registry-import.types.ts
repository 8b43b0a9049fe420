import { Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode } from '../../domain/error-codes';
import { UserError } from './user-error.type';

@ObjectType({ description: 'A row of the file that was not imported, and why.' })
export class UnmatchedRegistryRow {
  @Field(() => Int, { description: 'The row number as the spreadsheet shows it (the header row included).' })
  row!: number;

  @Field(() => ErrorCode)
  code!: ErrorCode;

  @Field({ description: 'English reason.' })
  reason!: string;

  @Field({ description: 'Vietnamese reason.' })
  reasonVi!: string;
}

@ObjectType({ description: 'What importing a register did (or, in a dry run, would do).' })
export class AwardRegistryImportReport {
  @Field()
  dryRun!: boolean;

  @Field(() => Int, { description: 'Data rows read; blank rows are not counted.' })
  rows!: number;

  @Field(() => Int, { description: 'Rows entered in the award registry (a dry run: that would be).' })
  imported!: number;

  @Field(() => Int, { description: 'Rows already in the registry: imported before, or signed through the platform.' })
  unchanged!: number;

  @Field(() => [UnmatchedRegistryRow], { description: 'Rows not imported, in row order.' })
  unmatched!: UnmatchedRegistryRow[];
}

@ObjectType({ description: 'The import report, or why the file was refused as a whole.' })
export class AwardRegistryImportPayload {
  @Field(() => AwardRegistryImportReport, { nullable: true })
  report?: AwardRegistryImportReport | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
