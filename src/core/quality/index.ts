// The quality flags' public face: the contract types, the default rules and the one entry point.
export * from './quality.types.ts';
export { computeQualityFlags } from './quality.ts';
export { DEFAULT_QUALITY_RULES, validateQualityRules } from './quality-rules.ts';
export { DEFAULT_STOCK_PHRASES } from './stock-phrases.ts';
