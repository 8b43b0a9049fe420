import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/client';
import { AuditAction, NominationStatus, NotificationKind, Role, TaskStatus } from '../../domain/enums';
import type { Orm } from '../../server/db/open-database';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { Campaign } from '../../server/entities/campaign.entity';
import { Period } from '../../server/entities/period.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { RoleAssignment } from '../../server/entities/role-assignment.entity';
import { hasAudit, recordAudit } from '../../server/store/audit';
import { cutoffSignal, nominationWorkflowId } from '../nomination-pipeline.messages';
import { transactionRunner } from './activity-transaction';
import { notifyUsers } from './round-notices';

/** The period's calendar: its submission window and the levels' cut-offs. */
export function createPeriodWindowActivities({ orm, temporal }: { orm: Orm; temporal: () => Client }) {
  const inTransaction = transactionRunner(orm);

  return {
    /** Audits the window opening or closing and tells the submitters of the campaign's units. */
    async recordWindow(args: { periodId: string; event: 'OPENED' | 'CLOSED' }): Promise<void> {
      await inTransaction(async (em) => {
        const key = `period:${args.periodId}:window:${args.event}`;
        if (await hasAudit(em, key)) return;
        const period = await em.findOneOrFail(Period, args.periodId);
        const campaign = await em.findOneOrFail(Campaign, period.campaign.id);
        const issuing = await em.findOneOrFail(AdminUnit, campaign.issuingUnit.id);
        const window = { opensOn: period.submissionOpensOn, closesOn: period.submissionClosesOn };
        await recordAudit(em, {
          key,
          nominationId: null,
          actor: null,
          action: AuditAction.CAMPAIGN_CHANGED,
          after: { submissionWindow: args.event, ...window },
          entityType: 'Period',
          entityId: period.id,
        });
        const submitters = await em.find(RoleAssignment, {
          role: Role.SUBMITTER,
          revokedAt: null,
          unit: { path: { $like: `${issuing.path}%` } },
        });
        const opened = args.event === 'OPENED';
        await notifyUsers(em, [...new Set(submitters.map((a) => a.user.id))], {
          key,
          kind: NotificationKind.WINDOW,
          titleVi: `${opened ? 'Bắt đầu' : 'Kết thúc'} nhận hồ sơ: ${period.name}`,
          titleEn: `Submissions ${opened ? 'open' : 'closed'}: ${period.name}`,
          bodyVi: `${campaign.name} — ${period.name}: nhận hồ sơ từ ${window.opensOn} đến hết ${window.closesOn}.`,
          bodyEn: `${campaign.name} — ${period.name}: submissions from ${window.opensOn} to the end of ${window.closesOn}.`,
        });
      });
    },

    /**
     * A level's cut-off: every nomination of the period with open work is told; each pipeline
     * times out its open task if (and only if) its stage is at that level, so a repeated signal is harmless.
     */
    async sweepCutoff(args: { periodId: string; level: string }): Promise<{ signalled: number }> {
      const em = orm.em.fork();
      const open = await em.find(ReviewTask, {
        status: { $in: [TaskStatus.OPEN, TaskStatus.CLAIMED] },
        nomination: { period: args.periodId, status: { $in: [NominationStatus.IN_REVIEW, NominationStatus.APPROVED] } },
      });
      const ids = [...new Set(open.map((t) => t.nomination.id))].sort();
      let signalled = 0;
      for (const id of ids) {
        try {
          await temporal().workflow.getHandle(nominationWorkflowId(id)).signal(cutoffSignal, { level: args.level });
          signalled += 1;
        } catch (error) {
          // Finished since the query: nothing left to sweep there.
          if (!(error instanceof WorkflowNotFoundError)) throw error;
        }
      }
      await inTransaction((tx) =>
        recordAudit(tx, {
          key: `period:${args.periodId}:cutoff:${args.level}`,
          nominationId: null,
          actor: null,
          action: AuditAction.CAMPAIGN_CHANGED,
          after: { cutoff: args.level, signalled },
          entityType: 'Period',
          entityId: args.periodId,
        }),
      );
      return { signalled };
    },
  };
}
