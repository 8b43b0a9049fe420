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
    roundNominations: quick ? 200 : 5_000,
    skew: 1.1,
  };
}
