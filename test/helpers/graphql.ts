import { PURPOSE_HEADER, signDevelopmentToken, TOKEN_CLAIMS } from "../../gateway/auth";
import { isPurpose, PURPOSES } from "../../schema/contract/access";
import { assertNoNationalNumber } from "./findNationalNumbers";

/** A GraphQL response as the gateway sends it. */
export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string } & Record<string, unknown>;
  }[];
}

/** How postGraphQL judges the response it receives. */
export interface PostGraphQLOptions {
  /**
   * Set when the request is made by a mobility officer with a purpose that needs the national number
   * (IDENTITY_RESOLUTION, DATA_SUBJECT_REQUEST): the one case in which a response may carry one (domain.md §9,
   * §11.16). postGraphQL checks the claim against the token's role and the `x-offa-purpose` header. Unset (the
   * default): a valid national number anywhere in the body fails the test.
   */
  nationalNumbersAllowedFor?: "MOBILITY_OFFICER_WITH_IDENTIFYING_PURPOSE";
}

/** Signed once per test file: a DEVELOPER token of the default development configuration, valid two hours. */
let developerToken: Promise<string> | undefined;

/**
 * POSTs a GraphQL operation as JSON (what Apollo's CSRF prevention accepts without a preflight header), with a
 * bearer token: a DEVELOPER development token unless `token` is given, none when it is null. An `authorization`
 * in `headers` wins over both. Every response body is scanned for valid national numbers (findNationalNumbers):
 * one found throws, with its path and value, unless `options` says the caller is a mobility officer with an
 * identifying purpose.
 */
export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  token?: string | null,
  options: PostGraphQLOptions = {},
): Promise<GraphQLResponse<Data> & { status: number }> {
  const bearer =
    token === undefined
      ? await (developerToken ??= signDevelopmentToken({ role: "DEVELOPER", ttlSeconds: 7200 }))
      : token;
  const sent: Record<string, string> = {
    "content-type": "application/json",
    ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
    ...headers,
  };
  if (options.nationalNumbersAllowedFor) assertIdentifyingMobilityOfficer(sent);
  const response = await fetch(url, {
    method: "POST",
    headers: sent,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<Data>;
  if (!options.nationalNumbersAllowedFor) assertNoNationalNumber(body, query);
  return { status: response.status, ...body };
}

// The exemption is only honest if the request really is a mobility officer's with an identifying purpose.
function assertIdentifyingMobilityOfficer(headers: Record<string, string>): void {
  const entry = Object.entries(headers);
  const header = (name: string) => entry.find(([key]) => key.toLowerCase() === name)?.[1];
  const purpose = header(PURPOSE_HEADER);
  const token = header("authorization")?.replace(/^Bearer\s+/i, "");
  const payload = token?.split(".")[1];
  const role = payload
    ? (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>)[
        TOKEN_CLAIMS.role
      ]
    : undefined;
  if (role !== "MOBILITY_OFFICER" || !isPurpose(purpose) || !PURPOSES[purpose].needsNationalNumber) {
    throw new Error(
      `nationalNumbersAllowedFor is set, but the request is not a mobility officer's with an identifying purpose (role ${String(role)}, purpose ${String(purpose)})`,
    );
  }
}
