// How much a ZIP upload (an .xlsx or .docx is one) may inflate to. A zip bomb is a few megabytes that
// inflate to gigabytes: every reader bounds each part and the sum of the parts it inflates, and
// refuses the file with this error before memory grows.

export interface InflateLimits {
  /** The most all the parts a reader inflates may add up to. */
  maxTotalBytes: number;
  /** The most one part may inflate to. */
  maxPartBytes: number;
}

const MIB = 1024 * 1024;

/** A feedback template inflates to well under a megabyte. */
export const TEMPLATE_INFLATE_LIMITS: InflateLimits = { maxTotalBytes: 16 * MIB, maxPartBytes: 8 * MIB };

/** A notice's text and tables; pictures are never inflated. */
export const NOTICE_INFLATE_LIMITS: InflateLimits = { maxTotalBytes: 32 * MIB, maxPartBytes: 16 * MIB };

export const TOO_LARGE_INFLATED = 'upload.too_large_inflated';

export class InflatedTooLarge extends Error {
  readonly code = TOO_LARGE_INFLATED;
  constructor(readonly limits: InflateLimits) {
    super(inflatedTooLargeMessage(limits));
  }
}

export function inflatedTooLargeMessage(limits: InflateLimits): string {
  const total = Math.round(limits.maxTotalBytes / MIB);
  return `文件解压后超过${total}MB,不像是正常的Word或Excel文件(可能是压缩炸弹),已拒绝读取`;
}
