// What GitHub tells an Action run through its environment: the event, the repository, the
// servers. Read directly (a few lines) instead of pulling @actions/github and its HTTP stack.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface ActionContext {
  eventName: string;
  sha: string;
  ref: string;
  repository?: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runUrl?: string;
  /** GITHUB_RUN_ID. */
  runId?: number;
  payload: Record<string, unknown>;
  /**
   * This run's own pace of GitHub writes: the throttling plugin keeps its pace for the whole process, so
   * without it a second run in one process would wait on the writes of the first.
   */
  pacingKey: string;
  /** Whether the GitHub writes keep GitHub's pace (RunOptions.paced). */
  paced: boolean;
}

export function readContext(env: NodeJS.ProcessEnv): ActionContext {
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const repository = env.GITHUB_REPOSITORY || undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    repository,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    runId: /^[1-9]\d{0,14}$/.test(env.GITHUB_RUN_ID ?? '') ? Number(env.GITHUB_RUN_ID) : undefined,
    payload,
    pacingKey: `hubcast-action-${randomUUID()}`,
    paced: true,
  };
}
