import { signDevelopmentToken } from "../../gateway/auth";

/** A GraphQL response as the gateway sends it. */
export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string } & Record<string, unknown>;
  }[];
}

/** Signed once per test file: a DEVELOPER token of the default development configuration, valid two hours. */
let developerToken: Promise<string> | undefined;

/**
 * POSTs a GraphQL operation as JSON (what Apollo's CSRF prevention accepts without a preflight header), with a
 * bearer token: a DEVELOPER development token unless `token` is given, none when it is null. An `authorization`
 * in `headers` wins over both.
 */
export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  token?: string | null,
): Promise<GraphQLResponse<Data> & { status: number }> {
  const bearer =
    token === undefined
      ? await (developerToken ??= signDevelopmentToken({ role: "DEVELOPER", ttlSeconds: 7200 }))
      : token;
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<Data>) };
}
