/** When a job is over: the statuses of Table 4-189 after which nothing changes any more. */
const FINAL: ReadonlySet<string> = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED', 'PARTIALLY_FAILED', 'ROLLBACKED']);

export function isJobFinished(status: string | undefined): boolean {
  return status !== undefined && FINAL.has(status);
}
