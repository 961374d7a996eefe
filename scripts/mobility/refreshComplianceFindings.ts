import type { Database } from "../../subgraphs/kit";
import {
  replaceComplianceFindings,
  type ComplianceFindingRow,
} from "../../subgraphs/offa/complianceFindings";
import { gatewayHeaders } from "../stack/gatewayHeaders";

/** Learners read per gateway request: each brings its contracts' flagged months, a few hundred kB a page at most. */
const PAGE = 100;

const QUERY = /* GraphQL */ `
  query ComplianceRefresh($after: ID, $asOf: LocalDate) {
    learners(first: ${PAGE}, after: $after) {
      id
      commonContracts(asOf: $asOf) {
        id
        provider
        endedOn
        trade { commonCode mapping { status } }
        levelHistory { from to level mappingStatus }
        company { establishmentUnitNumber }
        complianceSummary { flagged { code months } }
      }
    }
  }
`;

type LevelPeriod = { from: string; to: string | null; level: string | null; mappingStatus: string };

type Contract = {
  id: string;
  provider: string;
  endedOn: string | null;
  trade: { commonCode: string | null; mapping: { status: string } };
  levelHistory: LevelPeriod[];
  company: { establishmentUnitNumber: string };
  complianceSummary: { flagged: { code: string; months: string[] }[] };
};

/**
 * Derives OFFA's compliance read model (offa.compliance_finding) from every learner's common contracts and the
 * months each compliance check flagged (CommonContract.complianceSummary: the same month-by-month evaluation as
 * complianceByMonth, summed per check), read through the gateway as any client would (OFFA never reads a provider
 * store), and replaces the model in one transaction. Any error (a provider down, a contract list null because a
 * provider could not be read) aborts the refresh and the previous model stays: a partial model would present
 * missing findings as "compliant".
 */
export async function refreshComplianceFindings(
  offaStore: Database,
  gatewayUrl: string,
  asOf: string,
): Promise<{ learners: number; contracts: number; findings: number }> {
  const findings: ComplianceFindingRow[] = [];
  let learners = 0;
  let contracts = 0;
  let after: string | null = null;
  const headers = await gatewayHeaders();
  for (;;) {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: QUERY, variables: { after, asOf } }),
    }).catch((error: Error) => {
      // fetch says only "fetch failed": the operator needs the address and the network's reason.
      const cause = error.cause instanceof Error ? error.cause.message : String(error.cause ?? error.message);
      throw new Error(`cannot reach the gateway at ${gatewayUrl} (GATEWAY_URL): ${cause}`);
    });
    const body = (await response.json()) as {
      data?: { learners: { id: string; commonContracts: Contract[] | null }[] } | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (!body.data || body.errors) {
      throw new Error(
        `The gateway at ${gatewayUrl} did not give every contract's compliance (HTTP ${response.status}): ${JSON.stringify(body.errors?.slice(0, 3))}`,
      );
    }
    const page = body.data.learners;
    for (const learner of page) {
      learners++;
      if (learner.commonContracts === null) {
        // Without an error the gateway should not send null; never take it for "no contract".
        throw new Error(`The gateway gave no contract list for learner ${learner.id} and no error`);
      }
      for (const contract of learner.commonContracts) {
        contracts++;
        findings.push(...findingsOf(learner.id, contract, asOf));
      }
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1].id;
  }
  await replaceComplianceFindings(offaStore, findings, { asOf, learners, contracts });
  return { learners, contracts, findings: findings.length };
}

function findingsOf(learnerId: string, contract: Contract, asOf: string): ComplianceFindingRow[] {
  return contract.complianceSummary.flagged.flatMap((check) =>
    check.months.map((month) => ({
      contractId: contract.id,
      learnerId,
      provider: contract.provider,
      month: `${month}-01`,
      code: check.code,
      tradeCommon: contract.trade.mapping.status === "MAPPED" ? contract.trade.commonCode : null,
      tradeStatus: contract.trade.mapping.status,
      unitNumber: contract.company.establishmentUnitNumber,
      level: levelOf(contract, lastDayIn(month, contract, asOf)),
    })),
  );
}

/**
 * The contract's last day in a month (YYYY-MM): the month's last day, or the end of the contract or asOf when
 * earlier. The level is taken on that day, as LEARNERS_* take a learner's last active day in a period.
 */
function lastDayIn(month: string, contract: Contract, asOf: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  const monthEnd = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
  return [monthEnd, contract.endedOn ?? monthEnd, asOf].reduce((a, b) => (a < b ? a : b));
}

/** The common level in force on a day; AMBIGUOUS or UNMAPPED when no single one applies, NONE before any decision. */
function levelOf(contract: Contract, day: string): string {
  const period = contract.levelHistory.find((p) => p.from <= day && (p.to === null || day <= p.to));
  if (period === undefined) return "NONE";
  if (period.level !== null && period.mappingStatus === "MAPPED") return period.level;
  return period.mappingStatus === "AMBIGUOUS" ? "AMBIGUOUS" : "UNMAPPED";
}
