import { type GraphQLResponse, postGraphQL } from "./graphql";

/** A page of learners, each with the common contracts a test's query selects. */
type Page<Contract> = { learners: { id: string; commonContracts: Contract[] }[] };

/**
 * Every common contract of every learner, a page at a time as a dashboard would read them, keyed
 * `PROVIDER:providerContractId`, each with its OFFA learner id. The query takes `$first` and `$after` (and any
 * other variable given) and selects `learners { id commonContracts { provider providerContractId … } }`.
 */
export async function readAllCommonContracts<
  Contract extends { provider: string; providerContractId: string },
>(
  gatewayUrl: string,
  query: string,
  options: { pageSize: number; variables?: Record<string, unknown> },
): Promise<Map<string, Contract & { offaLearnerId: string }>> {
  const contracts = new Map<string, Contract & { offaLearnerId: string }>();
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<Page<Contract>> = await postGraphQL<Page<Contract>>(gatewayUrl, query, {
      ...options.variables,
      first: options.pageSize,
      after,
    });
    if (response.errors) throw new Error(`a page failed: ${JSON.stringify(response.errors)}`);
    const learners = response.data!.learners;
    for (const learner of learners) {
      for (const contract of learner.commonContracts) {
        contracts.set(`${contract.provider}:${contract.providerContractId}`, {
          ...contract,
          offaLearnerId: learner.id,
        });
      }
    }
    if (learners.length < options.pageSize) return contracts;
    after = learners[learners.length - 1]!.id;
  }
}
