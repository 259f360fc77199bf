// Credentials for hubcast's own reads of a source. A Repository (or a git component) names a
// Secret by `secretRef`; Flux on the spoke reads that Secret, and hubcast reads the same
// credentials from environment variables derived from its name, so nothing secret is ever
// written in a spec, the lock, or a message. Pure over the environment it is given.

export interface Credentials {
  username?: string;
  password?: string;
  token?: string;
}

/** `charts-auth` -> `HUBCAST_SECRET_CHARTS_AUTH` (then `_USERNAME`, `_PASSWORD`, `_TOKEN`). */
export function secretEnvPrefix(secretName: string): string {
  return `HUBCAST_SECRET_${secretName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

export function credentialsFor(secretName: string | undefined, env: Readonly<Record<string, string | undefined>>): Credentials | undefined {
  if (!secretName) return undefined;
  const p = secretEnvPrefix(secretName);
  const c: Credentials = { username: env[`${p}_USERNAME`], password: env[`${p}_PASSWORD`], token: env[`${p}_TOKEN`] };
  return c.token || c.username ? c : undefined;
}

export function credentialsHint(secretName: string | undefined): string {
  if (!secretName)
    return 'the repository needs credentials: set spec.secretRef on the Repository and the matching HUBCAST_SECRET_<NAME>_USERNAME/_PASSWORD (or _TOKEN) variables';
  const p = secretEnvPrefix(secretName);
  return `hubcast reads the credentials of Secret "${secretName}" from ${p}_USERNAME and ${p}_PASSWORD (or ${p}_TOKEN); check they are set and valid`;
}

/** A URL fit for messages: any user:password@ is replaced. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1***@');
}
