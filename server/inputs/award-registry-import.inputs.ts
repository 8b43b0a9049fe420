import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'ADMIN of the unit: the register of awards it kept before the platform (sổ theo dõi khen thưởng), as a file.',
})
export class ImportAwardRegistryInput {
  @Field(() => ID, { description: 'The importing unit; every row’s "Đơn vị" is within it.' })
  unitId!: string;

  @Field({ description: 'The file’s name; its extension (.csv or .xlsx) says how to read it.' })
  fileName!: string;

  @Field({ description: 'The file’s bytes in base64, at most 5 MiB decoded (CSV in UTF-8; XLSX: the first sheet).' })
  contentBase64!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check every row and report, writing nothing.' })
  dryRun!: boolean;
}
