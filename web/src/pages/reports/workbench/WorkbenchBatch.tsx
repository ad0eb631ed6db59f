// The workbench's batch: the clerk submits the ticked drafts to the unit's approver, the approver
// signs the ticked filings off to the office; a dry run shows what will happen first.
import { useState } from 'react';
import type { WorklistItem } from '../../../api/reports.types.ts';
import { BatchBar } from '../../../components/batch/BatchBar.tsx';
import { BatchConfirmModal } from '../../../components/batch/BatchConfirmModal.tsx';
import type { BatchItem } from '../../../components/batch/batch-model.ts';
import type { Ticks } from '../../../components/batch/use-ticks.ts';
import { batchEligible, batchTitle } from './workbench-model.ts';

export function WorkbenchBatch(props: {
  act: 'submit' | 'sign-off';
  items: readonly WorklistItem[];
  ticks: Ticks;
  onDone: () => void;
}) {
  const { act, ticks } = props;
  const [open, setOpen] = useState<BatchItem[] | null>(null);
  const eligible = props.items.filter((item) => batchEligible(item, act));
  const ids = eligible.flatMap((item) => (item.reportId === null ? [] : [item.reportId]));
  const ticked = eligible.filter((item) => item.reportId !== null && ticks.has(item.reportId));
  return (
    <>
      <BatchBar
        act={act}
        eligible={eligible.length}
        ticked={ticked.length}
        onTickAll={(all) => ticks.setAll(ids, all)}
        onOpen={() =>
          setOpen(
            ticked.map((item) => ({
              reportId: item.reportId ?? 0,
              baseRevision: item.rev,
              title: batchTitle(item),
            })),
          )
        }
      />
      <BatchConfirmModal
        act={act}
        items={open}
        onClose={() => setOpen(null)}
        onDone={() => {
          ticks.setAll([], false);
          props.onDone();
        }}
      />
    </>
  );
}
