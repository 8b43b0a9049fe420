import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GeneratedFileKind, GeneratedFileStatus } from '../../domain/document-enums';
import { AdminUnit } from './admin-unit.entity';
import { BaseEntity } from './base';
import { CommendationRound } from './commendation-round.entity';
import { User } from './user.entity';

registerEnumType(GeneratedFileKind, { name: 'GeneratedFileKind' });
registerEnumType(GeneratedFileStatus, { name: 'GeneratedFileStatus' });

/**
 * A document the platform produced (decision, certificates, export, report), kept in the dossier
 * storage and downloaded from /files/<id>. Its bytes are written once; the row records their SHA-256.
 */
@ObjectType({ description: 'A document the platform produced: a decision, certificates, an export or a report.' })
@Entity({ tableName: 'generated_file' })
@Index({ properties: ['round', 'kind'] })
@Index({ properties: ['requestedBy', 'createdAt'] })
export class GeneratedFile extends BaseEntity<'status' | 'progress' | 'sharedWithUnitIds' | 'parameters'> {
  @Field(() => GeneratedFileKind)
  @Enum({ items: () => GeneratedFileKind, nativeEnumName: 'generated_file_kind' })
  kind!: GeneratedFileKind;

  @Field(() => GeneratedFileStatus)
  @Enum({ items: () => GeneratedFileStatus, nativeEnumName: 'generated_file_status' })
  status: GeneratedFileStatus = GeneratedFileStatus.PENDING;

  @Field(() => Float, { description: 'Share done, 0 to 1, while the file is being produced.' })
  @Property({ type: 'double' })
  progress: number = 0;

  /** The unit the document belongs to: whoever holds a role over it (or above it) may download. */
  @ManyToOne(() => AdminUnit)
  unit!: Rel<AdminUnit>;

  /** Further units that may download it, e.g. the units whose nominees a decision awards. */
  @Property({ type: 'json' })
  sharedWithUnitIds: string[] = [];

  /** Who asked for it; an export is theirs alone. Null for documents made by the pipeline. */
  @ManyToOne(() => User, { nullable: true })
  requestedBy?: Rel<User> | null;

  @ManyToOne(() => CommendationRound, { nullable: true })
  round?: Rel<CommendationRound> | null;

  /** What the file was made from (filters, year, format), to make it again or to show. */
  @Property({ type: 'json' })
  parameters: Record<string, unknown> = {};

  @Field()
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Field()
  @Property({ type: 'string', length: 120 })
  contentType!: string;

  @Field(() => Int, { nullable: true, description: 'Bytes, once ready.' })
  @Property({ type: 'integer', nullable: true })
  size?: number | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the stored bytes (hex), once ready.' })
  @Property({ type: 'string', length: 64, nullable: true })
  sha256?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  storageKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Why producing it failed.' })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  readyAt?: Date | null;
}
