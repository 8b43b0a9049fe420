import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import {
  CertificateAlign,
  CertificateOrientation,
  CertificatePageSize,
  CertificatePrintMode,
  type CertificateLayout,
} from '../../domain/certificate-layout';
import { AdminUnit } from './admin-unit.entity';
import { AwardType } from './award-type.entity';
import { BaseEntity } from './base';

registerEnumType(CertificatePageSize, { name: 'CertificatePageSize' });
registerEnumType(CertificateOrientation, { name: 'CertificateOrientation' });
registerEnumType(CertificatePrintMode, {
  name: 'CertificatePrintMode',
  description: "FULL: the whole certificate on plain paper; FIELDS_ONLY: the fields onto the unit's blank forms.",
});
registerEnumType(CertificateAlign, { name: 'CertificateAlign' });

@ObjectType({ description: 'Where one field is printed, in millimetres from the top-left corner of the sheet.' })
export class CertificateFieldPosition {
  @Field(() => Float)
  x!: number;

  @Field(() => Float, { description: 'Top of the first line.' })
  y!: number;

  @Field(() => Float, { description: 'Width of the text box; longer text wraps inside it.' })
  width!: number;

  @Field(() => Float, { description: 'Points.' })
  fontSize!: number;

  @Field(() => CertificateAlign)
  align!: CertificateAlign;
}

@ObjectType({ description: 'The positions of every field of a certificate.' })
export class CertificateLayoutType {
  @Field(() => CertificateFieldPosition)
  recipientName!: CertificateFieldPosition;

  @Field(() => CertificateFieldPosition, { description: 'Chức vụ, đơn vị of the recipient.' })
  recipientUnit!: CertificateFieldPosition;

  @Field(() => CertificateFieldPosition)
  achievement!: CertificateFieldPosition;

  @Field(() => CertificateFieldPosition, { description: '"Quyết định số …, ngày …".' })
  decisionNumber!: CertificateFieldPosition;

  @Field(() => CertificateFieldPosition, { description: '"An Giang, ngày 05 tháng 12 năm 2026".' })
  placeDate!: CertificateFieldPosition;

  @Field(() => CertificateFieldPosition)
  signerTitle!: CertificateFieldPosition;

  @Field(() => CertificateFieldPosition)
  signerName!: CertificateFieldPosition;

  @Field(() => CertificateFieldPosition, { description: '"Số sổ: BK-2026-0001".' })
  certificateNumber!: CertificateFieldPosition;
}

/**
 * A unit's certificate form (mẫu phôi Bằng khen, Giấy khen): the sheet, whether the platform prints
 * the whole certificate or only the fields onto pre-printed blanks, and where each field goes. The
 * form without an award is the unit's default for all its awards.
 */
@ObjectType({ description: "An issuing unit's certificate form: the sheet and where each field is printed." })
@Entity({ tableName: 'certificate_form' })
@Unique({ properties: ['unit', 'award'] })
export class CertificateForm extends BaseEntity<'updatedAt'> {
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  /** Null: the unit's form for every award it has no own form for. */
  @ManyToOne(() => AwardType, { nullable: true })
  award?: Rel<AwardType> | null;

  @Field({ description: 'How the văn thư calls the form, e.g. "Phôi Bằng khen năm 2026".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => CertificatePageSize)
  @Enum({ items: () => CertificatePageSize, nativeEnumName: 'certificate_page_size' })
  pageSize!: CertificatePageSize;

  @Field(() => CertificateOrientation)
  @Enum({ items: () => CertificateOrientation, nativeEnumName: 'certificate_orientation' })
  orientation!: CertificateOrientation;

  @Field(() => CertificatePrintMode)
  @Enum({ items: () => CertificatePrintMode, nativeEnumName: 'certificate_print_mode' })
  mode!: CertificatePrintMode;

  @Field(() => CertificateLayoutType)
  @Property({ type: 'json' })
  layout!: CertificateLayout;

  @Field()
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
