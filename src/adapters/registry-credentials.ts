// Credentials hubcast uses to push to (and read from) an OCI registry: HUBCAST_OCI_TOKEN, or
// HUBCAST_OCI_USERNAME + HUBCAST_OCI_PASSWORD, else the `auths` entry of a Docker config file
// ($DOCKER_CONFIG/config.json or ~/.docker/config.json, as `docker login` writes it). Credential
// helpers (`credsStore`, `credHelpers`) are not run. Nothing read here is ever printed.

import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Credentials } from '../sources/credentials.ts';

type Env = Readonly<Record<string, string | undefined>>;

interface DockerAuth {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

/** `https://host:5000/v1/` and `host:5000` name the same registry. */
const registryKey = (k: string) =>
  k
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();

/** The credentials a Docker config (its parsed JSON) holds for `host`. */
export function dockerConfigCredentials(config: unknown, host: string): Credentials | undefined {
  const auths = (config as { auths?: Record<string, DockerAuth> } | undefined)?.auths;
  if (!auths || typeof auths !== 'object') return undefined;
  const want = registryKey(host);
  const aliases = want === 'docker.io' || want === 'registry-1.docker.io' ? ['docker.io', 'index.docker.io', 'registry-1.docker.io'] : [want];
  const entry = Object.entries(auths).find(([k]) => aliases.includes(registryKey(k)))?.[1];
  if (!entry || typeof entry !== 'object') return undefined;
  if (entry.registrytoken) return { token: entry.registrytoken };
  if (entry.auth) {
    const plain = Buffer.from(entry.auth, 'base64').toString('utf8');
    const i = plain.indexOf(':');
    if (i > 0) return { username: plain.slice(0, i), password: plain.slice(i + 1) };
  }
  if (entry.username) return { username: entry.username, password: entry.password ?? '' };
  return undefined;
}

/** Registry credentials from the environment, then the Docker config; undefined: anonymous. */
export function registryCredentials(host: string, env: Env): Credentials | undefined {
  if (env.HUBCAST_OCI_TOKEN) return { token: env.HUBCAST_OCI_TOKEN };
  if (env.HUBCAST_OCI_USERNAME) return { username: env.HUBCAST_OCI_USERNAME, password: env.HUBCAST_OCI_PASSWORD ?? '' };
  const dir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  let text: string;
  try {
    text = readFileSync(join(dir, 'config.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    return dockerConfigCredentials(JSON.parse(text), host);
  } catch {
    return undefined; // not JSON: as if there were none (docker itself would refuse it)
  }
}
