/** The data sizes of the issue: applications x components each x instances each. */
import type { SeedSpec } from '../src/wire/emulator-control.js';

export interface DataSize extends SeedSpec {
  name: string;
}

const size = (applications: number, componentsPerApplication: number, instancesPerComponent: number): DataSize => ({
  name: `${applications} x ${componentsPerApplication} x ${instancesPerComponent}`,
  applications,
  componentsPerApplication,
  instancesPerComponent,
});

export const SMALL = size(5, 4, 2);
export const MIDDLE = size(20, 10, 3);
export const LARGE = size(50, 20, 3);
