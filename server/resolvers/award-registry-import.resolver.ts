import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AwardRegistryImportPayload } from '../graphql/award-registry-import.types';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload } from '../graphql/mutation-result';
import { ImportAwardRegistryInput } from '../inputs/award-registry-import.inputs';
import { importRegistryFile } from '../services/award-registry-import.service';

/** Importing the register of awards a unit kept before the platform. */
@Resolver()
export class AwardRegistryImportResolver {
  @Mutation(() => AwardRegistryImportPayload, {
    description:
      'ADMIN of the unit: enter the rows of a register kept before (CSV/XLSX) in the award registry, or with ' +
      'dryRun check them; rows that cannot be matched are reported by row number, the others imported. ' +
      'Importing the same file again enters nothing.',
  })
  importAwardRegistry(@Ctx() ctx: RequestContext, @Arg('input') input: ImportAwardRegistryInput) {
    return mutationPayload(() => importRegistryFile({ em: ctx.em, viewer: requireViewer(ctx) }, input));
  }
}
