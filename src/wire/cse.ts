/** Cloud Service Engine registry and config center wire types, reference chapter 5 and 6. */
export type { CseErrorBody } from './common.js';
