/** Application management ("CAS") wire types, reference chapter 4. */
export type { CasErrorBody } from './common.js';
