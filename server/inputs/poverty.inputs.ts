import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PovertyReportFormat, PovertyTargetKind } from '../../domain/poverty-enums';

registerEnumType(PovertyReportFormat, { name: 'PovertyReportFormat' });

@InputType({ description: "A unit's yearly review of poor and near-poor households (end of the year)." })
export class RecordPovertyCountInput {
  @Field(() => ID, { description: 'The commune (or the district, province) the figures are for.' })
  unitId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Tổng số hộ.' })
  households!: number;

  @Field(() => Int, { description: 'Số hộ nghèo.' })
  poorHouseholds!: number;

  @Field(() => Int, { description: 'Số hộ cận nghèo.' })
  nearPoorHouseholds!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Số hộ nghèo dân tộc thiểu số.' })
  ethnicMinorityPoorHouseholds!: number;
}

@InputType({ description: 'A file of poverty counts (CSV or XLSX): one row per unit code and year.' })
export class ImportPovertyCountsInput {
  @Field(() => ID, { description: 'The unit whose area every row is in.' })
  unitId!: string;

  @Field({ description: 'The file name; its extension (.csv or .xlsx) says how to read it.' })
  fileName!: string;

  @Field({ description: 'The bytes in base64, at most 5 MiB decoded (CSV in UTF-8; XLSX: the first sheet).' })
  contentBase64!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check every row and report, writing nothing.' })
  dryRun!: boolean;
}

@InputType({ description: "A poverty target of the campaign's plan." })
export class PovertyTargetInput {
  @Field(() => PovertyTargetKind)
  kind!: PovertyTargetKind;

  @Field(() => Int, { nullable: true, description: 'Yearly reduction: counted from; reduction: compared against.' })
  baseYear?: number | null;

  @Field(() => Int, { description: 'First year the target must hold; a yearly reduction: its last year.' })
  targetYear!: number;

  @Field(() => Int, { nullable: true, description: 'Last year the target applies.' })
  untilYear?: number | null;

  @Field(() => Float, { nullable: true })
  reductionPoints?: number | null;

  @Field(() => Float, { nullable: true })
  highRateThreshold?: number | null;

  @Field(() => Float, { nullable: true })
  highRateReductionPoints?: number | null;

  @Field(() => Float, { nullable: true, description: 'No poor households: the rate tolerated (%), 0 by default.' })
  maxRatePercent?: number | null;

  @Field(() => Float, { nullable: true })
  reductionPercent?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The reduction must exceed the figure ("giảm trên 50%").' })
  strict?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Kinds of unit ("Phường", "Xã", "Thị trấn"); none: all.' })
  unitTypes?: string[] | null;

  @Field({ description: "The plan's words, quoted exactly." })
  planText!: string;
}
