import { gatewayHeaders } from "../stack/gatewayHeaders";
import { NAMESPACES, type MappingKind, type Namespace } from "../../subgraphs/offa/harmonisation";

/** One provider-native code as the gateway reports it: usage in the provider's data and OFFA's mapping. */
export interface ProviderCode {
  namespace: Namespace;
  kind: MappingKind;
  code: string;
  label: string | null;
  usage: number;
  mapping: {
    status: "MAPPED" | "AMBIGUOUS" | "UNMAPPED";
    target: string | null;
    candidates: string[];
    relationship: string | null;
    ruleVersion: number | null;
    ruleSource: string | null;
  };
}

const CODE_FIELDS =
  "kind code label usage mapping(asOf: $asOf) { status target candidates relationship ruleVersion ruleSource }";

/**
 * Asks the gateway for every provider's codes with their usage and OFFA's mapping on `asOf`: one query that
 * spans the three provider subgraphs (codes, usage) and the OFFA subgraph (mapping).
 */
export async function queryProviderCodes(gatewayUrl: string, asOf: string): Promise<ProviderCode[]> {
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers: await gatewayHeaders(),
    body: JSON.stringify({
      query: `query ($asOf: LocalDate) {
        ${NAMESPACES.map((namespace) => `${namespace}Codes { ${CODE_FIELDS} }`).join(" ")}
      }`,
      variables: { asOf },
    }),
  });
  const body = (await response.json()) as {
    data?: Record<string, Omit<ProviderCode, "namespace">[]>;
    errors?: { message: string }[];
  };
  if (!body.data || body.errors) {
    throw new Error(
      `The gateway at ${gatewayUrl} did not list provider codes: ${JSON.stringify(body.errors)}`,
    );
  }
  return NAMESPACES.flatMap((namespace) =>
    body.data![`${namespace}Codes`].map((code) => ({ ...code, namespace })),
  );
}
