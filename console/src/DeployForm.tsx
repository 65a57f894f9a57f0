/** Deploys a component to an environment: a new instance, whose row then shows its job. */
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConsoleCatalogDocument, ConsoleDeployDocument, ConsoleEnvironmentsDocument } from '../../operations/generated/graphql.js';
import { useConsole } from './App.js';

export function DeployForm() {
  const { report, trackJob, refresh } = useConsole();
  const [{ data: catalog }] = useQuery({ query: ConsoleCatalogDocument });
  const [{ data: tree }] = useQuery({ query: ConsoleEnvironmentsDocument });
  const [deploy, runDeploy] = useMutation(ConsoleDeployDocument);
  const components = (catalog?.applications?.nodes ?? []).flatMap((a) => (a.components?.nodes ?? []).map((c) => ({ ...c, application: a.name })));
  const environments = tree?.environments?.nodes ?? [];
  const flavors = catalog?.flavors ?? [];
  const [form, setForm] = useState({ componentId: '', environmentId: '', name: '', version: '1.0.0', replica: '1', flavorId: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  const submit = async () => {
    const component = components.find((c) => c.id === form.componentId);
    const environment = environments.find((e) => e.id === form.environmentId);
    if (!component || !environment) return;
    // The environment's cluster hosts it; its CSE (when it has one) registers the replicas.
    const referResources = [
      ...environment.baseResources.filter((r) => r.type === 'cce').map((r) => ({ id: r.id, type: r.type, parameters: { namespace: 'default' } })),
      ...environment.optionalResources.filter((r) => r.type === 'cse').map((r) => ({ id: r.id, type: r.type })),
    ];
    const result = await runDeploy({
      componentId: component.id,
      input: {
        environmentId: environment.id,
        name: form.name,
        version: form.version,
        replica: Number(form.replica),
        flavorId: form.flavorId || flavors[0]?.flavorId || 'MICRO-5G:0.5C:1G',
        artifacts: [{ name: component.name, storage: 'swr', type: 'image', url: `swr.example.com/${component.application}/${component.name}:${form.version}` }],
        referResources,
      },
    });
    if (result.error) return report(`Deploying ${form.name}`, result.error);
    const payload = result.data?.deployComponent;
    if (payload?.instance) trackJob(payload.instance.id, payload.jobId);
    refresh();
  };

  return (
    <form
      className="deploy"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>Deploy</h2>
      <label>
        Component
        <select required value={form.componentId} onChange={set('componentId')} name="component">
          <option value="">choose…</option>
          {components.map((c) => (
            <option key={c.id} value={c.id}>
              {c.application} / {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        to
        <select required value={form.environmentId} onChange={set('environmentId')} name="environment">
          <option value="">environment…</option>
          {environments.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        as
        <input required name="name" placeholder="instance name" pattern="[a-z]([a-z0-9-]{0,62}[a-z0-9])?" value={form.name} onChange={set('name')} />
      </label>
      <label>
        version
        <input required name="version" value={form.version} onChange={set('version')} size={7} />
      </label>
      <label>
        replicas
        <input required name="replica" type="number" min={1} max={200} value={form.replica} onChange={set('replica')} />
      </label>
      <label>
        flavor
        <select value={form.flavorId} onChange={set('flavorId')} name="flavor">
          {flavors.map((f) => (
            <option key={f.flavorId} value={f.flavorId}>
              {f.flavorId}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={deploy.fetching}>
        {deploy.fetching ? 'Deploying…' : 'Deploy'}
      </button>
    </form>
  );
}
