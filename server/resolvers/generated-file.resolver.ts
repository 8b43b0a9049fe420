import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { GeneratedFileStatus } from '../../domain/document-enums';
import { GeneratedFile } from '../entities/generated-file.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { visibleGeneratedFile } from '../services/generated-file.service';

@Resolver(() => GeneratedFile)
export class GeneratedFileResolver {
  @Query(() => GeneratedFile, {
    description: 'A produced document (decision, certificates, export, report): poll it until READY, then download.',
  })
  async generatedFile(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<GeneratedFile> {
    return visibleGeneratedFile(ctx.em, requireViewer(ctx), id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where to GET the bytes with the same bearer token, once READY (e.g. "/files/<id>").',
  })
  downloadPath(@Root() file: GeneratedFile): string | null {
    return file.status === GeneratedFileStatus.READY ? `/files/${file.id}` : null;
  }
}
