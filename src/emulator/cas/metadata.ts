/** The runtimes (§4.1.1) and flavors (§4.1.2) catalogue; the same for every project. */
import type { Flavor, Runtime } from '../../wire/cas.js';

export const RUNTIMES: readonly Runtime[] = [
  { type_name: 'Java8', display_name: 'Java 8', container_default_port: 8080, type_desc: 'Java 8 runtime server' },
  { type_name: 'Java11', display_name: 'Java 11', container_default_port: 8080, type_desc: 'Java 11 runtime server' },
  { type_name: 'Tomcat8', display_name: 'Tomcat 8', container_default_port: 8080, type_desc: 'Tomcat 8 web server' },
  { type_name: 'Nodejs8', display_name: 'Node.js 8', container_default_port: 3000, type_desc: 'Node.js 8 runtime' },
  { type_name: 'Nodejs14', display_name: 'Node.js 14', container_default_port: 3000, type_desc: 'Node.js 14 runtime' },
  { type_name: 'Python3', display_name: 'Python 3', container_default_port: 8000, type_desc: 'Python 3 runtime' },
  { type_name: 'Php7', display_name: 'PHP 7', container_default_port: 80, type_desc: 'PHP 7 runtime' },
  { type_name: 'Go1', display_name: 'Go 1', container_default_port: 8080, type_desc: 'Go 1.x runtime' },
  { type_name: 'Docker', display_name: 'Docker', container_default_port: 8080, type_desc: 'Docker image' },
];

/** The first flavor is the reference's own example, field for field. */
export const FLAVORS: readonly Flavor[] = [
  {
    flavor_id: 'MICRO-5G:0.5C:1G',
    storage_size: '5G',
    num_cpu: '500m',
    num_cpu_init: '200m',
    memory_size: '1Gi',
    memory_size_init: '200Mi',
    label: 'Micro: 5G Storage, 0.5 CPU, 1G Memory',
    custom: false,
  },
  {
    flavor_id: 'SMALL-10G:1C:2G',
    storage_size: '10G',
    num_cpu: '1000m',
    num_cpu_init: '500m',
    memory_size: '2Gi',
    memory_size_init: '512Mi',
    label: 'Small: 10G Storage, 1 CPU, 2G Memory',
    custom: false,
  },
  {
    flavor_id: 'MEDIUM-20G:2C:4G',
    storage_size: '20G',
    num_cpu: '2000m',
    num_cpu_init: '1000m',
    memory_size: '4Gi',
    memory_size_init: '1Gi',
    label: 'Medium: 20G Storage, 2 CPU, 4G Memory',
    custom: false,
  },
  {
    flavor_id: 'LARGE-40G:4C:8G',
    storage_size: '40G',
    num_cpu: '4000m',
    num_cpu_init: '2000m',
    memory_size: '8Gi',
    memory_size_init: '2Gi',
    label: 'Large: 40G Storage, 4 CPU, 8G Memory',
    custom: false,
  },
];

/** Port used when a runtime is not in the catalogue (the reference's Java8 example port). */
export const DEFAULT_CONTAINER_PORT = 8080;

export function findRuntime(typeName: string): Runtime | undefined {
  return RUNTIMES.find((r) => r.type_name === typeName);
}

export function isKnownFlavor(flavorId: string): boolean {
  return FLAVORS.some((f) => f.flavor_id === flavorId);
}

export const runtimeList = () => ({ runtimes: RUNTIMES.map((r) => ({ ...r })) });
export const flavorList = () => ({ flavors: FLAVORS.map((f) => ({ ...f })) });
