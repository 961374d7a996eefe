/** How the gateway calls subgraphs: signed requests carrying the caller's claims (schema/contract/signing). */
export { createSigningFetcher, type Fetcher } from "./createSigningFetcher";
export { PREVIOUS_SIGNING_KEY_SETTING, readSigningKeys, SIGNING_KEY_SETTING } from "./readSigningKeys";
export { SignedGraphQLDataSource, type SignedGraphQLDataSourceOptions } from "./SignedGraphQLDataSource";
