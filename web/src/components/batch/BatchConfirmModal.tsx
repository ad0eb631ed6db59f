// The confirm step of every batch: what will happen (a dry run that writes nothing), then the act,
// then each row's result. A return first asks for reasons: one shared default and, where a row
// needs its own, that row's.
import { Alert, Button, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { describeError } from '../../api/client.ts';
import type { BatchAct, BatchAnswer } from '../../api/report-batches.ts';
import { BatchOutcome } from './BatchOutcome.tsx';
import { BATCH_ACT_LABELS, runInChunks, type BatchItem } from './batch-model.ts';
import { ReturnReasonsForm, type Reasons } from './ReturnReasonsForm.tsx';

type Step =
  | { kind: 'reasons' }
  | { kind: 'checking' }
  | { kind: 'preview'; answer: BatchAnswer }
  | { kind: 'running' }
  | { kind: 'done'; answer: BatchAnswer };

const firstStep = (act: BatchAct): Step => (act === 'return' ? { kind: 'reasons' } : { kind: 'checking' });

export function BatchConfirmModal(props: {
  act: BatchAct;
  /** The ticked rows; null when the modal is closed. */
  items: readonly BatchItem[] | null;
  onClose: () => void;
  /** After the act ran (even with refused rows): the lists reload. */
  onDone: () => void;
}) {
  const { act, items } = props;
  const label = BATCH_ACT_LABELS[act];
  const [step, setStep] = useState<Step>(firstStep(act));
  const [reasons, setReasons] = useState<Reasons>({ shared: '', own: {} });
  const [error, setError] = useState<string | null>(null);

  const rowsOf = (list: readonly BatchItem[]) =>
    list.map(({ reportId, baseRevision }) => {
      const own = reasons.own[reportId]?.trim();
      return { reportId, baseRevision, ...(act === 'return' && own ? { reasons: own } : {}) };
    });
  const shared = act === 'return' && reasons.shared.trim() !== '' ? reasons.shared.trim() : undefined;

  const check = async (list: readonly BatchItem[]) => {
    setError(null);
    setStep({ kind: 'checking' });
    try {
      setStep({
        kind: 'preview',
        answer: await runInChunks(act, rowsOf(list), { dryRun: true, reasons: shared }),
      });
    } catch (e) {
      setError(describeError(e));
      setStep(firstStep(act));
    }
  };

  useEffect(() => {
    setError(null);
    setReasons({ shared: '', own: {} });
    setStep(firstStep(act));
    if (items && act !== 'return') void check(items);
    // Runs when a new set of rows is opened; check reads the reasons of this opening.
  }, [items, act]);

  const run = async (answer: BatchAnswer) => {
    if (!items) return;
    const going = new Set(answer.results.filter((row) => row.ok).map((row) => row.reportId));
    setError(null);
    setStep({ kind: 'running' });
    try {
      const list = items.filter((item) => going.has(item.reportId));
      setStep({
        kind: 'done',
        answer: await runInChunks(act, rowsOf(list), { dryRun: false, reasons: shared }),
      });
    } catch (e) {
      setError(describeError(e));
      setStep({ kind: 'preview', answer });
    }
  };

  const finish = () => {
    if (step.kind === 'done') props.onDone();
    props.onClose();
  };
  const busy = step.kind === 'checking' || step.kind === 'running';
  const footer =
    step.kind === 'done' ? (
      <Button type="primary" onClick={finish}>
        完成
      </Button>
    ) : (
      <>
        <Button onClick={finish} disabled={step.kind === 'running'}>
          取消
        </Button>
        {step.kind === 'reasons' && items && (
          <Button type="primary" onClick={() => void check(items)}>
            预览退回结果
          </Button>
        )}
        {(step.kind === 'preview' || step.kind === 'running') && (
          <Button
            type="primary"
            danger={act === 'return'}
            loading={step.kind === 'running'}
            disabled={step.kind === 'preview' && step.answer.done === 0}
            onClick={() => step.kind === 'preview' && void run(step.answer)}
          >
            确认{label}
            {step.kind === 'preview' ? ` ${step.answer.done} 项` : ''}
          </Button>
        )}
      </>
    );

  return (
    <Modal
      open={items !== null}
      title={`批量${label}(已选 ${items?.length ?? 0} 项)`}
      onCancel={busy ? undefined : finish}
      closable={!busy}
      maskClosable={false}
      footer={footer}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {step.kind === 'reasons' && items && (
        <ReturnReasonsForm items={items} value={reasons} onChange={setReasons} />
      )}
      {busy && (
        <Spin spinning>
          <div style={{ minHeight: 80 }} aria-live="polite">
            {step.kind === 'checking' ? '正在核对所选填报……' : `正在${label}……`}
          </div>
        </Spin>
      )}
      {(step.kind === 'preview' || step.kind === 'done') && items && (
        <BatchOutcome act={act} answer={step.answer} items={items} />
      )}
    </Modal>
  );
}
