// /public: what the office has published, with no sign-in. Plain semantic HTML so screen readers,
// phones and printouts all read it: headings, a real table with caption and scopes, labelled controls.
import { useEffect, useId, useMemo, useState } from 'react';
import { periodLabel } from '../../../api/calendar.ts';
import { publicationUrl } from '../../../api/documents.ts';
import { PublishedTable } from './PublishedTable.tsx';
import { groupBySection, groupByTask, matches } from './published-rows.ts';
import { usePublished } from './use-published.ts';
import './public-progress.css';

const ALL = 'all';

export default function PublicProgressPage() {
  const published = usePublished();
  const periodId = useId();
  const searchId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const data = published.data;
  const withEntries = useMemo(() => data?.periods.filter((p) => p.entries.length > 0) ?? [], [data]);
  // The latest quarter with anything published, unless the reader picked one.
  const periodKey = chosen ?? withEntries.at(-1)?.key ?? data?.calendar.periods[0]?.key ?? ALL;
  const shownKeys = useMemo(
    () => (periodKey === ALL ? withEntries.map((p) => p.key) : [periodKey]),
    [periodKey, withEntries],
  );
  const tasks = useMemo(
    () => groupByTask(data?.periods.filter((p) => shownKeys.includes(p.key)) ?? []),
    [data, shownKeys],
  );
  const visible = tasks.filter((task) => matches(task, query));
  const groups = groupBySection(visible, data?.calendar.structure ?? []);
  const year = data?.calendar.year;
  useEffect(() => {
    document.title = `${year ?? ''}年度重点工作任务进展情况`;
  }, [year]);
  const caption =
    periodKey === ALL
      ? `${year ?? ''}年度重点工作任务各季度进展情况(共${visible.length}项)`
      : `${periodLabel(periodKey)}重点工作任务进展情况(共${visible.length}项)`;

  return (
    <div className="public-page" lang="zh-CN">
      <a className="public-skip" href="#public-main">
        跳到进展情况表
      </a>
      <header className="public-header">
        <h1>{year ? `${year}年度` : ''}重点工作任务进展情况</h1>
        {data?.calendar.title && <p>依据:{data.calendar.title}</p>}
      </header>
      <main id="public-main" className="public-main" tabIndex={-1}>
        <h2>按季度查看</h2>
        <p>下表公开市政府督查办审核通过的牵头责任单位进展情况,序号与任务分解通知一致。</p>
        {published.loading && (
          <p className="public-status" role="status">
            正在加载…
          </p>
        )}
        {published.error && (
          <div className="public-status public-error" role="alert">
            加载失败:{published.error}{' '}
            <button type="button" onClick={published.reload}>
              重试
            </button>
          </div>
        )}
        {data === null && <p className="public-status">尚未公布年度重点工作任务。</p>}
        {data && (
          <>
            <form className="public-controls" role="search" onSubmit={(event) => event.preventDefault()}>
              <label htmlFor={periodId}>
                季度
                <select id={periodId} value={periodKey} onChange={(event) => setChosen(event.target.value)}>
                  {data.periods.map((p) => (
                    <option key={p.key} value={p.key}>
                      {periodLabel(p.key)}({p.entries.length}项)
                    </option>
                  ))}
                  <option value={ALL}>全年各季度</option>
                </select>
              </label>
              <label htmlFor={searchId}>
                搜索任务
                <input
                  id={searchId}
                  type="search"
                  value={query}
                  placeholder="任务内容、序号或单位"
                  onChange={(event) => setQuery(event.target.value)}
                />
              </label>
            </form>
            <h2>{periodKey === ALL ? '全年各季度工作进展' : `${periodLabel(periodKey)}工作进展`}</h2>
            <p role="status" className="public-meta">
              {visible.length === 0
                ? tasks.length === 0
                  ? '本季度尚无已公开的进展情况。'
                  : '没有符合搜索条件的任务。'
                : `共 ${visible.length} 项任务。`}
            </p>
            {periodKey !== ALL && tasks.length > 0 && (
              <p className="public-meta">
                下载{periodLabel(periodKey)}公开进展情况:
                <a href={publicationUrl(periodKey, 'xlsx')} download style={{ textDecoration: 'underline' }}>
                  Excel表格
                </a>
                {' · '}
                <a href={publicationUrl(periodKey, 'docx')} download style={{ textDecoration: 'underline' }}>
                  Word文档
                </a>
              </p>
            )}
            {visible.length > 0 && (
              <PublishedTable
                caption={caption}
                periodKeys={shownKeys}
                groups={groups}
                indicators={data.indicators}
              />
            )}
          </>
        )}
      </main>
      <footer className="public-footer">
        {data?.calendar.hotline ? `监督电话:${data.calendar.hotline}` : '重点工作任务督查督办'}
      </footer>
    </div>
  );
}
