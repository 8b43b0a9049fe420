import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { GeneratedFile } from '../entities/generated-file.entity';
import { YearlyReportFormat } from '../services/reports/yearly-report.service';
import { UserError } from './user-error.type';

registerEnumType(YearlyReportFormat, {
  name: 'YearlyReportFormat',
  description: 'XLSX (editable) or PDF (printable).',
});

@ObjectType({ description: 'One line of the yearly statistics: awards counted per award column.' })
export class YearlyStatisticsRow {
  @Field({
    description: 'Stable key, e.g. "TOTAL", "KIND:INDIVIDUAL", "METHOD:CHUYEN_DE", "MOVEMENT:<name>", "UNIT:<id>".',
  })
  key!: string;

  @Field({ description: 'As printed on the form, e.g. "Cá nhân", "Chuyên đề", "Phường Xuân Tăng".' })
  label!: string;

  @Field(() => Int, { description: 'All awards of the line.' })
  total!: number;

  @Field(() => [Int], { description: 'Awards per column, in the order of YearlyStatistics.awards.' })
  counts!: number[];
}

@ObjectType({ description: 'Awards of one line of byUnit within one movement: the data of the report chart.' })
export class YearlyUnitMovementCount {
  @Field({ description: 'The key of the byUnit line.' })
  unitKey!: string;

  @Field({ description: 'The label of the byMovement line.' })
  movement!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description:
    'Awards of a year proposed by a unit and the units below it (revoked ones not counted), as the yearly ' +
    'report under Thông tư 02/2023/TT-BNV counts them.',
})
export class YearlyStatistics {
  @Field(() => AdminUnit)
  unit!: AdminUnit;

  @Field(() => Int, { description: 'The year of the achievements.' })
  year!: number;

  @Field(() => [AwardType], { description: 'The columns: every award of the catalogue, national level first.' })
  awards!: AwardType[];

  @Field(() => YearlyStatisticsRow)
  total!: YearlyStatisticsRow;

  @Field(() => [YearlyStatisticsRow], { description: 'Tập thể, Hộ gia đình, Cá nhân.' })
  byNomineeKind!: YearlyStatisticsRow[];

  @Field(() => [YearlyStatisticsRow], { description: 'Thường xuyên, Chuyên đề, Đột xuất, Cống hiến, Niên hạn.' })
  byCommendationKind!: YearlyStatisticsRow[];

  @Field(() => [YearlyStatisticsRow], { description: 'Per movement, by name; awards outside any movement last.' })
  byMovement!: YearlyStatisticsRow[];

  @Field(() => [YearlyStatisticsRow], {
    description: "The unit's own proposals (when it has any), then each direct subordinate unit with its subtree.",
  })
  byUnit!: YearlyStatisticsRow[];

  @Field(() => [YearlyUnitMovementCount], { description: 'Non-zero counts per subordinate unit and movement.' })
  byUnitAndMovement!: YearlyUnitMovementCount[];
}

@ObjectType()
export class YearlyReportPayload {
  @Field(() => GeneratedFile, { nullable: true, description: 'READY: download it from its downloadPath.' })
  file?: GeneratedFile;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
