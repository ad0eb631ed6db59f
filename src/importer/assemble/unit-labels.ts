// Labelled unit lines (牵头单位:X / 责任单位:A、B) and units inline at the end of a task.

export type UnitLabel = 'lead' | 'responsible';

const LABEL = /^(牵头(?:责任)?单位|主办单位|(?:责任|配合|协办|参与)单位)\s*[:\uff1a]\s*(.*)$/;

/** A line that labels a cell: "牵头单位:市发改委" -> lead. */
export function parseUnitLabel(text: string): { label: UnitLabel; value: string } | null {
  const match = LABEL.exec(text);
  if (!match) return null;
  const label: UnitLabel = /^(牵头|主办)/.test(match[1] ?? '') ? 'lead' : 'responsible';
  return { label, value: (match[2] ?? '').trim() };
}

const INLINE =
  /[(（]\s*(?:牵头(?:责任)?单位|主办单位)\s*[:\uff1a]\s*([^;；)）]*?)\s*(?:[;；]\s*(?:责任|配合|协办|参与)单位\s*[:\uff1a]\s*([^)）]*?)\s*)?[)）]\s*[。.]?\s*$/;

/** "任务。(牵头单位:X;配合单位:A、B)" -> the task text and both cells. */
export function splitInlineUnits(text: string): { text: string; lead: string; responsible: string } | null {
  const match = INLINE.exec(text);
  if (!match) return null;
  return {
    text: text.slice(0, match.index).trim(),
    lead: (match[1] ?? '').trim(),
    responsible: (match[2] ?? '').trim(),
  };
}

const HEADER_WORDS =
  /^(序号|编号|目标与任务|目标任务|重点工作任务|工作任务|任务|牵头(责任)?单位|责任单位|配合单位|分管市领导|责任领导|备注)$/;

/** A paragraph that is one of the table's column titles. */
export function isHeaderWord(text: string): boolean {
  return HEADER_WORDS.test(text.replace(/\s/g, ''));
}
