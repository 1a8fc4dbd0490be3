/**
 * The session API (GET /session, /session/options, /session/demo-people; POST /session/demo, /session/sign-out), as
 * agreed with the server's session module. Typed here by hand until those routes are in the OpenAPI document; then
 * `npm run api:types` brings them into ../api/schema.d.ts and these types can be derived from it.
 */
export interface SignedInPrincipal {
  personId: string;
  name: string;
  unitId: string;
  unitName: string;
  position?: string | null;
  roles: string[];
  roleLabels: string[];
}

export interface SessionInfo {
  principal: SignedInPrincipal;
  csrfToken: string;
  expiresAt: string;
}

export interface SignInOptions {
  demo: boolean;
  oidc: boolean;
}

export interface DemoPerson {
  personId: string;
  name: string;
  unitId: string;
  unitName: string;
  roles: string[];
  roleLabel: string;
}
