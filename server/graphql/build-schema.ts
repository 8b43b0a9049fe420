import 'reflect-metadata';
import './enums';
import { buildSchema } from 'type-graphql';
import { AdminUnitResolver } from '../resolvers/admin-unit.resolver';
import { AuditEventResolver } from '../resolvers/audit-event.resolver';
import { CampaignConfigResolver } from '../resolvers/campaign-config.resolver';
import { CampaignResolver, PeriodResolver, QuotaResolver, RoutingPolicyResolver } from '../resolvers/campaign.resolver';
import { DossierDocumentResolver, NominationDocumentsResolver } from '../resolvers/dossier.resolver';
import { NominationResolver } from '../resolvers/nomination.resolver';
import { ReviewTaskResolver } from '../resolvers/review-task.resolver';
import { RoleAssignmentAccessResolver, UserAdminResolver } from '../resolvers/user-admin.resolver';
import { RoleAssignmentResolver, ViewerResolver } from '../resolvers/viewer.resolver';
import { WorkflowStateResolver } from '../resolvers/workflow-state.resolver';

export const RESOLVERS = [
  ViewerResolver,
  RoleAssignmentResolver,
  AdminUnitResolver,
  CampaignResolver,
  CampaignConfigResolver,
  PeriodResolver,
  RoutingPolicyResolver,
  QuotaResolver,
  NominationResolver,
  ReviewTaskResolver,
  AuditEventResolver,
  UserAdminResolver,
  RoleAssignmentAccessResolver,
  WorkflowStateResolver,
  DossierDocumentResolver,
  NominationDocumentsResolver,
] as const;

/** The executable schema; `npm run schema:emit` prints the same to schema/schema.graphql. */
export function buildAppSchema(emitSchemaFile?: string) {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: true } : false,
  });
}
