import { Role } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { accessMessages as M, refusal } from '../../domain/messages';
import type { Viewer, ViewerRole } from './viewer';

/** Any role in a unit lets its holder read everything in that unit's subtree. */
export function canReadUnit(viewer: Viewer, unitPath: string): boolean {
  return viewer.roles.some((r) => unitPath.startsWith(r.unitPath));
}

/** The viewer's role that lets them act as `role` on something in `unitPath`, if any. */
export function roleFor(viewer: Viewer, role: Role, unitPath: string): ViewerRole | undefined {
  return viewer.roles.find((r) => r.role === role && unitPath.startsWith(r.unitPath));
}

/** Path prefixes of every subtree the viewer may read, widest first, without nested duplicates. */
export function readablePrefixes(viewer: Viewer): string[] {
  const paths = [...new Set(viewer.roles.map((r) => r.unitPath))].sort((a, b) => a.length - b.length);
  return paths.filter((path, i) => !paths.slice(0, i).some((wider) => path.startsWith(wider)));
}

/** A FORBIDDEN refusal with its own wording; prefer `refusal(accessMessages.x)` from the catalogue. */
export function forbidden(en = 'You are not allowed to do this.', vi?: string): DomainError {
  return DomainError.of(ErrorCode.FORBIDDEN, undefined, { en, vi });
}

export function assertCanRead(viewer: Viewer, unitPath: string): void {
  if (!canReadUnit(viewer, unitPath)) {
    throw refusal(M.outsideArea);
  }
}

export function requireRole(viewer: Viewer, role: Role, unitPath: string): ViewerRole {
  const held = roleFor(viewer, role, unitPath);
  if (!held) {
    throw refusal(M.roleRequired, { role });
  }
  return held;
}

/**
 * The actor for a task: the role must be held at the task's own unit, since a stage is bound to a
 * level (a province reviewer does not do a district's review).
 */
export function taskActorFor(
  viewer: Viewer,
  role: Role,
  unitId: string,
  escalatedTo?: { role: Role; unitId: string } | null,
) {
  const held =
    viewer.roles.find((r) => r.role === role && r.unitId === unitId) ??
    (escalatedTo
      ? viewer.roles.find((r) => r.role === escalatedTo.role && r.unitId === escalatedTo.unitId)
      : undefined);
  if (!held) {
    throw refusal(M.taskForOwnUnit, { role });
  }
  return { userId: viewer.user.id, role: held.role, unitId: held.unitId, onBehalfOfUserId: held.delegatedByUserId };
}

/** Who acts, as recorded on the audit trail: the viewer, in the role that allows it, for its holder if delegated. */
export function actorFor(viewer: Viewer, role: Role, unitPath: string) {
  const held = requireRole(viewer, role, unitPath);
  return { userId: viewer.user.id, role: held.role, unitId: held.unitId, onBehalfOfUserId: held.delegatedByUserId };
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.roles.some((r) => r.role === Role.ADMIN);
}
