/**
 * The introspection switch for every transport. yoga's useDisableIntrospection marks only requests
 * that pass its HTTP request parsing, so /graphql/stream and WebSocket operations kept
 * introspection; this rule is added to every validation, whatever the transport.
 */
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useIntrospectionSwitch(enabled: boolean): Plugin {
  return enabled ? {} : { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) };
}
