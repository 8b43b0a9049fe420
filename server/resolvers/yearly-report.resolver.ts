import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { YearlyReportPayload, YearlyStatistics } from '../graphql/yearly-report.types';
import { yearlyReport, YearlyReportFormat } from '../services/reports/yearly-report.service';
import { yearlyStatistics } from '../services/reports/yearly-statistics.service';

/** The yearly emulation-and-commendation report a unit sends up (TT 02/2023/TT-BNV). */
@Resolver()
export class YearlyReportResolver {
  @Query(() => YearlyStatistics, {
    description: "Anyone who may read the unit: a year's awards counted per award, nominee kind, movement and unit.",
  })
  yearlyStatistics(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int) year: number,
  ) {
    return queryResult(() => yearlyStatistics(ctx.em, requireViewer(ctx), unitId, year));
  }

  @Mutation(() => YearlyReportPayload, {
    description:
      'Anyone who may read the unit: produce the yearly report (Biểu 0602.N, 0603.N/BNV-TĐKT with a chart in the ' +
      'PDF) as a file kept with the unit; download it from file.downloadPath.',
  })
  yearlyReport(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int) year: number,
    @Arg('format', () => YearlyReportFormat) format: YearlyReportFormat,
  ) {
    return mutationPayload(async () => ({
      file: await yearlyReport(ctx.em, ctx.storage, requireViewer(ctx), { unitId, year, format }),
    }));
  }
}
