/** The tree: environments -> applications deployed there -> components -> instance rows. */
import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { ConsoleEnvironmentsDocument } from '../../operations/generated/graphql.js';
import { useConsole } from './App.js';
import { InstanceRow } from './InstanceRow.js';

export function Environments() {
  const { report, refreshCount } = useConsole();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ConsoleEnvironmentsDocument });
  const reported = useRef<unknown>(undefined);
  useEffect(() => {
    if (error && reported.current !== error) {
      reported.current = error;
      report('Loading environments', error);
    }
  }, [error, report]);
  useEffect(() => {
    if (refreshCount > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshCount, reexecute]);

  const environments = data?.environments?.nodes ?? [];
  return (
    <main>
      <div className="toolbar">
        <h2>Environments</h2>
        <button onClick={() => reexecute({ requestPolicy: 'network-only' })} disabled={fetching}>
          {fetching ? 'Loading…' : 'Refresh'}
        </button>
      </div>
      {!fetching && !error && environments.length === 0 && <p>No environments in this project.</p>}
      {environments.map((env) => (
        <section className="environment" key={env.id} data-environment={env.name}>
          <h3>
            {env.name} {env.alias && <span className="muted">{env.alias}</span>}
          </h3>
          {env.description && <p className="muted">{env.description}</p>}
          {(env.applications?.nodes ?? []).length === 0 && <p className="muted">Nothing deployed here yet.</p>}
          {(env.applications?.nodes ?? []).map((app) => (
            <div className="application" key={app.id}>
              <h4>{app.name}</h4>
              <table>
                <thead>
                  <tr>
                    <th>Component / instance</th>
                    <th>Version</th>
                    <th>Status</th>
                    <th>Replicas</th>
                    <th>Job</th>
                    <th>Registry replicas</th>
                    <th>Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {(app.components?.nodes ?? []).flatMap((component) =>
                    (component.instances?.nodes ?? []).map((instance) => (
                      <InstanceRow key={instance.id} instance={instance} componentName={component.name} category={component.category} applicationName={app.name} />
                    )),
                  )}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </main>
  );
}
