import { Field, Float, ID, InputType } from 'type-graphql';
import {
  CertificateAlign,
  CertificateOrientation,
  CertificatePageSize,
  CertificatePrintMode,
} from '../../domain/certificate-layout';

@InputType({ description: 'Where one field is printed, in millimetres from the top-left corner of the sheet.' })
export class CertificateFieldPositionInput {
  @Field(() => Float)
  x!: number;

  @Field(() => Float, { description: 'Top of the first line.' })
  y!: number;

  @Field(() => Float, { description: 'At least 10 mm; longer text wraps inside it.' })
  width!: number;

  @Field(() => Float, { description: 'Points, from 6 to 72.' })
  fontSize!: number;

  @Field(() => CertificateAlign, { defaultValue: CertificateAlign.CENTER })
  align!: CertificateAlign;
}

@InputType({ description: 'The positions of the fields; a field left out keeps the built-in position.' })
export class CertificateLayoutInput {
  @Field(() => CertificateFieldPositionInput, { nullable: true })
  recipientName?: CertificateFieldPositionInput | null;

  @Field(() => CertificateFieldPositionInput, { nullable: true })
  recipientUnit?: CertificateFieldPositionInput | null;

  @Field(() => CertificateFieldPositionInput, { nullable: true })
  achievement?: CertificateFieldPositionInput | null;

  @Field(() => CertificateFieldPositionInput, { nullable: true })
  decisionNumber?: CertificateFieldPositionInput | null;

  @Field(() => CertificateFieldPositionInput, { nullable: true })
  placeDate?: CertificateFieldPositionInput | null;

  @Field(() => CertificateFieldPositionInput, { nullable: true })
  signerTitle?: CertificateFieldPositionInput | null;

  @Field(() => CertificateFieldPositionInput, { nullable: true })
  signerName?: CertificateFieldPositionInput | null;

  @Field(() => CertificateFieldPositionInput, { nullable: true })
  certificateNumber?: CertificateFieldPositionInput | null;
}

@InputType({ description: "The unit's ADMIN: its certificate form for one award, or its default form (no award)." })
export class SaveCertificateFormInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'e.g. "BANG_KHEN_CHU_TICH_TINH"; empty: the unit’s default form.',
  })
  awardCode?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Phôi Bằng khen năm 2026".' })
  name?: string | null;

  @Field(() => CertificatePageSize)
  pageSize!: CertificatePageSize;

  @Field(() => CertificateOrientation)
  orientation!: CertificateOrientation;

  @Field(() => CertificatePrintMode)
  mode!: CertificatePrintMode;

  @Field(() => CertificateLayoutInput, { nullable: true })
  layout?: CertificateLayoutInput | null;
}
