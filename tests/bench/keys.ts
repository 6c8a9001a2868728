/** The seed of the synthetic dataset: the same data on every run. */
export const BENCH_SEED = 20261201;
/** The pseudonym key of the benchmark database (never a production key). */
export const BENCH_PSEUDONYM_KEY = "bench-only-pseudonym-key-0000000000000000";
