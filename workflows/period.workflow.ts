import { setHandler } from '@temporalio/workflow';
import * as guard from './period.guards';
import { PeriodMachine } from './period.machine';
import * as msg from './period.messages';
import type { PeriodInput, PeriodState } from './period.messages';

/**
 * One campaign period (`period:<id>`): records the submission window opening and closing, sweeps
 * each level at its cut-off, and runs the end-of-period commendation round of every deciding unit:
 * shortlist → council vote → public notice (objections pause the round) → the chair's signature →
 * each nomination concluded through its own workflow. Every change is an idempotent activity.
 * Ballots and objections are written by the API in the database, off this history; a long wait
 * after the notice continues as new.
 * This file only wires messages to the state machine (period.machine.ts).
 */
export async function periodWorkflow(input: PeriodInput): Promise<PeriodState> {
  const period = new PeriodMachine(input);
  const { state } = period;

  setHandler(msg.periodStateQuery, () => state);
  setHandler(msg.startRoundNowUpdate, (args) => period.startRoundNow(args), {
    validator: (args) => guard.validateStartRound(state, args),
  });
  setHandler(msg.castBallotUpdate, (args) => period.castBallot(args), {
    validator: (args) => guard.validateBallot(state, args),
  });
  setHandler(msg.fileObjectionUpdate, (args) => period.fileObjection(args), {
    validator: (args) => guard.validateObjection(state, args),
  });
  setHandler(msg.resolveObjectionUpdate, (args) => period.resolveObjection(args), {
    validator: (args) => guard.validateResolve(state, args),
  });
  setHandler(msg.objectionResolvedSignal, (args) => period.objectionResolved(args));
  setHandler(msg.signRoundUpdate, (args) => period.signRound(args), {
    validator: (args) => guard.validateSign(state, args),
  });

  return period.run();
}
