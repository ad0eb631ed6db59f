// The three states every loaded block has besides its content: loading, failed (with retry), empty.
import { Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { RequestState } from '../api/use-request.ts';

export function AsyncContent<T>(props: {
  loaded: Pick<RequestState<T>, 'data' | 'error' | 'loading' | 'reload'>;
  /** True when the data holds nothing to show. */
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  children: (data: T) => ReactNode;
}) {
  const { data, error, loading, reload } = props.loaded;
  if (error)
    return (
      <Result
        status="warning"
        title="数据加载失败"
        subTitle={error}
        extra={
          <Button type="primary" onClick={reload}>
            重试
          </Button>
        }
      />
    );
  const spinner = (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Spin />
    </div>
  );
  if (data === undefined) return spinner;
  // While newer data loads, an empty answer from before is not the final word.
  if (props.isEmpty?.(data)) return loading ? spinner : <Empty description={props.emptyText ?? '暂无数据'} />;
  return <Spin spinning={loading}>{props.children(data)}</Spin>;
}
