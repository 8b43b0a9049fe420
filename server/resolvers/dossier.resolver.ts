import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { DossierDocument } from '../entities/dossier-document.entity';
import { Nomination } from '../entities/nomination.entity';
import { User } from '../entities/user.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload } from '../graphql/mutation-result';
import { UserError } from '../graphql/user-error.type';
import { RequestDocumentUploadInput } from '../inputs/dossier.inputs';
import { downloadUrl, isCurrent, listDocuments, requestDocumentUpload } from '../services/dossier.service';
import { relatedOrFail } from '../graphql/request-loaders';

@ObjectType({ description: 'A pending document and the signed link to PUT its bytes to, or why the request refused.' })
export class DocumentUploadPayload {
  @Field(() => DossierDocument, { nullable: true })
  document?: DossierDocument | null;

  @Field(() => String, {
    nullable: true,
    description:
      'PUT exactly `size` bytes here with the declared Content-Type, before `expiresAt`; no Authorization header needed.',
  })
  uploadUrl?: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** Dossier documents: upload links, and the fields that need the request (links, uploader). */
@Resolver(() => DossierDocument)
export class DossierDocumentResolver {
  @Mutation(() => DocumentUploadPayload, {
    description: 'Reserve the next version of a dossier slot and get a short-lived signed URL to upload the file to.',
  })
  requestDocumentUpload(@Ctx() ctx: RequestContext, @Arg('input') input: RequestDocumentUploadInput) {
    const deps = { em: ctx.em, viewer: requireViewer(ctx), config: ctx.config };
    return mutationPayload(() => requestDocumentUpload(deps, input));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'GET it with your bearer token; null while the upload is pending.',
  })
  downloadUrl(@Root() document: DossierDocument, @Ctx() ctx: RequestContext) {
    return downloadUrl(ctx.config, document);
  }

  @FieldResolver(() => User)
  uploadedBy(@Root() document: DossierDocument, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, User, document.uploadedBy);
  }

  @FieldResolver(() => Boolean, {
    description: 'Stored and not replaced by a later version of its slot (evidence files are all current).',
  })
  current(@Root() document: DossierDocument, @Ctx() ctx: RequestContext) {
    return isCurrent(ctx.em, document);
  }
}

/** Adds `documents` to Nomination; type-graphql merges it with NominationResolver's fields. */
@Resolver(() => Nomination)
export class NominationDocumentsResolver {
  @FieldResolver(() => [DossierDocument], {
    description: 'Stored dossier documents by slot and version; `current: false` includes replaced versions.',
  })
  documents(
    @Root() nomination: Nomination,
    @Ctx() ctx: RequestContext,
    @Arg('current', () => Boolean, { nullable: true, defaultValue: true }) current: boolean | null,
  ) {
    return listDocuments(ctx.em, nomination.id, current ?? true);
  }
}
