import { gatewayHeaders } from "../stack/gatewayHeaders";

/** One data-quality finding on a provider contract, as the gateway reports it. */
export interface ContractFinding {
  provider: "CEFA" | "IFAPME" | "SFPME";
  providerContractId: string;
  offaLearnerId: string;
  code: string;
  detail: string;
}

const PAGE = 250;

const QUERY = /* GraphQL */ `
  query ($first: Int!, $after: ID, $asOf: LocalDate) {
    learners(first: $first, after: $after) {
      id
      commonContracts(asOf: $asOf) {
        provider
        providerContractId
        dataQuality {
          code
          detail
        }
      }
    }
  }
`;

type Page = {
  id: string;
  commonContracts: {
    provider: ContractFinding["provider"];
    providerContractId: string;
    dataQuality: { code: string; detail: string }[];
  }[];
}[];

/**
 * Every data-quality finding on every provider contract, as of `asOf`, through the gateway: pages through all
 * learners (PAGE at a time) asking OFFA's harmonised contracts for their findings, exactly as a dashboard
 * would. Throws with the gateway's errors rather than returning a partial list.
 */
export async function queryContractFindings(gatewayUrl: string, asOf: string): Promise<ContractFinding[]> {
  const findings: ContractFinding[] = [];
  let after: string | null = null;
  const headers = await gatewayHeaders();
  for (;;) {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: QUERY, variables: { first: PAGE, after, asOf } }),
    });
    const body = (await response.json()) as { data?: { learners: Page }; errors?: { message: string }[] };
    if (!body.data || body.errors) {
      throw new Error(`The gateway at ${gatewayUrl} did not list contracts: ${JSON.stringify(body.errors)}`);
    }
    const learners = body.data.learners;
    for (const learner of learners) {
      for (const contract of learner.commonContracts) {
        for (const finding of contract.dataQuality) {
          findings.push({
            provider: contract.provider,
            providerContractId: contract.providerContractId,
            offaLearnerId: learner.id,
            ...finding,
          });
        }
      }
    }
    if (learners.length < PAGE) return findings;
    after = learners[learners.length - 1].id;
  }
}
