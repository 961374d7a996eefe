import type { RemoteGraphQLDataSource } from "@apollo/gateway";
import { SIGNING_HEADERS, signRequest } from "../../schema/contract/signing";

/** The fetch function a RemoteGraphQLDataSource sends through. */
export type Fetcher = RemoteGraphQLDataSource["fetcher"];

/**
 * Wraps a data source's fetcher so that every request it sends carries the gateway's signature. It signs at
 * the last moment, over the URL and the body exactly as they are handed to the network, and over the claims
 * and request id headers already on the request (SignedGraphQLDataSource.willSendRequest sets them).
 */
export function createSigningFetcher(fetcher: Fetcher, audience: string, key: string): Fetcher {
  return (url, init = {}) => {
    const headers: Record<string, string> = {};
    // node-fetch gives lower-case names; a hand-built init might not, and a duplicate would escape the signature.
    for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
    const signature = signRequest(
      {
        audience,
        method: init.method ?? "GET",
        url,
        body: init.body ?? "",
        claims: headers[SIGNING_HEADERS.claims],
        requestId: headers[SIGNING_HEADERS.requestId],
      },
      key,
    );
    return fetcher(url, { ...init, headers: { ...headers, ...signature } });
  };
}
