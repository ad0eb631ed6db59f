// The yardstick the API is measured against: a bare Fastify route over one pg pool that answers a
// unit's worklist-sized query (its reports in a period, newest data as JSON) with no sessions,
// authorisation or schemas. Run in its own process by bench/api.bench.ts when BENCH_BASELINE=1.
import Fastify from 'fastify';
import pg from 'pg';

const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl || !process.send) throw new Error('run by bench/api.bench.ts with DATABASE_URL');

const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const app = Fastify({ logger: false });
app.get('/baseline/:periodKey/:unitId', async (request) => {
  const { periodKey, unitId } = request.params as { periodKey: string; unitId: string };
  const { rows } = await pool.query(
    `select r.* from reports r join periods p on p.id = r.period_id
      where p.key = $1 and r.unit_id = $2 order by r.id`,
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
