/**
 * How often the gateway reads its supergraph file again by default: a modelling choice. A ConfigMap update
 * reaches a pod's mounted file up to a minute or so after it is applied (the kubelet's sync period), so 5 s more
 * does not matter, and reading ~70 kB every 5 s costs nothing measurable.
 */
export const DEFAULT_SUPERGRAPH_POLL_MS = 5_000;

/** The shortest poll allowed: below it a reload's validation (about 0.45 s of CPU) could run back to back. */
const MIN_SUPERGRAPH_POLL_MS = 1_000;

/**
 * SUPERGRAPH_POLL_MS: how often the supergraph file is read again for a hot reload (gateway/supergraph); `0`
 * turns reloading off (the file read at start serves until the process stops). Problems go to `problems`.
 */
export function readSupergraphPollMs(env: NodeJS.ProcessEnv, problems: string[]): number {
  const raw = env.SUPERGRAPH_POLL_MS;
  if (raw === undefined || raw === "") return DEFAULT_SUPERGRAPH_POLL_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || (value !== 0 && (value < MIN_SUPERGRAPH_POLL_MS || value > 3_600_000))) {
    problems.push(
      `SUPERGRAPH_POLL_MS=${raw} must be 0 (no reload) or an integer from ${MIN_SUPERGRAPH_POLL_MS} to 3600000 (milliseconds)`,
    );
    return DEFAULT_SUPERGRAPH_POLL_MS;
  }
  return value;
}
