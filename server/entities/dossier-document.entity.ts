import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DocumentSlot } from '../../domain/enums';
import { BaseEntity } from './base';
import { Nomination } from './nomination.entity';
import { User } from './user.entity';

/** One version of one dossier document; rows are never changed once stored, only added. */
@ObjectType({ description: 'A file of the dossier: tờ trình, báo cáo thành tích, biên bản họp xét or evidence.' })
@Entity({ tableName: 'dossier_document' })
@Index({ properties: ['nomination', 'slot', 'version'] })
export class DossierDocument extends BaseEntity<'storedAt' | 'frozen'> {
  @ManyToOne(() => Nomination)
  nomination!: Rel<Nomination>;

  @Field(() => DocumentSlot)
  @Enum({ items: () => DocumentSlot, nativeEnumName: 'document_slot' })
  slot!: DocumentSlot;

  @Field(() => String, {
    nullable: true,
    description:
      "The reviewing stage whose own document it is (its tờ trình or biên bản); null: the nominating unit's.",
  })
  @Property({ type: 'string', length: 50, nullable: true })
  stageKey?: string | null;

  @Field(() => Int, { description: 'Version within the slot: 1, 2, … Evidence files each count as a version.' })
  @Property({ type: 'integer' })
  version!: number;

  @Field()
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Field()
  @Property({ type: 'string', length: 120 })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes as declared; the stored size once uploaded.' })
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the stored bytes (hex).' })
  @Property({ type: 'string', length: 64, nullable: true })
  sha256?: string | null;

  /** Where the storage keeps the bytes. */
  @Property({ type: 'string', length: 300 })
  storageKey!: string;

  @ManyToOne(() => User)
  uploadedBy!: Rel<User>;

  @Field(() => Date, { nullable: true, description: 'When the bytes arrived; null while the upload is pending.' })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  storedAt?: Date | null;

  @Field({ description: 'Frozen once the nomination is submitted with it.' })
  @Property({ type: 'boolean' })
  frozen: boolean = false;
}
