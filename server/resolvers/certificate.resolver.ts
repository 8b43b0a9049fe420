import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { CertificateOrientation, CertificatePageSize, defaultLayout } from '../../domain/certificate-layout';
import { AwardType } from '../entities/award-type.entity';
import { AdminUnit } from '../entities/admin-unit.entity';
import { CertificateForm, CertificateLayoutType } from '../entities/certificate-form.entity';
import { GeneratedFile } from '../entities/generated-file.entity';
import { requireViewer, type RequestContext } from '../graphql/context';
import { mutationPayload, queryResult } from '../graphql/mutation-result';
import { related, relatedOrFail } from '../graphql/request-loaders';
import { UserError } from '../graphql/user-error.type';
import { SaveCertificateFormInput } from '../inputs/certificate-form.inputs';
import { listCertificateForms, saveCertificateForm } from '../services/certificate-form.service';
import { certificateOfEntry } from '../services/round-certificates.service';

@ObjectType({ description: 'The form as saved, or why it was refused.' })
export class CertificateFormPayload {
  @Field(() => CertificateForm, { nullable: true })
  form?: CertificateForm | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: "One awardee's certificate as a PDF to download, or why there is none." })
export class CertificateFilePayload {
  @Field(() => GeneratedFile, { nullable: true })
  file?: GeneratedFile | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** Certificate forms (mẫu phôi Bằng khen, Giấy khen) and printing one awardee's certificate. */
@Resolver(() => CertificateForm)
export class CertificateFormResolver {
  @Query(() => [CertificateForm], {
    description: "A unit's certificate forms; an award without one uses the unit's default, else the built-in form.",
  })
  certificateForms(@Ctx() ctx: RequestContext, @Arg('unitId', () => ID) unitId: string) {
    return queryResult(() => listCertificateForms({ em: ctx.em, viewer: requireViewer(ctx) }, unitId));
  }

  @Query(() => CertificateLayoutType, {
    description: 'The built-in positions on a sheet, used where a unit has no form: a starting point to edit.',
  })
  builtInCertificateLayout(
    @Ctx() ctx: RequestContext,
    @Arg('pageSize', () => CertificatePageSize, { defaultValue: CertificatePageSize.A4 }) pageSize: CertificatePageSize,
    @Arg('orientation', () => CertificateOrientation, { defaultValue: CertificateOrientation.LANDSCAPE })
    orientation: CertificateOrientation,
  ) {
    requireViewer(ctx);
    return defaultLayout({ pageSize, orientation });
  }

  @Mutation(() => CertificateFormPayload, {
    description: 'ADMIN of the unit: create or replace its certificate form for an award (or its default form).',
  })
  saveCertificateForm(@Ctx() ctx: RequestContext, @Arg('input') input: SaveCertificateFormInput) {
    return mutationPayload(() => saveCertificateForm({ em: ctx.em, viewer: requireViewer(ctx) }, input));
  }

  @Mutation(() => CertificateFilePayload, {
    description:
      'The certificate of one awarded round entry as a PDF (made once), for the units that see its nomination.',
  })
  certificateOfEntry(@Ctx() ctx: RequestContext, @Arg('entryId', () => ID) entryId: string) {
    const deps = { em: ctx.em, viewer: requireViewer(ctx), storage: ctx.storage };
    return mutationPayload(() => certificateOfEntry(deps, entryId));
  }

  @FieldResolver(() => AdminUnit)
  unit(@Root() form: CertificateForm, @Ctx() ctx: RequestContext) {
    return relatedOrFail(ctx, AdminUnit, form.unit);
  }

  @FieldResolver(() => AwardType, { nullable: true, description: "The award; null for the unit's default form." })
  award(@Root() form: CertificateForm, @Ctx() ctx: RequestContext) {
    return related(ctx, AwardType, form.award);
  }
}

export const CERTIFICATE_RESOLVERS = [CertificateFormResolver] as const;
