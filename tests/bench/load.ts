/**
 * Load generation and measurement: autocannon for the load, our own response-time list for exact
 * percentiles (autocannon reports p97.5, not p95), and /proc for the server's memory.
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export interface Target {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Called per request: POST benchmarks give every request its own person. */
  setupRequest?: (request: {
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: string;
  }) => { method: string; path: string; headers: Record<string, string>; body?: string };
}

export interface LoadResult {
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Answers other than 2xx, by status code. */
  otherStatuses: Record<number, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export async function load(target: Target, connections: number, seconds: number): Promise<LoadResult> {
  const times: number[] = [];
  const otherStatuses: Record<number, number> = {};
  const instance = autocannon({
    url: target.url,
    connections,
    duration: seconds,
    method: target.method ?? "GET",
    headers: target.headers,
    requests: target.setupRequest ? [{ setupRequest: target.setupRequest as never }] : undefined,
  });
  instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    if (status < 200 || status > 299) otherStatuses[status] = (otherStatuses[status] ?? 0) + 1;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    connections,
    requests: times.length,
    requestsPerSecond: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    otherStatuses,
  };
}

/** The process and every descendant (cluster workers), read from /proc. */
export function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      const children = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, "utf8").trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(
      readFileSync(`/proc/${pid}/status`, "utf8"),
    );
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the resident memory of every process under `pid`; `stop()` returns the largest single process seen. */
export function sampleMemory(pid: number, everyMs = 100) {
  let peak = 0;
  const sample = () => {
    for (const p of processTree(pid)) peak = Math.max(peak, statusField(p, "VmRSS"));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** The kernel's own high-water mark per process (VmHWM): the peak over the process's whole life. */
export function highWaterMarks(pid: number): Array<{ pid: number; bytes: number }> {
  return processTree(pid).map((p) => ({ pid: p, bytes: statusField(p, "VmHWM") }));
}
