import { REQUIRED_SLOTS } from '../../domain/dossier-rules';
import type { Client, DocumentSlot } from '../../client-sdk';
import { samplePdf } from './dossier-fixtures';

/** Fills every required dossier slot through the SDK, as a portal does before submitting. */
export async function uploadRequiredDocuments(client: Client, nominationId: string): Promise<void> {
  for (const slot of REQUIRED_SLOTS) {
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
