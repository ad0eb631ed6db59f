// The server's counters and gauges, written out in Prometheus' text format by GET /metrics.
// Recording is the hot path (every request): a series is created once per (route, status) and an
// observation only bumps numbers in it, so a request allocates nothing here.

/** Latency buckets in seconds: the worklist answers in about a millisecond, an export in seconds. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface PoolGauge {
  total: number;
  idle: number;
  waiting: number;
}

/** One route pattern and method; its series by status. */
export class RouteSeries {
  readonly byStatus = new Map<number, RequestSeries>();
  constructor(
    readonly method: string,
    readonly route: string,
  ) {}

  observe(status: number, seconds: number): void {
    let series = this.byStatus.get(status);
    if (!series) {
      series = new RequestSeries();
      this.byStatus.set(status, series);
    }
    series.observe(seconds);
  }
}

class RequestSeries {
  count = 0;
  sum = 0;
  readonly buckets = new Float64Array(BUCKETS.length);

  observe(seconds: number): void {
    this.count += 1;
    this.sum += seconds;
    for (let i = 0; i < BUCKETS.length; i += 1) {
      if (seconds <= (BUCKETS[i] ?? Infinity)) {
        this.buckets[i] = (this.buckets[i] ?? 0) + 1;
        break;
      }
    }
  }
}

export interface Metrics {
  /** The series of a route pattern, made once when the route is registered. */
  route(method: string, route: string): RouteSeries;
  /** A scheduler pass ended ('ok' or 'failed'), with the notices it delivered and failed to. */
  schedulerPass(outcome: 'ok' | 'failed', notices?: { delivered: number; failed: number }): void;
  /** A backup was written at this time (the backup feature calls this; the age is a gauge). */
  backupWritten(at: Date): void;
  /** Where the database pool's gauges come from (PostgreSQL); absent for PGlite. */
  setPoolSource(source: () => PoolGauge | null): void;
  /** Everything in Prometheus' text exposition format, at `now`. */
  render(now: Date): string;
}

export function createMetrics(): Metrics {
  const routes: RouteSeries[] = [];
  const scheduler = { ok: 0, failed: 0, delivered: 0, deliveryFailed: 0 };
  let lastBackup: Date | null = null;
  let pool: () => PoolGauge | null = () => null;
  return {
    route: (method, route) => {
      const series = new RouteSeries(method, route);
      routes.push(series);
      return series;
    },
    schedulerPass: (outcome, notices) => {
      scheduler[outcome] += 1;
      scheduler.delivered += notices?.delivered ?? 0;
      scheduler.deliveryFailed += notices?.failed ?? 0;
    },
    backupWritten: (at) => {
      lastBackup = at;
    },
    setPoolSource: (source) => {
      pool = source;
    },
    render: (now) =>
      [
        ...requestLines(routes),
        ...schedulerLines(scheduler),
        ...poolLines(pool()),
        ...backupLines(lastBackup, now),
        ...memoryLines(process.memoryUsage()),
      ].join('\n') + '\n',
  };
}

function requestLines(routes: readonly RouteSeries[]): string[] {
  const lines = [
    '# HELP duban_http_requests_total Requests answered, by method, route pattern and status.',
    '# TYPE duban_http_requests_total counter',
  ];
  const histogram = [
    '# HELP duban_http_request_duration_seconds Time to answer, by method, route pattern and status.',
    '# TYPE duban_http_request_duration_seconds histogram',
  ];
  for (const route of routes) {
    for (const [status, series] of route.byStatus) {
      const labels = `method="${route.method}",route="${escapeLabel(route.route)}",status="${status}"`;
      lines.push(`duban_http_requests_total{${labels}} ${series.count}`);
      let cumulative = 0;
      BUCKETS.forEach((bound, i) => {
        cumulative += series.buckets[i] ?? 0;
        histogram.push(`duban_http_request_duration_seconds_bucket{${labels},le="${bound}"} ${cumulative}`);
      });
      histogram.push(`duban_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${series.count}`);
      histogram.push(`duban_http_request_duration_seconds_sum{${labels}} ${series.sum}`);
      histogram.push(`duban_http_request_duration_seconds_count{${labels}} ${series.count}`);
    }
  }
  return [...lines, ...histogram];
}

function schedulerLines(s: { ok: number; failed: number; delivered: number; deliveryFailed: number }) {
  return [
    '# HELP duban_scheduler_runs_total Passes of the reminder and escalation scheduler, by outcome.',
    '# TYPE duban_scheduler_runs_total counter',
    `duban_scheduler_runs_total{outcome="ok"} ${s.ok}`,
    `duban_scheduler_runs_total{outcome="failed"} ${s.failed}`,
    '# HELP duban_notices_sent_total Notices delivered to group-chat robots.',
    '# TYPE duban_notices_sent_total counter',
    `duban_notices_sent_total ${s.delivered}`,
    '# HELP duban_notices_failed_total Notice deliveries that failed (retried later or abandoned).',
    '# TYPE duban_notices_failed_total counter',
    `duban_notices_failed_total ${s.deliveryFailed}`,
  ];
}

function poolLines(pool: PoolGauge | null): string[] {
  if (!pool) return [];
  return [
    '# HELP duban_db_pool_connections PostgreSQL pool connections, by state.',
    '# TYPE duban_db_pool_connections gauge',
    `duban_db_pool_connections{state="total"} ${pool.total}`,
    `duban_db_pool_connections{state="idle"} ${pool.idle}`,
    '# HELP duban_db_pool_waiting Requests waiting for a pool connection.',
    '# TYPE duban_db_pool_waiting gauge',
    `duban_db_pool_waiting ${pool.waiting}`,
  ];
}

function backupLines(lastBackup: Date | null, now: Date): string[] {
  if (!lastBackup) return [];
  return [
    '# HELP duban_backup_age_seconds Seconds since the last backup was written.',
    '# TYPE duban_backup_age_seconds gauge',
    `duban_backup_age_seconds ${Math.max(0, (now.getTime() - lastBackup.getTime()) / 1000)}`,
  ];
}

/** The process's memory, under the names Prometheus' Node.js clients use. */
function memoryLines(memory: NodeJS.MemoryUsage): string[] {
  return [
    '# HELP process_resident_memory_bytes Resident memory size in bytes.',
    '# TYPE process_resident_memory_bytes gauge',
    `process_resident_memory_bytes ${memory.rss}`,
    '# HELP nodejs_heap_size_used_bytes JavaScript heap in use, in bytes.',
    '# TYPE nodejs_heap_size_used_bytes gauge',
    `nodejs_heap_size_used_bytes ${memory.heapUsed}`,
    '# HELP nodejs_external_memory_bytes Memory outside the heap held by JavaScript objects (buffers, WebAssembly), in bytes.',
    '# TYPE nodejs_external_memory_bytes gauge',
    `nodejs_external_memory_bytes ${memory.external}`,
  ];
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
