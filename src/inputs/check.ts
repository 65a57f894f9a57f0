/**
 * Input checks before any upstream call. Every problem is reported at once; the first one's field
 * and rule are also in `extensions`, so a client can point at the field.
 */
import { GraphQLError } from 'graphql';
import type { z } from 'zod';

export interface InputProblem {
  field: string;
  rule: string;
}

export function inputError(problems: InputProblem[]): GraphQLError {
  const first = problems[0]!;
  const message = problems.map((p) => `${p.field}: ${p.rule}`).join('; ');
  return new GraphQLError(`Invalid input. ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', field: first.field, rule: first.rule, problems },
  });
}

/** Parses `value` with `schema`; a failure is a BAD_USER_INPUT error naming `argument.path`. */
export function check<S extends z.ZodTypeAny>(schema: S, value: unknown, argument: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw inputError(
    result.error.issues.map((issue) => ({
      field: [argument, ...issue.path].reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : String(part)), ''),
      rule: issue.message,
    })),
  );
}
