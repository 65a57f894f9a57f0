/** The operation GraphiQL opens with: the console dashboard walk of DESIGN.md, in one round trip. */
import { readOperation } from './http/operations.js';

export const EXAMPLE_OPERATION = readOperation('dashboard');
