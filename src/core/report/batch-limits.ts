// How many filings one batch request may carry.

/** A page of the office's queue fits; a unit's quarter (at most a few hundred filings) in a few. */
export const MAX_BATCH_ROWS = 200;
