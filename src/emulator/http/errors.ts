/**
 * Error answers in each upstream API's own format. Handlers throw these; the server turns
 * them into responses, so a handler never formats an error body itself.
 */
import type { CasErrorBody } from '../../wire/cas.js';
import type { CseErrorBody } from '../../wire/cse.js';
import { clipDetail } from './echo.js';

/** Which API a route belongs to decides the error format. */
export type ApiKind = 'cas' | 'cse' | 'config' | 'iam' | 'control';

export class EmulatorHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    message: string,
  ) {
    super(message);
  }
}

/** Application management error codes, reference §8.2 (Table 8-2): code -> [HTTP status, message]. */
export const CAS_ERRORS = {
  'SVCSTG.00100400': [400, 'Invalid parameter.'],
  'SVCSTG.00100402': [400, 'The component has been deployed. Uninstall it first.'],
  'SVCSTG.00100414': [400, 'The job ID cannot be empty.'],
  'SVCSTG.00100418': [400, 'The component instance operation has not been defined.'],
  'SVCSTG.00100420': [400, 'The runtime is not supported.'],
  'SVCSTG.00100422': [400, 'Basic resources cannot be empty.'],
  'SVCSTG.00100425': [400, 'The artifact parameters cannot be empty.'],
  'SVCSTG.00100449': [400, 'The environment name has been used.'],
  'SVCSTG.00100403': [404, 'The application cannot be found.'],
  'SVCSTG.00100404': [404, 'The component cannot be found.'],
  'SVCSTG.00100408': [404, 'The request cannot be found.'],
  'SVCSTG.00100411': [404, 'The environment cannot be found.'],
  'SVCSTG.00100412': [404, 'The instance cannot be found.'],
  'SVCSTG.00100424': [404, 'The ELB instance cannot be found.'],
  'SVCSTG.00100429': [404, 'The job cannot be found.'],
  'SVCSTG.00100436': [404, 'The snapshot cannot be found.'],
  // §8.2 lists 00100441 under 404, odd as it is for a conflict; the emulator follows the reference.
  'SVCSTG.00100441': [404, 'The instance version has been used in the same environment.'],
  'SVCSTG.00100421': [405, 'The account is suspended.'],
  'SVCSTG.00100427': [405, 'Permission denied.'],
  'SVCSTG.00100428': [408, 'Request timeout.'],
  'SVCSTG.00100401': [409, 'The application is not empty.'],
  'SVCSTG.00100413': [409, 'The instance name already exists.'],
  'SVCSTG.00100419': [409, 'You are not allowed to operate in the current state.'],
  'SVCSTG.00100423': [409, 'The component instance cannot be deleted.'],
  'SVCSTG.00100426': [409, 'The environment is already in use.'],
  'SVCSTG.00100432': [409, 'The component is being released.'],
  'SVCSTG.00100439': [409, 'The ELB instance has been used in a component.'],
  'SVCSTG.00100500': [500, 'Internal service error.'],
  'SVCSTG.00100501': [500, 'Remote service error.'],
} as const satisfies Record<string, readonly [number, string]>;

export type CasErrorCode = keyof typeof CAS_ERRORS;

/** `detail` is appended to the reference's message so the caller learns which field and why. */
export function casError(code: CasErrorCode, detail?: string): EmulatorHttpError {
  const [status, message] = CAS_ERRORS[code];
  detail = detail && clipDetail(detail);
  const body: CasErrorBody = { error_code: code, error_msg: detail ? `${message} ${detail}` : message };
  return new EmulatorHttpError(status, body, body.error_msg);
}

/** Registry error codes, reference §8.3 (Table 8-3) with service-center's messages. */
export const CSE_ERRORS = {
  '400001': 'Invalid parameter(s)',
  '400010': 'Micro-service already exists',
  '400012': 'Micro-service does not exist',
  '400013': 'Micro-service has deployed instance(s)',
  '400014': 'Undefined schema id',
  '400015': 'Not allowed to modify schema',
  '400016': 'Schema does not exist',
  '400017': 'Instance does not exist',
  '400023': 'Consumer(s) depends on this micro-service',
  '400026': 'Micro-service version does not exist',
  '400100': 'Not enough quota',
  '401002': 'Unauthorized',
  '500003': 'Internal server error',
  '500011': 'Registry service is unavailable',
} as const satisfies Record<string, string>;

export type CseErrorCode = keyof typeof CSE_ERRORS;

