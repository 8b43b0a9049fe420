import { Field, ID, InputType, Int } from 'type-graphql';
import { DocumentSlot } from '../../domain/enums';

@InputType({
  description:
    "A file about to be uploaded into a slot of a draft or returned nomination, or of the reviewing stage's own.",
})
export class RequestDocumentUploadInput {
  @Field(() => ID)
  nominationId!: string;

  @Field(() => DocumentSlot)
  slot!: DocumentSlot;

  @Field({ description: 'The name shown to reviewers and used for downloads, e.g. "To-trinh-2024.pdf".' })
  fileName!: string;

  @Field({
    description: 'PDF, JPEG, PNG, Word (.doc/.docx) or Excel (.xls/.xlsx); must match the extension and the bytes.',
  })
  contentType!: string;

  @Field(() => Int, { description: 'Exact size in bytes (at most 20 MiB); the upload must send exactly this many.' })
  size!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "A reviewing stage's own submission letter or minutes: the key of the stage reviewing the nomination now, whose task the uploader holds.",
  })
  stageKey?: string | null;
}
