import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PovertyReportFormat } from '../../domain/poverty-enums';
import { AdminUnit } from '../entities/admin-unit.entity';
import { PovertyCount } from '../entities/poverty-count.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import {
  PovertyCountPayload,
  PovertyImportPayload,
  PovertyProgressRow,
  PovertyReportPayload,
  PovertyTargetPayload,
} from '../graphql/poverty.types';
import { PovertyTarget } from '../entities/poverty-target.entity';
import { ImportPovertyCountsInput, PovertyTargetInput, RecordPovertyCountInput } from '../inputs/poverty.inputs';
import { povertyCountsOf, recordPovertyCount } from '../services/poverty-count.service';
import { importPovertyCounts } from '../services/poverty-import.service';
import { povertyProgress, type PovertyProgressRow as ProgressData } from '../services/poverty-progress.service';
import { povertyReport } from '../services/poverty-report.service';
import { attachPovertyTarget, povertyTargetsOf } from '../services/poverty-target.service';

/** The GraphQL shape of a progress row: the figures flattened beside the unit. */
export function progressRowType(row: ProgressData): PovertyProgressRow {
  return {
    unit: row.unit,
    year: row.year,
    households: row.figures?.households ?? null,
    poorHouseholds: row.figures?.poorHouseholds ?? null,
    nearPoorHouseholds: row.figures?.nearPoorHouseholds ?? null,
    ethnicMinorityPoorHouseholds: row.figures?.ethnicMinorityPoorHouseholds ?? null,
    rate: row.rate,
    fromPredecessors: row.fromPredecessors,
    status: row.status,
    targets: row.targets,
  };
}

/** Poverty counts per unit and year, the campaign's targets and the progress against them (issue 12). */
@Resolver(() => PovertyCount)
export class PovertyResolver {
  @Mutation(() => PovertyCountPayload, {
    description:
      'The commune (or an officer of a unit above it) enters its yearly review of poor households; entering the same unit and year again corrects it.',
  })
  recordPovertyCount(@Ctx() ctx: RequestContext, @Arg('input') input: RecordPovertyCountInput) {
    return mutationPayload(() => recordPovertyCount({ em: ctx.em, viewer: requireViewer(ctx) }, input));
  }

  @Mutation(() => PovertyImportPayload, {
    description:
      'Poverty counts from a CSV/XLSX file (Mã đơn vị, Năm, Tổng số hộ, Số hộ nghèo, Số hộ cận nghèo, Số hộ nghèo dân tộc thiểu số); ' +
      'rows that hold are written, the others reported by row number.',
  })
  importPovertyCounts(@Ctx() ctx: RequestContext, @Arg('input') input: ImportPovertyCountsInput) {
    return mutationPayload(() => importPovertyCounts({ em: ctx.em, viewer: requireViewer(ctx) }, input));
  }

  @Mutation(() => PovertyTargetPayload, {
    description: "ADMIN of the campaign's issuing unit: add a poverty target of its plan.",
  })
  attachPovertyTarget(
    @Ctx() ctx: RequestContext,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input') input: PovertyTargetInput,
  ) {
    return mutationPayload(() => attachPovertyTarget({ em: ctx.em, viewer: requireViewer(ctx) }, campaignId, input));
  }

  @Mutation(() => PovertyReportPayload, {
    description:
      'The poverty report of a district or province (a table per unit and a chart) as a POVERTY_REPORT file.',
  })
  povertyReport(
    @Ctx() ctx: RequestContext,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int) year: number,
    @Arg('format', () => PovertyReportFormat) format: PovertyReportFormat,
  ) {
    const deps = { em: ctx.em, viewer: requireViewer(ctx), storage: ctx.storage };
    return mutationPayload(() => povertyReport(deps, { campaignId, unitId, year, format }));
  }

  @Query(() => [PovertyCount], { description: "A unit's poverty counts, newest year first (one year if given)." })
  povertyCounts(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ) {
    return queryResult(() => povertyCountsOf({ em: ctx.em, viewer: requireViewer(ctx) }, unitId, year));
  }

  @Query(() => [PovertyTarget], { description: "A campaign's poverty targets." })
  povertyTargets(@Ctx() ctx: RequestContext, @Arg('campaignId', () => ID) campaignId: string) {
    requireViewer(ctx);
    return queryResult(() => povertyTargetsOf(ctx.em, campaignId));
  }

  @Query(() => [PovertyProgressRow], {
    description:
      'Progress in the year of the unit and of every administrative unit below it, against each target that applies.',
  })
  async povertyProgress(
    @Ctx() ctx: RequestContext,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int) year: number,
  ) {
    const rows = await queryResult(() =>
      povertyProgress({ em: ctx.em, viewer: requireViewer(ctx) }, campaignId, unitId, year),
    );
    return rows.map(progressRowType);
  }

  @FieldResolver(() => AdminUnit)
  unit(@Root() count: PovertyCount, @Ctx() ctx: RequestContext) {
    return ctx.em.findOneOrFail(AdminUnit, count.unit.id);
  }
}