/** HTTP status is the code divided by 1000, as service-center does (registry-behaviour.md). */
export function cseError(code: CseErrorCode, detail?: string): EmulatorHttpError {
  detail = detail && clipDetail(detail);
  const body: CseErrorBody = { errorCode: code, errorMessage: CSE_ERRORS[code] };
  if (detail) body.detail = detail;
  return new EmulatorHttpError(Math.floor(Number(code) / 1000), body, detail ?? body.errorMessage);
}

/** Config center errors (reference §8.3, configuration management) use the {error_code, error_msg} shape. */
export const CONFIG_ERRORS = {
  'SVCSTG.00300607': [400, 'Invalid dimension.'],
  'SVCSTG.00400641': [400, 'Configuration item format incorrect.'],
  'SVCSTG.00300401': [401, 'Unauthorized.'],
  'SVCSTG.00300500': [500, 'Internal service error.'],
  'SVCSTG.00300501': [500, 'Internal service error.'],
} as const satisfies Record<string, readonly [number, string]>;

export type ConfigErrorCode = keyof typeof CONFIG_ERRORS;

export function configError(code: ConfigErrorCode, detail?: string): EmulatorHttpError {
  const [status, message] = CONFIG_ERRORS[code];
  detail = detail && clipDetail(detail);
  const body: CasErrorBody = { error_code: code, error_msg: detail ? `${message} ${detail}` : message };
  return new EmulatorHttpError(status, body, body.error_msg);
}

/** IAM answers errors as {"error": {code, message, title}}. */
export function iamError(status: number, message: string): EmulatorHttpError {
  message = clipDetail(message);
  const title = status === 401 ? 'Unauthorized' : status === 400 ? 'Bad Request' : 'Error';
  return new EmulatorHttpError(status, { error: { code: status, message, title } }, message);
}

/** The emulator's own control API. */
export function controlError(status: number, message: string): EmulatorHttpError {
  message = clipDetail(message);
  return new EmulatorHttpError(status, { error: message }, message);
}

/**
 * Failures that happen before a handler runs (no or bad token, unreadable body, injected faults),
 * in the format of the API the route belongs to.
 */
export function failureFor(api: ApiKind, status: number, detail: string): EmulatorHttpError {
  detail = clipDetail(detail);
  switch (api) {
    case 'cas':
      if (status === 401) {
        // The real gateway in front of ServiceStage (APIG) answers bad tokens with APIGW codes.
        const body: CasErrorBody = { error_code: 'APIGW.0301', error_msg: `Incorrect IAM authentication information: ${detail}` };
        return new EmulatorHttpError(401, body, body.error_msg);
      }
      if (status === 400) return casError('SVCSTG.00100400', detail);
      if (status === 413) return new EmulatorHttpError(413, { error_code: 'APIGW.0201', error_msg: `Request entity too large: ${detail}` }, detail);
      if (status === 429) return new EmulatorHttpError(429, { error_code: 'APIGW.0308', error_msg: 'The throttling threshold has been reached.' }, detail);
      if (status === 408) return casError('SVCSTG.00100428', detail);
      if (status >= 500 && status !== 500) return new EmulatorHttpError(status, { error_code: 'SVCSTG.00100501', error_msg: `Remote service error. ${detail}` }, detail);
      if (status === 500) return casError('SVCSTG.00100500', detail);
      return new EmulatorHttpError(status, { error_code: `SVCSTG.00100${status}`, error_msg: detail }, detail);
    case 'cse':
      if (status === 401) return cseError('401002', detail);
      if (status === 400 || status === 413) {
        const e = cseError('400001', detail);
        return status === 400 ? e : new EmulatorHttpError(413, e.body, detail);
      }
      if (status === 500) return cseError('500003', detail);
      if (status >= 500) return new EmulatorHttpError(status, { errorCode: '500011', errorMessage: CSE_ERRORS['500011'], detail }, detail);
      return new EmulatorHttpError(status, { errorCode: String(status * 1000), errorMessage: detail }, detail);
    case 'config':
      if (status === 401) return configError('SVCSTG.00300401', detail);
      if (status === 400) return configError('SVCSTG.00300607', detail);
      if (status === 500) return configError('SVCSTG.00300500', detail);
      return new EmulatorHttpError(status, { error_code: 'SVCSTG.00300501', error_msg: detail }, detail);
    case 'iam':
      return iamError(status, detail);
    case 'control':
      return controlError(status, detail);
  }
}
