#!/usr/bin/env node
// Makes sure a `temporal` binary exists before jest starts (its globalSetup needs one),
// so the slow first build shows its progress here rather than inside a silent jest hook.
import { ensureTemporalBinary } from './lib/temporal-binary.mjs';

if (process.env.TEMPORAL_ADDRESS) {
  console.log(`TEMPORAL_ADDRESS=${process.env.TEMPORAL_ADDRESS}: using that server, no binary needed.`);
} else {
  try {
    console.log(await ensureTemporalBinary({ log: (line) => console.error(line) }));
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
