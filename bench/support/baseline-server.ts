// The yardsticks the API is measured against: bare Fastify routes over one pg pool, with no
// sessions, authorisation, schemas or caches, each answering with one query:
//   /standings: where each of a unit's filings in a period stands (the columns the real worklist
//               reads from reports; the rest of its answer comes from the cached plan);
//   /worklist:  the same worklist content as the real route, from one join: the unit's current
//               assignments, each task's number, section path and text, and its filing's state.
// Run in its own process by bench/api.bench.ts when BENCH_BASELINE=1.
import Fastify from 'fastify';
import pg from 'pg';

const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl || !process.send) throw new Error('run by bench/api.bench.ts with DATABASE_URL');

const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const app = Fastify({ logger: false });
type Params = { periodKey: string; unitId: string };

app.get('/baseline/standings/:periodKey/:unitId', async (request) => {
  const { periodKey, unitId } = request.params as Params;
  const { rows } = await pool.query(
    `select r.id, r.task_id, r.kind, r.state, r.current_rev, r.late
       from reports r join periods p on p.id = r.period_id
      where p.key = $1 and r.unit_id = $2 order by r.id`,
    [periodKey, Number(unitId)],
  );
  return { items: rows };
});

app.get('/baseline/worklist/:periodKey/:unitId', async (request) => {
  const { periodKey, unitId } = request.params as Params;
  const { rows } = await pool.query(
    `select t.id, t.seq, t.path, t.text, a.role, p.due_on,
            r.id as report_id, r.kind, r.state, r.current_rev, r.late
       from task_assignments a
       join tasks t on t.id = a.task_id
       join periods p on p.plan_id = t.plan_id and p.key = $1
       left join reports r on r.task_id = t.id and r.period_id = p.id and r.unit_id = a.unit_id
      where a.unit_id = $2 and a.valid_to is null
      order by t.seq`,
    [periodKey, Number(unitId)],
  );
  return { items: rows };
});

process.on('message', (message: unknown) => {
  if (message === 'stop')
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0));
});
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.send({ url });
