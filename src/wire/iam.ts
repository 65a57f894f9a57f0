/** The IAM token call (reference §3.1/§3.2): POST /v3/auth/tokens, password method, project scope. */
export interface IamTokenRequest {
  auth: {
    identity: {
      methods: string[];
      password?: { user: { name: string; password: string; domain: { name?: string; id?: string } } };
    };
    scope?: { project?: { name?: string; id?: string } };
  };
}

export interface IamTokenResponse {
  token: {
    expires_at: string;
    issued_at: string;
    methods: string[];
    project: { id: string; name: string; domain: { id: string; name: string } };
    user: { id: string; name: string; domain: { id: string; name: string } };
    catalog: unknown[];
  };
}
