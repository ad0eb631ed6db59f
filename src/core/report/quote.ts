// The lead unit's starting text built from its co-units' filed inputs, each under the unit's name,
// so the lead edits rather than retypes what the units already wrote.

export interface QuotedInput {
  unitName: string;
  progress: string;
}

export function quoteInputs(inputs: readonly QuotedInput[]): string {
  return inputs
    .filter((input) => input.progress.trim() !== '')
    .map((input) => `【${input.unitName}】${input.progress.trim()}`)
    .join('\n');
}
