// A closed set of codes with each one's Chinese name, written once: the codes in their order (for
// zod enums, database checks and pickers) and the names by code (for pages, notices and documents).

export interface NamedCodes<C extends string> {
  codes: readonly [C, ...C[]];
  names: Readonly<Record<C, string>>;
}

/** The codes are the names' keys in the order written; naming every code is checked by the type. */
export function namedCodes<const C extends string>(names: Record<C, string>): NamedCodes<C> {
  return { codes: Object.keys(names) as [C, ...C[]], names };
}
