/**
 * What an npm script of package.json runs with node: its flags and its compiled entry. The benchmark
 * and the start test run the gateway exactly as `npm start` does, flags included, by reading them here.
 */
import { readFileSync } from 'node:fs';

export interface NodeScript {
  /** Node's own flags before the entry, e.g. ["--max-semi-space-size=32"]. */
  nodeArgs: string[];
  /** The compiled file, e.g. "dist/main.js". */
  entry: string;
}

export function npmScript(name: string, packageJson = new URL('../package.json', import.meta.url)): NodeScript {
  const command = (JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts: Record<string, string> }).scripts[name];
  const match = command === undefined ? null : /^node((?: --[\w-]+(?:=\S+)?)*) (dist\/\S+\.js)$/.exec(command);
  if (!match) throw new Error(`npm run ${name} should run the compiled build (node [--flag …] dist/….js), but runs "${command}"`);
  return { nodeArgs: match[1]!.trim().split(' ').filter(Boolean), entry: match[2]! };
}

/** The script's command as a person would type it: "node --max-semi-space-size=32 dist/main.js". */
export const commandOf = (script: NodeScript): string => ['node', ...script.nodeArgs, script.entry].join(' ');
