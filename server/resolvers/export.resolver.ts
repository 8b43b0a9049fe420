import { Arg, Args, Ctx, Field, ID, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { GeneratedFile } from '../entities/generated-file.entity';
import { ExportFormat, ExportSubject } from '../exports/export-kinds';
import { connectionType, PageArgs } from '../graphql/connection';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { UserError } from '../graphql/user-error.type';
import { NominationFilter } from '../inputs/nomination.inputs';
import { AwardRegistryFilterInput } from '../inputs/registry.inputs';
import { TaskFilter } from '../inputs/task.inputs';
import { myExports, requestExport } from '../services/export.service';

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'XLSX (Excel) or CSV (UTF-8 with a byte-order mark, so Excel shows Vietnamese).',
});

@ObjectType({ description: 'The export file (READY when small, PENDING while produced in the background).' })
export class ExportPayload {
  @Field(() => GeneratedFile, { nullable: true })
  file?: GeneratedFile | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class GeneratedFileConnection extends connectionType(GeneratedFile, 'GeneratedFile') {}

const BACKGROUND =
  'Small lists come back READY; larger ones PENDING, produced in the background (poll generatedFile, or wait ' +
  'for the notification with the download path). Only you may download it.';

/** Lists as XLSX or CSV, each with the filters and the access rules of its query. */
@Resolver()
export class ExportResolver {
  private run(ctx: RequestContext, subject: ExportSubject, filter: object, format: ExportFormat) {
    const deps = {
      em: ctx.em,
      viewer: requireViewer(ctx),
      storage: ctx.storage,
      temporal: ctx.temporal,
      config: ctx.config,
    };
    return mutationPayload(async () => ({
      file: await requestExport(deps, subject, { ...filter } as Record<string, unknown>, format),
    }));
  }

  @Mutation(() => ExportPayload, { description: `The nominations list (query nominations). ${BACKGROUND}` })
  exportNominations(
    @Ctx() ctx: RequestContext,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Arg('filter', () => NominationFilter, { nullable: true }) filter: NominationFilter | null,
  ) {
    return this.run(ctx, ExportSubject.NOMINATIONS, filter ?? {}, format);
  }

  @Mutation(() => ExportPayload, { description: `Your inbox (query myTasks). ${BACKGROUND}` })
  exportMyTasks(
    @Ctx() ctx: RequestContext,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | null,
  ) {
    return this.run(ctx, ExportSubject.INBOX, filter ?? {}, format);
  }

  @Mutation(() => ExportPayload, {
    description: `A round's results: rank, votes, outcome and certificate number of each entry. ${BACKGROUND}`,
  })
  exportRoundResults(
    @Ctx() ctx: RequestContext,
    @Arg('roundId', () => ID) roundId: string,
    @Arg('format', () => ExportFormat) format: ExportFormat,
  ) {
    return this.run(ctx, ExportSubject.ROUND_RESULTS, { roundId }, format);
  }

  @Mutation(() => ExportPayload, { description: `The award registry (query awardRegistry). ${BACKGROUND}` })
  exportAwardRegistry(
    @Ctx() ctx: RequestContext,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Arg('filter', () => AwardRegistryFilterInput, { nullable: true }) filter: AwardRegistryFilterInput | null,
  ) {
    return this.run(ctx, ExportSubject.REGISTRY, filter ?? {}, format);
  }

  @Mutation(() => ExportPayload, {
    description: 'The monitoring figures of a unit and its children (query unitWorkload).',
  })
  exportUnitWorkload(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('format', () => ExportFormat) format: ExportFormat,
  ) {
    return this.run(ctx, ExportSubject.MONITORING, { unitId, periodId }, format);
  }

  @Query(() => GeneratedFileConnection, { description: 'Your exports, newest first.' })
  myExports(@Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return queryResult(() => myExports(ctx.em, requireViewer(ctx), page));
  }
}
