import { exportMessages as M } from '../../domain/messages/export.messages';
import { NOMINEE_KIND_LABELS, ROUND_OUTCOME_LABELS } from '../../domain/messages/labels';
import { refusal } from '../../domain/messages';
import { canSeeRound } from '../resolvers/round.resolver';
import { CommendationRound } from '../entities/commendation-round.entity';
import { RoundEntry } from '../entities/round-entry.entity';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { MAX_PAGE } from '../store/pagination';
import { cellLabel, type ExportSource } from './export-source';

export interface RoundResultsFilter {
  roundId: string;
}

/** The round the viewer may see (as query `commendationRound` shows it), or NOT_FOUND. */
async function visibleRound(em: EntityManager, viewer: Viewer, roundId: string) {
  const round = /^[0-9a-f-]{36}$/i.test(roundId)
    ? await em.findOne(CommendationRound, roundId, { populate: ['unit', 'period'] })
    : null;
  if (!round || !canSeeRound(viewer, round.unit.path)) throw refusal(M.roundNotVisible, {}, 'roundId');
  return round;
}

/** A round's shortlist as `CommendationRound.entries` orders it: by movement, nominee kind and rank. */
export const roundResultsExport: ExportSource<RoundResultsFilter> = {
  title: () => 'Kết quả xét khen thưởng',
  fileBase: 'ket-qua-xet-khen-thuong',
  columns: [
    { header: 'Phong trào con', width: 36 },
    { header: 'Đối tượng', width: 14 },
    { header: 'Xếp hạng', type: 'number', width: 10 },
    { header: 'Tên cá nhân, tập thể, hộ gia đình', width: 34 },
    { header: 'Đơn vị đề nghị', width: 28 },
    { header: 'Hình thức khen thưởng', width: 30 },
    { header: 'Điểm bình quân', type: 'number', width: 12 },
    { header: 'Phiếu đồng ý', type: 'number', width: 12 },
    { header: 'Phiếu không đồng ý', type: 'number', width: 12 },
    { header: 'Kết quả', width: 22 },
    { header: 'Số quyết định', width: 16 },
    { header: 'Số hiệu bằng khen, giấy khen', width: 18 },
  ],
  async count(em, viewer, filter) {
    const round = await visibleRound(em, viewer, filter.roundId);
    return em.count(RoundEntry, { round: round.id });
  },
  async *batches(em, viewer, filter, size) {
    const round = await visibleRound(em, viewer, filter.roundId);
    const limit = Math.min(size, MAX_PAGE);
    // A round's shortlist is bounded by its quotas and does not change once signed: offsets are stable.
    for (let offset = 0; ; offset += limit) {
      const entries = await em.find(
        RoundEntry,
        { round: round.id },
        {
          populate: ['nomination', 'nomination.movement', 'nomination.unit', 'nomination.award'],
          orderBy: { nomination: { movement: { position: 'asc' }, nomineeKind: 'asc' }, rank: 'asc', id: 'asc' },
          limit,
          offset,
        },
      );
      if (!entries.length) return;
      yield entries.map((e) => [
        e.nomination.movement.name,
        cellLabel(NOMINEE_KIND_LABELS[e.nomination.nomineeKind]),
        e.rank,
        e.nomination.nomineeName,
        e.nomination.unit.name,
        e.nomination.award.name,
        Math.round(e.score * 100) / 100,
        e.yesVotes,
        e.noVotes,
        cellLabel(ROUND_OUTCOME_LABELS[e.outcome]),
        round.decisionNumber ?? null,
        e.certificateNumber ?? null,
      ]);
      if (entries.length < limit) return;
    }
  },
};
