/**
 * Stops @apollo/gateway from phoning home. Its constructor (2.14, `ApolloGateway` in dist/index.js) starts an
 * OpenTelemetry metrics exporter to https://usage-reporting.api.apollographql.com, and probes cloud metadata
 * addresses (AWS, GCP, Azure, Alibaba resource detectors), unless APOLLO_TELEMETRY_DISABLED is "1" or "true"
 * when it is constructed. No data about this service may leave it, in any mode: call this before every
 * `new ApolloGateway` (createGateway does). Apollo Server's own usage reporting is disabled by a plugin.
 */
export function disableApolloTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED = "1";
}
