import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client, DocumentSlot } from '../../client-sdk/index';
import { DOSSIER_REQUIREMENTS, samplePdf, type SlotRequirement } from './dossier-fixtures';

type Requirements = { nomination: { dossierRequirements: SlotRequirement[] } | null };
const REQUIREMENTS = parse(DOSSIER_REQUIREMENTS) as TypedDocumentNode<Requirements, { id: string }>;

/** Fills every slot the nomination's dossier profile requires, through the SDK, as a portal does before submitting. */
export async function uploadRequiredDocuments(client: Client, nominationId: string): Promise<void> {
  const { nomination } = await client.request(REQUIREMENTS, { id: nominationId });
  const slots = (nomination?.dossierRequirements ?? []).filter((r) => r.stageKey === null).map((r) => r.slot);
  if (!slots.length) throw new Error(`nomination ${nominationId} lists no dossier requirements`);
  for (const slot of slots) {
    const result = await client.uploadDocument({
      nominationId,
      slot: slot as DocumentSlot,
      fileName: `${slot.toLowerCase()}.pdf`,
      contentType: 'application/pdf',
      bytes: samplePdf(slot),
    });
    if (result.userErrors.length) throw new Error(`upload of ${slot} refused: ${JSON.stringify(result.userErrors)}`);
  }
}
