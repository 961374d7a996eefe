/**
 * Links in OFFA's registry to a provider record the provider no longer has (deleted at the provider, the
 * registry not yet updated). They are the one case where a linked record is skipped rather than reported as an
 * error: the provider answered, and the record is really gone. Each one is counted (for metrics) and logged
 * with the request id, so a registry that drifts from its providers shows.
 */
const countsByProvider = new Map<string, number>();

/** Counts and logs `count` dangling links met while serving one request. Never logs ids: counts only. */
export function reportDanglingLinks(provider: string, count: number, requestId: string | undefined): void {
  if (count === 0) return;
  countsByProvider.set(provider, (countsByProvider.get(provider) ?? 0) + count);
  console.warn(
    JSON.stringify({
      level: "warn",
      msg: "registry links to provider records that no longer exist were skipped",
      provider,
      count,
      requestId,
    }),
  );
}

/** Dangling links skipped since the process started, by provider (for the metrics endpoint). */
export function danglingLinkCounts(): ReadonlyMap<string, number> {
  return countsByProvider;
}
