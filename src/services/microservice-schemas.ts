/** Registry schema writes (§5.7): the answer is the schema as written (the registry keeps it as sent). */
import * as inputs from '../inputs/cse.js';
import type { MicroserviceSchemaModel } from '../loaders/models.js';
import { sendWrite, type RegistryWriteScope } from './write-scope.js';

export async function putMicroserviceSchema(scope: RegistryWriteScope, serviceId: string, schemaId: string, content: string, summary?: string | null): Promise<MicroserviceSchemaModel> {
  const checked = inputs.schemaBody(schemaId, content, summary);
  await sendWrite(
    () => scope.cse.putSchema(serviceId, checked.schemaId, checked.body),
    () => scope.loaders.cse.afterWrite.schema(serviceId, checked.schemaId),
  );
  return { serviceId, schemaId: checked.schemaId, schema: checked.body.schema, summary: checked.body.summary };
}
