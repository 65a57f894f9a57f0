/** Wire types shared by the emulator and the gateway's REST clients: the shapes the reference gives. */

/** Application management (and config center) error body, reference §3.3 / §8.2. */
export interface CasErrorBody {
  error_code: string;
  error_msg: string;
}

/** Registry error body, reference §6.3.7. `errorCode` is a JSON string. */
export interface CseErrorBody {
  errorCode: string;
  errorMessage: string;
  detail?: string;
}
