// npm run bench:bombs — hostile office files sent to `duban serve --demo` on PGlite: zip bombs that
// inflate to 4,000 MiB each, as a unit's feedback template and as the admin's notice (.xlsx, .docx).
// The baseline is the same server sent the same number of bare uploads (8 bytes, refused as not an
// office file) to the same routes. Each phase starts with the kernel's peak reset (clear_refs 5),
// so the peak printed is that phase's own; the heap is sampled from /metrics every 25 ms; the bare
// route (/api/health) is timed on two connections throughout.
import { readFile, writeFile } from 'node:fs/promises';
import { docxBomb, xlsxBomb } from '../tests/support/zip-bomb.ts';
import { fmt, percentile, serveDemo, signIn, timeWhile, type Session } from './support/demo-served.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const BOMB_MIB = 4000;
const MIB = 2 ** 20;

const demo = await serveDemo();
try {
  const { url } = demo.server;
  const pid = demo.server.child.pid!;
  const reporter = await signIn(url, 'fgw-reporter');
  const admin = await signIn(url, 'admin');
  const upload = (session: Session, path: string, bytes: Uint8Array, fileName: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
    return fetch(`${url}${path}`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: form,
    });
  };
  const period = await openPeriod(upload, reporter, url);
  const template = `/api/documents/template?period=${period}`;
  const notice = '/api/plans/import/preview';
  const tiny = new Uint8Array(8);
  type Send = [Session, string, Uint8Array, string];
  const bombs: Send[] = [
    [reporter, template, xlsxBomb('xl/sharedStrings.xml', BOMB_MIB), '反馈表.xlsx'],
    [reporter, template, xlsxBomb('xl/styles.xml', BOMB_MIB, 4096), '反馈表.xlsx'],
    [admin, notice, xlsxBomb('xl/worksheets/sheet1.xml', BOMB_MIB), 'notice.xlsx'],
    [admin, notice, docxBomb(BOMB_MIB), 'notice.docx'],
    [admin, notice, docxBomb(BOMB_MIB, 1000), 'notice.docx'],
  ];
  const bare: Send[] = bombs.map(([session, path, , name]) => [session, path, tiny, name]);

  const phase = async (label: string, sends: Send[]) => {
    await writeFile(`/proc/${pid}/clear_refs`, '5');
    let heapPeak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const text = await (await fetch(`${url}/metrics`)).text();
        heapPeak = Math.max(heapPeak, Number(/^nodejs_heap_size_used_bytes (\d+)/m.exec(text)?.[1] ?? 0));
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const statuses: Record<string, number> = {};
    const sending = (async () => {
      for (let round = 0; round < ROUNDS; round += 1)
        for (const [session, path, bytes, name] of sends) {
          const response = await upload(session, path, bytes, name);
          const { error } = (await response.json()) as { error?: { code: string } };
          const key = `${response.status} ${error?.code ?? ''}`.trim();
          statuses[key] = (statuses[key] ?? 0) + 1;
        }
    })();
    const health = await timeWhile(() => fetch(`${url}/api/health`), 2, sending);
    sampling = false;
    await sampler;
    const peak = await vmHwm(pid);
    return { label, peak, heapPeak, health: health.ms, failures: health.failures, statuses };
  };

  const idle = await vmRss(pid);
  const baseline = await phase('bare uploads', bare);
  const hostile = await phase('zip bombs', bombs);
  console.log(
    `PGlite demo server; ${bombs.length * ROUNDS} uploads a phase; each bomb inflates to ${BOMB_MIB} MiB; resident ${(idle / MIB).toFixed(0)} MiB before`,
  );
  for (const p of [baseline, hostile]) {
    console.log(
      `${p.label.padEnd(13)} peak RSS ${(p.peak / MIB).toFixed(0).padStart(5)} MiB   peak heap ${(p.heapPeak / MIB).toFixed(0).padStart(4)} MiB   ` +
        `/api/health p50 ${fmt(percentile(p.health, 50))} p99 ${fmt(percentile(p.health, 99))} max ${fmt(Math.max(...p.health))} ` +
        `(n ${p.health.length}, failed ${p.failures})   answers ${JSON.stringify(p.statuses)}`,
    );
  }
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(
    `bombs/bare: peak RSS ${ratio(hostile.peak, baseline.peak)}x, peak heap ${ratio(hostile.heapPeak, baseline.heapPeak)}x, ` +
      `/api/health p99 ${ratio(percentile(hostile.health, 99), percentile(baseline.health, 99))}x`,
  );
} finally {
  await demo.close();
}

async function vmField(pid: number, field: string): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
}
function vmHwm(pid: number): Promise<number> {
  return vmField(pid, 'VmHWM');
}

function vmRss(pid: number): Promise<number> {
  return vmField(pid, 'VmRSS');
}

/** A period the reporter may file in now: the one whose template upload reaches the reader. */
async function openPeriod(
  upload: (s: Session, path: string, bytes: Uint8Array, name: string) => Promise<Response>,
  session: Session,
  url: string,
): Promise<string> {
  const { plans } = (await (
    await fetch(`${url}/api/plans`, { headers: { cookie: session.cookie } })
  ).json()) as {
    plans: { year: number }[];
  };
  for (const { year } of plans)
    for (const quarter of [1, 2, 3, 4]) {
      const period = `${year}-Q${quarter}`;
      const response = await upload(
        session,
        `/api/documents/template?period=${period}`,
        new Uint8Array(8),
        'x.xlsx',
      );
      const body = (await response.json()) as { error?: { code: string } };
      if (body.error?.code === 'template.rejected') return period;
    }
  throw new Error('no open period in the demo');
}
