/**
 * What the results show, for the results screen, the projector and the report: which numbers, in which
 * words, drawn with which chart input, for the whole group or a subset, compared across teams or roles
 * and over time. Everything is computed by the engine (shared/scoring); this layer chooses and words it.
 */
export * from './format';
export * from './subset';
export * from './summary';
export * from './explain-profile';
export * from './explain-question';
export * from './chart-inputs';
export * from './comparison';
export * from './over-time';
