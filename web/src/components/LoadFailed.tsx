// Every load that fails says why in Chinese and offers to try again: nothing fails silently.
import { Alert, Button } from 'antd';

export function LoadFailed({ error, onRetry }: { error: string; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title="加载失败"
      description={error}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
