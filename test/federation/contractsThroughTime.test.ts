import { DEFAULT_DATASET } from "../../scripts/dataset";
import { postGraphQL } from "../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

type OnDate = {
  id: string;
  providerContractId: string;
  phase: string;
  status: string | null;
  mappings: { status: { sourceCode: string } | null };
  monthlyPayCents: number;
  endedOn: string | null;
  payHistory: { from: string; to: string | null; amountCents: number }[];
  statusHistory: { from: string; to: string | null; nativeCode: string }[];
};

const QUERY = /* GraphQL */ `
  query ($id: ID!, $asOf: LocalDate) {
    cefaLearner(id: $id) {
      offaLearner {
        commonContracts(asOf: $asOf) {
          id
          providerContractId
          phase
          status
          mappings {
            status {
              sourceCode
            }
          }
          monthlyPayCents
          endedOn
          payHistory {
            from
            to
            amountCents
          }
          statusHistory {
            from
            to
            nativeCode
          }
        }
      }
    }
  }
`;

describe("a contract through time, through the gateway (default dataset, PostgreSQL)", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startPostgresTestStack(DEFAULT_DATASET);
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("reads a contract at five dates as CEFA's own histories say it was on each", async () => {
    // A contrat d'alternance that was suspended in 2020, was raised at least once and has ended.
    const [contract] = await stack.stores.cefa.query<{
      id: string;
      matricule: string;
      date_signature: string;
      date_debut: string;
      fin: string;
    }>(
      `SELECT c.id, c.matricule, c.date_signature, c.date_debut, coalesce(c.date_fin_effective, c.date_fin_prevue) AS fin
         FROM cefa.contrat c
        WHERE c.type_contrat = 'CA' AND c.statut = 'CLOTURE' AND c.date_signature < c.date_debut
          AND EXISTS (SELECT 1 FROM cefa.statut_periode s WHERE s.contrat_id = c.id AND s.statut = 'SUSPENDU')
          AND (SELECT count(*) FROM cefa.retribution r WHERE r.contrat_id = c.id) >= 2
          AND NOT (c.id = ANY($1::text[]))
        ORDER BY c.id LIMIT 1`,
      // A history entered with a hole or an overlap has no single status on some days: not this test's case.
      [
        [
          ...stack.groundTruth.dataQuality.statusHistoryGap,
          ...stack.groundTruth.dataQuality.statusHistoryOverlap,
        ]
          .filter((ref) => ref.provider === "cefa")
          .map((ref) => ref.contractId),
      ],
    );
    expect(contract).toBeDefined();
    const [suspension] = await stack.stores.cefa.query<{ du: string }>(
      `SELECT du FROM cefa.statut_periode WHERE contrat_id = $1 AND statut = 'SUSPENDU' ORDER BY du LIMIT 1`,
      [contract.id],
    );
    const dayBefore = (date: string) =>
      new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const dayAfter = (date: string) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const dates = [
      dayBefore(contract.date_signature),
      contract.date_signature,
      contract.date_debut,
      suspension.du,
      dayAfter(contract.fin),
    ];

    for (const date of dates) {
      // What CEFA's store says on that date, read straight from its tables.
      const [status] = await stack.stores.cefa.query<{ statut: string }>(
        `SELECT statut FROM cefa.statut_periode WHERE contrat_id = $1 AND du <= $2 AND (au IS NULL OR au >= $2)`,
        [contract.id, date],
      );
      const [pay] = await stack.stores.cefa.query<{ montant: string }>(
        `SELECT montant_mensuel AS montant FROM cefa.retribution WHERE contrat_id = $1 AND applicable_du <= $2
          ORDER BY applicable_du DESC LIMIT 1`,
        [contract.id, date],
      );
      const [first] = await stack.stores.cefa.query<{ montant: string }>(
        `SELECT montant_mensuel AS montant FROM cefa.retribution WHERE contrat_id = $1 ORDER BY applicable_du LIMIT 1`,
        [contract.id],
      );
      const expectedPhase =
        date < contract.date_signature
          ? "NOT_SIGNED"
          : date < contract.date_debut
            ? "SIGNED"
            : date > contract.fin
              ? "ENDED"
              : "RUNNING";

      const response = await postGraphQL<{ cefaLearner: { offaLearner: { commonContracts: OnDate[] } } }>(
        stack.gatewayUrl,
        QUERY,
        { id: contract.matricule, asOf: date },
      );
      expect(response.errors).toBeUndefined();
      const onDate = response.data!.cefaLearner.offaLearner.commonContracts.find(
        (c) => c.providerContractId === contract.id,
      )!;
      expect({ date, id: onDate.id, phase: onDate.phase }).toEqual({
        date,
        id: `CEFA:${contract.id}`,
        phase: expectedPhase,
      });
      expect({ date, statusCode: onDate.mappings.status?.sourceCode ?? null }).toEqual({
        date,
        statusCode: status?.statut ?? null,
      });
      expect({ date, pay: onDate.monthlyPayCents }).toEqual({
        date,
        pay: Math.round(Number((pay ?? first).montant) * 100),
      });
      expect(onDate.endedOn === null).toBe(expectedPhase !== "ENDED" || onDate.endedOn === null);
      // Only what was recorded by that date: no period starting later.
      expect(onDate.statusHistory.every((p) => p.from <= date)).toBe(true);
      expect(onDate.payHistory.slice(1).every((p) => p.from <= date)).toBe(true);
    }
  });

  it("says FUTURE for a date after today, instead of pretending to know it", async () => {
    const [row] = await stack.stores.cefa.query<{ matricule: string }>(
      `SELECT matricule FROM cefa.contrat ORDER BY id LIMIT 1`,
    );
    const response = await postGraphQL<{ cefaLearner: { offaLearner: { commonContracts: OnDate[] } } }>(
      stack.gatewayUrl,
      QUERY,
      { id: row.matricule, asOf: "2099-01-01" },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.cefaLearner.offaLearner.commonContracts.map((c) => c.phase)).toEqual(
      response.data!.cefaLearner.offaLearner.commonContracts.map(() => "FUTURE"),
    );
  });

  it("dates every agrément's life: a withdrawal ends the unit's contracts that day, each decision has its body", async () => {
    const withdrawn = stack.groundTruth.anomalies.accreditationWithdrawn.slice(0, 5);
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const ref of withdrawn) {
      const table = { cefa: "cefa.contrat", ifapme: "ifapme.contrat", sfpme: "sfpme.convention" }[
        ref.provider
      ];
      const idColumn = { cefa: "id", ifapme: "numero", sfpme: "reference" }[ref.provider];
      const learnerColumn = { cefa: "matricule", ifapme: "apprenant_numero", sfpme: "dossier" }[ref.provider];
      const [row] = await stack.stores[ref.provider].query<{ learner: string }>(
        `SELECT ${learnerColumn} AS learner FROM ${table} WHERE ${idColumn} = $1`,
        [ref.contractId],
      );
      const query = `${ref.provider}Learner`;
      const response = await postGraphQL<
        Record<
          string,
          {
            offaLearner: {
              commonContracts: {
                providerContractId: string;
                endedOn: string | null;
                endReason: string | null;
                trade: { commonCode: string | null };
                establishmentUnit: {
                  accreditations: {
                    tradeCode: string;
                    status: string;
                    history: { kind: string; occurredOn: string; decidingBody: string | null }[];
                  }[];
                } | null;
              }[];
            };
          }
        >
      >(
        stack.gatewayUrl,
        `query ($id: ID!) { ${query}(id: $id) { offaLearner { commonContracts(asOf: "2026-06-30") {
          providerContractId endedOn endReason trade { commonCode }
          establishmentUnit { accreditations { tradeCode status history { kind occurredOn decidingBody } } } } } } }`,
        { id: row.learner },
      );
      expect(response.errors).toBeUndefined();
      const contract = response.data![query].offaLearner.commonContracts.find(
        (c) => c.providerContractId === ref.contractId,
      )!;
      expect(contract.endReason).toBe("AGREMENT_WITHDRAWN");
      const agrements = contract.establishmentUnit!.accreditations.filter(
        (a) =>
          a.status === "WITHDRAWN" &&
          a.history.some((e) => e.kind === "WITHDRAWN" && e.occurredOn === contract.endedOn),
      );
      expect({ contract: ref.contractId, withdrawnThatDay: agrements.length }).toEqual({
        contract: ref.contractId,
        withdrawnThatDay: 1,
      });
      for (const agrement of contract.establishmentUnit!.accreditations) {
        const days = agrement.history.map((e) => e.occurredOn);
        expect(days).toEqual([...days].sort());
        expect(agrement.history[0]).toMatchObject({ kind: "REQUESTED", decidingBody: null });
        expect(agrement.history.slice(1).every((e) => e.decidingBody !== null)).toBe(true);
      }
    }
  });
});
