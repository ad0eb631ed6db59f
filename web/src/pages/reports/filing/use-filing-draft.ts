// The form's content lives here, in the page, and is saved as a draft a moment after each change.
// Saves send the revision the edit started from; when someone else saved in between the server
// refuses, autosave stops and what the user typed stays on screen until they decide.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { saveFiling } from '../../../api/reports.ts';
import type {
  Attachment,
  FilingContent,
  Report,
  ReportKind,
  StoredContent,
} from '../../../api/reports.types.ts';

export interface Draft extends FilingContent {
  attachments: Attachment[];
}

/** idle: nothing typed yet; locked: the filing can no longer change (submitted, accepted, closed). */
export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed' | 'conflict' | 'locked';

export interface StaleConflict {
  currentRev: number;
  current: StoredContent | null;
}

export interface FilingTarget {
  kind: ReportKind;
  taskId: number;
  periodKey: string;
}

const AUTOSAVE_DELAY_MS = 1200;
const RETRY_DELAY_MS = 5000;

function staleConflict(error: ApiError): StaleConflict {
  const details = (error.details ?? {}) as { currentRev?: number; current?: StoredContent | null };
  return { currentRev: details.currentRev ?? 0, current: details.current ?? null };
}

export function useFilingDraft(input: {
  target: FilingTarget;
  initial: Draft;
  initialRev: number;
  initialReport: Report | null;
}) {
  const { target } = input;
  const [draft, setDraft] = useState<Draft>(input.initial);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [report, setReport] = useState<Report | null>(input.initialReport);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<StaleConflict | null>(null);
  const draftRef = useRef(input.initial);
  const revRef = useRef(input.initialRev);
  const reportRef = useRef(input.initialReport);
  const edits = useRef(0);
  const savedEdits = useRef(0);
  const blocked = useRef(false);
  const inFlight = useRef<Promise<Report | null> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef<() => Promise<Report | null>>(() => Promise.resolve(null));

  const schedule = useCallback((delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), delay);
  }, []);

  const refuse = useCallback(
    (error: unknown) => {
      setFailure(error);
      if (error instanceof ApiError && error.code === 'report.stale_revision') {
        blocked.current = true;
        setConflict(staleConflict(error));
        setStatus('conflict');
      } else if (error instanceof ApiError && error.status === 409) {
        blocked.current = true;
        setStatus('locked');
      } else {
        setStatus('failed');
        // A dropped connection is retried; a refused content waits for the user's next change.
        if (!(error instanceof ApiError)) schedule(RETRY_DELAY_MS);
      }
    },
    [schedule],
  );

  const save = useCallback(async (): Promise<Report | null> => {
    while (inFlight.current) await inFlight.current;
    if (blocked.current) return null;
    clearTimeout(timer.current);
    const startedAt = edits.current;
    const { attachments, ...content } = draftRef.current;
    setStatus('saving');
    const run = saveFiling({
      ...target,
      baseRev: revRef.current,
      content: { ...content, attachmentIds: attachments.map((file) => file.id) },
    }).then(
      (saved) => {
        revRef.current = saved.rev;
        reportRef.current = saved;
        savedEdits.current = startedAt;
        setReport(saved);
        setSavedAt(new Date());
        setFailure(null);
        if (edits.current !== startedAt) {
          setStatus('dirty');
          schedule(AUTOSAVE_DELAY_MS);
        } else setStatus('saved');
        return saved;
      },
      (error: unknown) => {
        refuse(error);
        return null;
      },
    );
    inFlight.current = run.finally(() => {
      inFlight.current = null;
    });
    return run;
  }, [target, refuse, schedule]);
  saveRef.current = save;

  /** A patch, or a function of the latest content (for changes that finish later, like uploads). */
  const change = useCallback(
    (patch: Partial<Draft> | ((current: Draft) => Partial<Draft>)) => {
      const fields = typeof patch === 'function' ? patch(draftRef.current) : patch;
      draftRef.current = { ...draftRef.current, ...fields };
      setDraft(draftRef.current);
      edits.current += 1;
      if (blocked.current) return;
      setStatus('dirty');
      schedule(AUTOSAVE_DELAY_MS);
    },
    [schedule],
  );

  /** Saves now if anything is unsaved (or nothing was ever saved); the report, or null if refused. */
  const flush = useCallback(async (): Promise<Report | null> => {
    const unsaved = edits.current !== savedEdits.current || reportRef.current === null;
    if (!unsaved && !blocked.current) {
      while (inFlight.current) await inFlight.current;
      return reportRef.current;
    }
    return save();
  }, [save]);

  /** After a conflict: keep my content and save it over the version saved elsewhere. */
  const overwrite = useCallback(() => {
    if (!conflict) return;
    revRef.current = conflict.currentRev;
    blocked.current = false;
    setConflict(null);
    void save();
  }, [conflict, save]);

  useEffect(() => {
    // Leaving the page inside the app saves what is pending; closing the tab asks first.
    const warn = (event: BeforeUnloadEvent) => {
      if (edits.current !== savedEdits.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      clearTimeout(timer.current);
      if (edits.current !== savedEdits.current && !blocked.current) void saveRef.current();
    };
  }, []);

  return { draft, change, status, savedAt, failure, conflict, report, flush, overwrite };
}

export type FilingDraft = ReturnType<typeof useFilingDraft>;
