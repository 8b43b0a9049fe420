/** The sizes of a run: the full benchmark of issue 7, or the quick one CI runs. */
export interface BenchOptions {
  quick: boolean;
  nominations: number;
  /** Share of communes whose submitter is seeded. */
  communeSample: number;
  inboxSeconds: number;
  inboxConnections: number;
  latencySamples: number;
  pipelineSeconds: number;
  pipelineInFlight: number;
  burstRate: number;
  burstSeconds: number;
  roundNominations: number;
  /** Zipf exponent of nominations over provinces. */
  skew: number;
}

/** `--round N` sizes the province round alone (its setup takes every nomination through the API). */
function roundSize(argv: string[], fallback: number): number {
  const i = argv.indexOf('--round');
  const n = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--round needs a whole number of nominations, got "${argv[i + 1]}"`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions {
  const quick = argv.includes('--quick');
  return {
    quick,
    nominations: quick ? 3_000 : 100_000,
    communeSample: quick ? 0.1 : 0.3,
    inboxSeconds: quick ? 5 : 10,
    inboxConnections: 20,
    latencySamples: quick ? 20 : 100,
    pipelineSeconds: quick ? 10 : 60,
    pipelineInFlight: 10,
    burstRate: 40,
    burstSeconds: quick ? 15 : 120,
    roundNominations: roundSize(argv, quick ? 200 : 5_000),
    skew: 1.1,
  };
}
