/** The emulator's fixed tenancy: one domain (account), one user, two projects so isolation can be tested. */
export interface Project {
  id: string;
  name: string;
}

export const DEMO_DOMAIN = { id: '0c7a3d2e9f8b4a6c8d1e2f3a4b5c6d7e', name: 'demo-domain' } as const;
export const DEMO_USER = { id: '5b1e9c2d7a3f4e8b9c0d1a2b3c4d5e6f', name: 'demo', password: 'Demo@2026!' } as const;

export const PROJECTS: readonly Project[] = [
  { id: '3f6c0e4a9b1d4c2e8a7f5b0d1c2e3f40', name: 'cn-north-4' },
  { id: '8d2b7a1c4e5f4a3b9c0d1e2f3a4b5c60', name: 'cn-north-4_team-b' },
];

export const DEFAULT_PROJECT = PROJECTS[0]!;

export function findProject(ref: { id?: string; name?: string }): Project | undefined {
  return PROJECTS.find((p) => (ref.id !== undefined && p.id === ref.id) || (ref.name !== undefined && p.name === ref.name));
}
