/** A running job's progress bar, fed by the jobProgress subscription until the job finishes. */
import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { ConsoleJobProgressDocument, type ConsoleJobFragment } from '../../operations/generated/graphql.js';
import { useConsole } from './App.js';

export function JobBar({ jobId, onFinished }: { jobId: string; onFinished?(job: ConsoleJobFragment): void }) {
  const { report } = useConsole();
  const [{ data, error }] = useSubscription({ query: ConsoleJobProgressDocument, variables: { jobId } });
  const job = data?.jobProgress;
  const finished = useRef(false);
  useEffect(() => {
    if (error) report('Following the job', error);
  }, [error, report]);
  useEffect(() => {
    if (job?.isFinished && !finished.current) {
      finished.current = true;
      onFinished?.(job);
    }
  }, [job, onFinished]);
  if (!job) return <span className="muted">job starting…</span>;
  const percent = Math.round(job.progress * 100);
  const state = job.status === 'SUCCEEDED' ? 'done' : job.isFinished ? 'failed' : 'running';
  const running = job.tasks.find((t) => t.status === 'RUNNING');
  return (
    <div className={`job ${state}`} data-job-status={job.status} title={job.tasks.map((t) => `${t.name}: ${t.status}`).join('\n')}>
      <div className="bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="job-text">
        {job.status} {percent} %{running && !job.isFinished ? ` · ${running.name}` : ''}
      </span>
      {job.failure && <div className="job-failure">{[job.failure.code, job.failure.detail].filter(Boolean).join(': ')}</div>}
    </div>
  );
}
