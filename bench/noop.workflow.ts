import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { noopStartedUpdate, noopStepUpdate, type NoopInput } from './noop.messages';

// Bundled for the bench worker only: the empty pipeline the product's workflow is compared with.
const { noop } = proxyActivities<{ noop(): Promise<void> }>({ startToCloseTimeout: '30 seconds' });

async function runActivities(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await noop();
}

export async function noopPipeline({ activitiesPerStep }: NoopInput): Promise<number> {
  let done = 0;
  let started = false;
  setHandler(noopStartedUpdate, async () => {
    await condition(() => started);
    return done;
  });
  setHandler(noopStepUpdate, async () => {
    const step = done + 1;
    done = step;
    await runActivities(activitiesPerStep[step] ?? 0);
    return step;
  });
  await runActivities(activitiesPerStep[0] ?? 0);
  started = true;
  await condition(() => done >= activitiesPerStep.length - 1 && allHandlersFinished());
  return done;
}
