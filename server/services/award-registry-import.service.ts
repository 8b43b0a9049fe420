import type { EntityManager } from '@mikro-orm/postgresql';
import { refusal, registryImportMessages as M } from '../../domain/messages';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { readRegistryFile, registryFormatOf } from '../importers/award-registry-file';
import { importAwardRegistry } from '../importers/award-registry.importer';
import { findOrRefuse } from '../store/load';
import { actorOf, adminOver } from './admin-access';

/** A register is a few thousand rows: 5 MiB holds far more, and keeps a stray upload from eating memory. */
export const MAX_REGISTRY_FILE_BYTES = 5 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface ImportAwardRegistryRequest {
  unitId: string;
  fileName: string;
  contentBase64: string;
  dryRun?: boolean | null;
}

/** An ADMIN of the unit imports the register of awards it kept before the platform (or checks it first). */
export async function importRegistryFile(
  deps: { em: EntityManager; viewer: Viewer },
  input: ImportAwardRegistryRequest,
) {
  const unit = await findOrRefuse(deps.em, AdminUnit, input.unitId, 'unitId');
  const role = adminOver(deps.viewer, unit.path, 'unitId');
  const fileName = input.fileName.trim();
  const format = registryFormatOf(fileName);
  if (!format) throw refusal(M.fileType, { fileName }, 'fileName');
  const content = input.contentBase64.replace(/\s/g, '');
  // Decoded size from the text's length, before decoding anything.
  if (Math.floor((content.length * 3) / 4) > MAX_REGISTRY_FILE_BYTES + 2)
    throw refusal(M.fileTooLarge, { fileName, maxMiB: MAX_REGISTRY_FILE_BYTES / 1024 / 1024 }, 'contentBase64');
  if (!BASE64.test(content) || content.length % 4 === 1) throw refusal(M.contentInvalid, {}, 'contentBase64');
  const bytes = Buffer.from(content, 'base64');
  if (bytes.length > MAX_REGISTRY_FILE_BYTES)
    throw refusal(M.fileTooLarge, { fileName, maxMiB: MAX_REGISTRY_FILE_BYTES / 1024 / 1024 }, 'contentBase64');
  const sheet = await readRegistryFile(bytes, format, fileName);
  const report = await importAwardRegistry(deps.em, {
    unitId: unit.id,
    rows: sheet.rows,
    collectiveNames: sheet.collectiveNames,
    dryRun: input.dryRun ?? false,
    actor: actorOf(deps.viewer, role),
    fileName,
  });
  return { report };
}
