/**
 * The statistics the workshop engine uses, exported by name with stable signatures so other tools can
 * call them. Definitions and sources: each module's header; oracles: methods.md, worked examples M1–M7.
 */
export { quantile, median, iqr } from './quantile';
export { frequencies } from './frequencies';
export { consensusCns } from './consensus-cns';
export { agreementA } from './agreement-a';
export { rwg, rwgJ } from './rwg';
export { krippendorffAlpha } from './krippendorff-alpha';
export type { AlphaLevel } from './krippendorff-alpha';
export { linearPool, geometricPool } from './pooling';
