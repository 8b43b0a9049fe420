import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NomineeKind } from '../../domain/enums';
import { isCommuneCommitteeGroup } from '../../domain/poverty-rules';
import { Movement } from '../entities/movement.entity';
import { Nomination } from '../entities/nomination.entity';
import { Nominee } from '../entities/nominee.entity';
import { Period } from '../entities/period.entity';
import type { RequestContext } from '../graphql/context';
import { PovertyEvidence } from '../graphql/poverty-evidence.type';
import { relatedOrFail } from '../graphql/request-loaders';
import { householdStatusIn } from '../services/poverty-evidence.service';
import { povertyProgress } from '../services/poverty-progress.service';
import { progressRowType } from './poverty.resolver';

/** A page of nominations of one commune asks for its progress once per request, not once per row. */
const progressCache = new WeakMap<object, Map<string, Promise<PovertyEvidence['communeProgress']>>>();

/** Poverty figures shown with a nomination as evidence (issue 12). */
@Resolver(() => Nomination)
export class NominationPovertyEvidenceResolver {
  @FieldResolver(() => PovertyEvidence, {
    nullable: true,
    description:
      "A commune committee's nomination under the sub-movement for commune People's Committees: the commune's " +
      "poverty progress in the period's year; a household's: its poverty status then. Null for other nominations.",
  })
  async povertyEvidence(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<PovertyEvidence | null> {
    const period = await relatedOrFail(ctx, Period, nomination.period);
    const none = { year: period.year, communeProgress: null, householdStatus: null, householdStatusYear: null };
    if (nomination.nomineeKind === NomineeKind.HOUSEHOLD) {
      const nominee = await relatedOrFail(ctx, Nominee, nomination.nominee);
      return { ...none, ...householdStatusIn(nominee, period.year) };
    }
    const movement = await relatedOrFail(ctx, Movement, nomination.movement);
    if (nomination.nomineeKind !== NomineeKind.COLLECTIVE || !isCommuneCommitteeGroup(movement.targetGroup))
      return null;
    const cache = progressCache.get(ctx.em) ?? new Map();
    progressCache.set(ctx.em, cache);
    const key = `${movement.campaign.id}:${nomination.unit.id}:${period.year}`;
    if (!cache.has(key))
      cache.set(
        key,
        // The viewer may read the nomination, so its commune's figures: no further check.
        povertyProgress({ em: ctx.em, viewer: null }, movement.campaign.id, nomination.unit.id, period.year, {
          subordinates: false,
        }).then(([row]) => (row ? progressRowType(row) : null)),
      );
    return { ...none, communeProgress: await cache.get(key)! };
  }
}
