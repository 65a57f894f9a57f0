/**
 * One component instance: its status and replicas live from componentInstanceStatus, its registry
 * replicas live from microserviceInstanceChanges, its job's progress bar, and its actions.
 */
import { useCallback, useState } from 'react';
import { useMutation, useSubscription, type CombinedError } from 'urql';
import {
  ConsoleDeleteDocument,
  ConsoleInstanceStatusDocument,
  ConsoleReplicaChangesDocument,
  ConsoleRestartDocument,
  ConsoleRollbackDocument,
  ConsoleScaleDocument,
  ConsoleStartDocument,
  ConsoleStopDocument,
  ConsoleUpgradeDocument,
  type ComponentCategory,
  type ConsoleInstanceFragment,
  type ConsoleReplicaChangesSubscription,
  type ConsoleReplicaFragment,
} from '../../operations/generated/graphql.js';
import { useConsole } from './App.js';
import { JobBar } from './JobBar.js';

type Replicas = Record<string, ConsoleReplicaFragment>;

/** Folds registry events into the current set of replicas, keyed by registry instance id. */
function foldReplicas(previous: Replicas | undefined, event: ConsoleReplicaChangesSubscription): Replicas {
  const change = event.microserviceInstanceChanges;
  const next = { ...previous };
  if (change.type === 'HEARTBEAT_LOST' || change.type === 'DEREGISTERED') delete next[change.instance.rawId];
  else next[change.instance.rawId] = change.instance;
  return next;
}

interface Props {
  instance: ConsoleInstanceFragment;
  componentName: string;
  category: ComponentCategory | null;
  applicationName: string;
}

export function InstanceRow({ instance: listed, componentName, category, applicationName }: Props) {
  const { report, trackJob, jobOf, refresh } = useConsole();
  const [{ data: live }] = useSubscription({ query: ConsoleInstanceStatusDocument, variables: { id: listed.id } });
  const instance = live?.componentInstanceStatus ?? listed;
  const [{ data: registry }] = useSubscription(
    { query: ConsoleReplicaChangesDocument, variables: { appId: applicationName, serviceName: componentName, versionRule: instance.version }, pause: category !== 'MICROSERVICE' },
    foldReplicas,
  );
  // Replicas are named after their instance ("<instance>-<n>"); the same version may run elsewhere too.
  const replicas = (registry ? Object.values(registry) : (instance.microserviceInstances ?? [])).filter((r) => r.hostName.startsWith(`${instance.name}-`)).sort((a, b) => a.hostName.localeCompare(b.hostName));

  const jobId = jobOf(listed.id) ?? (instance.lastJob && !instance.lastJob.isFinished ? instance.lastJob.id : undefined);
  const [replicaCount, setReplicaCount] = useState(String(instance.status.replica ?? 1));
  const [upgradeTo, setUpgradeTo] = useState('');
  const [rollbackTo, setRollbackTo] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);

  const [scale, runScale] = useMutation(ConsoleScaleDocument);
  const [start, runStart] = useMutation(ConsoleStartDocument);
  const [stop, runStop] = useMutation(ConsoleStopDocument);
  const [restart, runRestart] = useMutation(ConsoleRestartDocument);
  const [upgrade, runUpgrade] = useMutation(ConsoleUpgradeDocument);
  const [rollback, runRollback] = useMutation(ConsoleRollbackDocument);
  const [remove, runRemove] = useMutation(ConsoleDeleteDocument);
  const busy = [scale, start, stop, restart, upgrade, rollback, remove].some((m) => m.fetching);

  /** Every action answers the job it started; its row follows it. */
  const act = useCallback(
    async (what: string, run: () => Promise<{ error?: CombinedError; data?: Record<string, { jobId: string } | null> | null }>) => {
      const result = await run();
      if (result.error) return report(`${what} ${listed.name}`, result.error);
      const payload = result.data && Object.values(result.data)[0];
      if (payload?.jobId) trackJob(listed.id, payload.jobId);
    },
    [listed.id, listed.name, report, trackJob],
  );

  const versions = (instance.snapshots?.nodes ?? []).map((s) => s.version).filter((v, i, all) => v !== instance.version && all.indexOf(v) === i);
  const id = listed.id;
  return (
    <tr data-instance={instance.name}>
      <td>
        <div className="component-name">{componentName}</div>
        <div className="instance-name">{instance.name}</div>
      </td>
      <td>{instance.version}</td>
      <td>
        <span className={`status status-${(instance.status.status ?? 'UNKNOWN').toLowerCase()}`} data-status={instance.status.status}>
          {instance.status.status ?? 'UNKNOWN'}
        </span>
        {instance.status.failDetail && <div className="fail-detail">{instance.status.failDetail}</div>}
      </td>
      <td data-replicas>
        {instance.status.availableReplica ?? 0}/{instance.status.replica ?? 0}
      </td>
      <td className="job-cell">{jobId ? <JobBar key={jobId} jobId={jobId} onFinished={(job) => job.type === 'DEPROVISION' && refresh()} /> : <span className="muted">{instance.lastJob?.status.toLowerCase() ?? '—'}</span>}</td>
      <td>
        {category !== 'MICROSERVICE' ? (
          <span className="muted">not in the registry</span>
        ) : replicas.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          <ul className="replicas">
            {replicas.map((r) => (
              <li key={r.rawId} className={`replica replica-${(r.status ?? 'unknown').toLowerCase()}`} title={r.endpoints.join('\n')} data-replica={r.hostName}>
                {r.hostName} <span>{r.status}</span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="actions">
        <div>
          <input type="number" min={0} max={200} aria-label="Replicas" value={replicaCount} onChange={(e) => setReplicaCount(e.target.value)} />
          <button disabled={busy} onClick={() => void act('Scaling', () => runScale({ id, replica: Number(replicaCount) }))}>Scale</button>
          <button disabled={busy} onClick={() => void act('Starting', () => runStart({ id }))}>Start</button>
          <button disabled={busy} onClick={() => void act('Stopping', () => runStop({ id }))}>Stop</button>
          <button disabled={busy} onClick={() => void act('Restarting', () => runRestart({ id }))}>Restart</button>
        </div>
        <div>
          <input aria-label="Upgrade to version" placeholder="version" value={upgradeTo} onChange={(e) => setUpgradeTo(e.target.value)} size={7} />
          <button
            disabled={busy || !upgradeTo}
            onClick={() =>
              void act('Upgrading', () =>
                runUpgrade({ id, input: { version: upgradeTo, artifacts: instance.artifacts.map((a) => ({ ...a, url: a.url.replace(/:[^:/]*$/, `:${upgradeTo}`) })) } }),
              )
            }
          >
            Upgrade
          </button>
          <select aria-label="Roll back to version" value={rollbackTo} onChange={(e) => setRollbackTo(e.target.value)}>
            <option value="">version…</option>
            {versions.map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
          <button disabled={busy || !rollbackTo} onClick={() => void act('Rolling back', () => runRollback({ id, version: rollbackTo }))}>
            Roll back
          </button>
          {confirmDelete ? (
            <button
              className="danger"
              disabled={busy}
              onClick={() => {
                setConfirmDelete(false);
                void act('Deleting', () => runRemove({ id }));
              }}
            >
              Really delete
            </button>
          ) : (
            <button className="danger" disabled={busy} onClick={() => setConfirmDelete(true)}>
              Delete
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
