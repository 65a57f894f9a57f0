/** The console's shell: gateway info, credentials, the client, the error list, and the pages' parts. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Provider, type CombinedError } from 'urql';
import { createConsoleClient, loadGatewayInfo, type Credentials, type GatewayInfo } from './client.js';
import { readableErrors, type ReadableError } from './errors.js';
import { Environments } from './Environments.js';
import { DeployForm } from './DeployForm.js';

const STORAGE_KEY = 'servicestage-console-credentials';

interface ConsoleActions {
  /** Shows an operation's errors in the list at the top. */
  report(what: string, error: CombinedError): void;
  /** The job an action started on an instance: its row shows the progress bar. */
  trackJob(instanceId: string, jobId: string): void;
  jobOf(instanceId: string): string | undefined;
  /** Reads the environment tree again (after a deploy or a delete). */
  refresh(): void;
  refreshCount: number;
}

const Actions = createContext<ConsoleActions | null>(null);
export const useConsole = (): ConsoleActions => useContext(Actions)!;

function readCredentials(): Credentials {
  try {
    return { token: '', projectId: '', ...(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Credentials>) };
  } catch {
    return { token: '', projectId: '' };
  }
}

function CredentialsForm({ value, onApply }: { value: Credentials; onApply(c: Credentials): void }) {
  const [token, setToken] = useState(value.token);
  const [projectId, setProjectId] = useState(value.projectId);
  return (
    <form
      className="credentials"
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ token: token.trim(), projectId: projectId.trim() });
      }}
    >
      <label>
        Bearer token
        <input type="password" value={token} placeholder="none: anonymous, if the gateway allows it" onChange={(e) => setToken(e.target.value)} />
      </label>
      <label>
        Project id
        <input value={projectId} placeholder="the gateway's default" onChange={(e) => setProjectId(e.target.value)} />
      </label>
      <button type="submit">Apply</button>
    </form>
  );
}

interface ShownError extends ReadableError {
  id: number;
  what: string;
}

export function App() {
  const [info, setInfo] = useState<GatewayInfo | Error>();
  const [credentials, setCredentials] = useState(readCredentials);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [jobs, setJobs] = useState<Record<string, string>>({});
  const [refreshCount, setRefreshCount] = useState(0);

  useEffect(() => {
    loadGatewayInfo().then(setInfo, (err: unknown) => setInfo(err instanceof Error ? err : new Error(String(err))));
  }, []);

  const connection = useMemo(() => (info && !(info instanceof Error) ? createConsoleClient(info, credentials) : undefined), [info, credentials]);
  useEffect(() => () => void connection?.ws.dispose(), [connection]);

  const report = useCallback((what: string, error: CombinedError) => {
    setErrors((list) => [...readableErrors(error).map((e, i) => ({ ...e, what, id: Date.now() + i })), ...list].slice(0, 5));
  }, []);
  const actions = useMemo<ConsoleActions>(
    () => ({
      report,
      trackJob: (instanceId, jobId) => setJobs((j) => ({ ...j, [instanceId]: jobId })),
      jobOf: (instanceId) => jobs[instanceId],
      refresh: () => setRefreshCount((n) => n + 1),
      refreshCount,
    }),
    [report, jobs, refreshCount],
  );

  return (
    <div className="console">
      <header>
        <h1>ServiceStage console</h1>
        {info && !(info instanceof Error) && info.trustedDocuments && <span className="badge" title="Only the gateway's trusted documents run; this console sends their hashes.">trusted documents</span>}
        <nav>
          <a href="/">Gateway</a> <a href="/graphql">GraphiQL</a>
        </nav>
        <CredentialsForm
          value={credentials}
          onApply={(c) => {
            localStorage.setItem(STORAGE_KEY, JSON.stringify(c));
            setCredentials(c);
            setErrors([]);
          }}
        />
      </header>
      {errors.length > 0 && (
        <section className="errors" role="alert">
          {errors.map((e) => (
            <div className="error" key={e.id} data-code={e.code}>
              <strong>{e.what} failed: {e.code}</strong> {e.message}
              {e.upstream && <div className="upstream">ServiceStage said {e.upstream}</div>}
              <div className="todo">{e.whatToDo}</div>
              <button className="dismiss" onClick={() => setErrors((l) => l.filter((x) => x.id !== e.id))} aria-label="Dismiss">
                ×
              </button>
            </div>
          ))}
        </section>
      )}
      {info instanceof Error && <p className="error">The gateway could not be asked how it runs: {info.message}</p>}
      {!info && <p>Connecting to the gateway…</p>}
      {connection && (
        <Actions.Provider value={actions}>
          <Provider value={connection.client}>
            <DeployForm />
            <Environments />
          </Provider>
        </Actions.Provider>
      )}
    </div>
  );
}
