import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadMappingRules, MAPPINGS_DIR } from "../../scripts/mappings/loadMappingRules";
import { queryProviderCodes } from "../../scripts/mappings/queryProviderCodes";
import { renderMappingReport } from "../../scripts/mappings/renderMappingReport";
import { RuleFileError } from "../../subgraphs/offa/harmonisation";
import { postGraphQL } from "../helpers/graphql";
import { DEFAULT_DATASET } from "../../scripts/dataset";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

type CommonContractData = {
  provider: string;
  providerContractId: string;
  contractType: string | null;
  isContratAlternance: boolean;
  status: string | null;
  trade: { commonCode: string | null; mapping: { status: string } };
  levelHistory: { from: string; level: string | null; mappingStatus: string; ruleVersion: number | null }[];
  minimumMonthlyPay: { amount: string | null; unknownReason: string | null };
  monthlyPayCents: number;
  compliance: {
    month: string;
    flags: { code: string; reason: string }[];
    notEvaluated: { code: string; reason: string }[];
  };
};

/** The common-contract query; `month` adds the minimum pay of that month (it must lie in every contract). */
const commonContractsQuery = (withMinimumPay: boolean) => /* GraphQL */ `
  query ($id: ID!, $asOf: LocalDate${withMinimumPay ? ", $month: YearMonth!" : ""}) {
    learner(id: $id) {
      commonContracts(asOf: $asOf) {
        provider providerContractId contractType isContratAlternance status startsOn endedOn plannedEndOn
        monthlyPayCents
        trade { commonCode mapping { status } }
        levelHistory { from level mappingStatus ruleVersion }
        ${withMinimumPay ? "minimumMonthlyPay(month: $month) { amount unknownReason }" : ""}
        compliance { month flags { code reason } notEvaluated { code reason } }
      }
    }
  }
`;

describe("harmonisation through the gateway, on the default dataset (real PostgreSQL)", () => {
  let stack: TestStack;

  beforeAll(async () => {
    // The dataset npm start serves (seed 42, scale 0.1): the mapping report must list its unmapped codes as the ground truth does.
    stack = await startPostgresTestStack(DEFAULT_DATASET);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("loaded the checked-in mapping rules at start", () => {
    expect(stack.mappingRules).toHaveProperty("ruleSetId");
  });

  it("holds no connection to a provider database: OFFA's store has no provider schema to read", async () => {
    const schemas = await stack.stores.offa.query<{ schema_name: string }>(
      `SELECT schema_name FROM information_schema.schemata WHERE schema_name IN ('cefa', 'ifapme', 'sfpme', 'offa')`,
    );
    expect(schemas.map((row) => row.schema_name)).toEqual(["offa"]);
    // And the provider stores do exist, elsewhere: the harmonised answers below can only come through federation.
    const providerSchemas = await stack.stores.cefa.query<{ schema_name: string }>(
      `SELECT schema_name FROM information_schema.schemata WHERE schema_name IN ('cefa', 'ifapme', 'sfpme', 'offa') ORDER BY 1`,
    );
    expect(providerSchemas.map((row) => row.schema_name)).toEqual(["cefa", "ifapme", "sfpme"]);
  });

  /** A learner with a contrat d'alternance at two providers, found through the gateway itself. */
  async function learnerWithContractsAtTwoProviders(): Promise<{
    id: string;
    contracts: CommonContractData[];
  }> {
    for (const person of stack.groundTruth.people.filter(
      (p) => new Set(p.records.map((r) => r.provider)).size >= 2,
    )) {
      const response = await postGraphQL<{ learner: { commonContracts: CommonContractData[] } }>(
        stack.gatewayUrl,
        commonContractsQuery(false),
        { id: person.offaLearnerId },
      );
      expect(response.errors).toBeUndefined();
      const contracts = response.data!.learner.commonContracts;
      const providersWithContract = new Set(
        contracts.filter((c) => c.isContratAlternance).map((c) => c.provider),
      );
      if (providersWithContract.size >= 2) return { id: person.offaLearnerId, contracts };
    }
    throw new Error("the dataset has no learner with contracts at two providers");
  }

  it("returns a learner's contracts at two providers as CommonContract with harmonised levels", async () => {
    const { contracts } = await learnerWithContractsAtTwoProviders();
    const alternance = contracts.filter((contract) => contract.isContratAlternance);
    expect(new Set(alternance.map((contract) => contract.provider)).size).toBeGreaterThanOrEqual(2);
    for (const contract of alternance) {
      expect(contract.contractType).toBe("CONTRAT_ALTERNANCE");
      expect(contract.status).not.toBeNull();
      expect(contract.trade.mapping.status).toBe("MAPPED");
      expect(contract.levelHistory.length).toBeGreaterThan(0);
      for (const period of contract.levelHistory) {
        expect(["A", "B", "C"]).toContain(period.level);
        expect(period.mappingStatus).toBe("MAPPED");
        expect(period.ruleVersion).toBe(1);
      }
      // Pay: the agreed lump sum, judged against the minimum of the contract's last month (or said unjudgeable).
      expect(contract.monthlyPayCents).toBeGreaterThan(0);
      expect(contract.compliance.month).toMatch(/^\d{4}-\d{2}$/);
      const payJudgements = [...contract.compliance.flags, ...contract.compliance.notEvaluated].filter(
        (finding) => finding.code === "PAY_BELOW_MINIMUM",
      );
      expect(payJudgements.length).toBeLessThanOrEqual(1);
      for (const finding of payJudgements) expect(finding.reason).toMatch(/\d{4}-\d{2}/);
    }
  });

  it("computes the minimum rétribution of a 2023 month to the cent from the level in force", async () => {
    // A CEFA contrat d'alternance running through March 2023 whose palier was set before March: its minimum is
    // RMMMG 1 954,99 € × 17 / 24 / 32 % = 332.35 / 469.20 / 625.60 € (domain.md §3).
    const [row] = await stack.stores.cefa.query<{ id: string; matricule: string; palier: string }>(
      `SELECT c.id, c.matricule, (SELECT palier FROM cefa.decision_palier d WHERE d.contrat_id = c.id
                                   ORDER BY date_decision DESC LIMIT 1) AS palier
         FROM cefa.contrat c
        WHERE c.type_contrat = 'CA' AND c.date_debut < '2023-03-01'
          AND coalesce(c.date_fin_effective, c.date_fin_prevue) > '2023-03-31'
          AND EXISTS (SELECT 1 FROM cefa.decision_palier d WHERE d.contrat_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM cefa.decision_palier d WHERE d.contrat_id = c.id AND d.date_decision >= '2023-03-01')
        ORDER BY c.id LIMIT 1`,
    );
    expect(row).toBeDefined();
    const [link] = await stack.stores.offa.query<{ learner_id: string }>(
      `SELECT learner_id FROM offa.learner_link WHERE provider = 'cefa' AND provider_learner_id = $1`,
      [row.matricule],
    );
    const response = await postGraphQL<{ learner: { commonContracts: CommonContractData[] } }>(
      stack.gatewayUrl,
      `query ($id: ID!) { learner(id: $id) { commonContracts(asOf: "2026-06-30") {
         providerContractId minimumMonthlyPay(month: "2023-03") { amount unknownReason } } } }`,
      { id: link.learner_id },
    );
    const contracts = response.data!.learner.commonContracts;
    // The learner's other contracts may not run in March 2023: they answer OUTSIDE_CONTRACT, not an error.
    expect(response.errors).toBeUndefined();
    for (const other of contracts.filter(
      (c) => c.providerContractId !== row.id && c.minimumMonthlyPay.amount === null,
    )) {
      expect(other.minimumMonthlyPay.unknownReason).toMatch(/OUTSIDE_CONTRACT|UNKNOWN/);
    }
    const contract = contracts.find((c) => c.providerContractId === row.id)!;
    const expected: Record<string, string> = { P1: "332.35", P2: "469.20", P3: "625.60" };
    expect(contract.minimumMonthlyPay).toEqual({ amount: expected[row.palier], unknownReason: null });
  });

  it("answers a month without a known RMMMG with a null minimum and its reason, never a guess", async () => {
    const [row] = await stack.stores.cefa.query<{ matricule: string; id: string }>(
      `SELECT c.matricule, c.id FROM cefa.contrat c WHERE c.type_contrat = 'CA' AND c.date_debut < '2022-06-01'
          AND coalesce(c.date_fin_effective, c.date_fin_prevue) > '2022-07-31'
          AND EXISTS (SELECT 1 FROM cefa.decision_palier d WHERE d.contrat_id = c.id AND d.date_decision < '2022-06-01')
        ORDER BY c.id LIMIT 1`,
    );
    const [link] = await stack.stores.offa.query<{ learner_id: string }>(
      `SELECT learner_id FROM offa.learner_link WHERE provider = 'cefa' AND provider_learner_id = $1`,
      [row.matricule],
    );
    const response = await postGraphQL<{ learner: { commonContracts: CommonContractData[] } }>(
      stack.gatewayUrl,
      `query ($id: ID!) { learner(id: $id) { commonContracts {
         providerContractId minimumMonthlyPay(month: "2022-07") { amount unknownReason } } } }`,
      { id: link.learner_id },
    );
    const contract = response.data!.learner.commonContracts.find((c) => c.providerContractId === row.id)!;
    expect(contract.minimumMonthlyPay).toEqual({ amount: null, unknownReason: "RMMMG_UNKNOWN" });
  });

  it("uses the rules in force on asOf: before any rule, every code is UNMAPPED and no level is inferred", async () => {
    const { id } = await learnerWithContractsAtTwoProviders();
    const response = await postGraphQL<{ learner: { commonContracts: CommonContractData[] } }>(
      stack.gatewayUrl,
      commonContractsQuery(false),
      { id, asOf: "2015-01-01" },
    );
    expect(response.errors).toBeUndefined();
    for (const contract of response.data!.learner.commonContracts) {
      expect(contract.contractType).toBeNull();
      expect(contract.isContratAlternance).toBe(false);
      expect(
        contract.levelHistory.every((period) => period.level === null && period.mappingStatus === "UNMAPPED"),
      ).toBe(true);
    }
  });

  it("reproduces past figures after a rule changes: asOf picks the version in force", async () => {
    const dir = mkdtempSync(join(tmpdir(), "offa-mappings-"));
    try {
      cpSync(MAPPINGS_DIR, dir, { recursive: true });
      const file = join(dir, "rules", "cefa", "codes.csv");
      const lines = readFileSync(file, "utf8").split("\n");
      const index = lines.findIndex((line) => line.startsWith("LEVEL,P1,A,"));
      expect(index).toBeGreaterThan(0);
      // Version 2 of P1 (a synthetic edit) maps it to B from 2030; version 1 ends the day before.
      const v1 = lines[index].split(",");
      v1[5] = "2029-12-31";
      lines[index] = v1.join(",");
      lines.splice(index + 1, 0, `LEVEL,P1,B,EQUIVALENT,2030-01-01,,2,test edit`);
      writeFileSync(file, lines.join("\n"));
      const before = stack.mappingRules as { ruleSetId: number };
      const result = await loadMappingRules(stack.stores.offa, stack.gatewayUrl, dir);
      expect(result.ruleSetId).toBeGreaterThan(before.ruleSetId);
      const level = async (asOf: string) => {
        const response = await postGraphQL<{
          cefaCodes: { mapping: { target: string; ruleVersion: number } }[];
        }>(
          stack.gatewayUrl,
          `query ($asOf: LocalDate) { cefaCodes(kind: LEVEL) { code mapping(asOf: $asOf) { target ruleVersion } } }`,
          { asOf },
        );
        return (
          response.data!.cefaCodes as unknown as {
            code: string;
            mapping: { target: string; ruleVersion: number };
          }[]
        ).find((code) => code.code === "P1")!.mapping;
      };
      expect(await level("2024-06-01")).toEqual({ target: "A", ruleVersion: 1 });
      expect(await level("2030-06-01")).toEqual({ target: "B", ruleVersion: 2 });
    } finally {
      // Put the checked-in rules back in force for the other tests.
      await loadMappingRules(stack.stores.offa, stack.gatewayUrl, MAPPINGS_DIR).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a malformed rule file whole, with file and line, and keeps the rules in force", async () => {
    const dir = mkdtempSync(join(tmpdir(), "offa-mappings-"));
    try {
      cpSync(MAPPINGS_DIR, dir, { recursive: true });
      const file = join(dir, "rules", "ifapme", "codes.csv");
      writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\nLEVEL,NIV-Z,Q,SAME,2015-09-01,,1,bad\n`);
      const [{ id: before }] = await stack.stores.offa.query<{ id: number }>(
        `SELECT max(id) AS id FROM offa.rule_set`,
      );
      const error = await loadMappingRules(stack.stores.offa, stack.gatewayUrl, dir).catch((e: Error) => e);
      expect(error).toBeInstanceOf(RuleFileError);
      const problems = (error as RuleFileError).problems;
      expect(problems.some((p) => p.file.endsWith(join("ifapme", "codes.csv")) && p.line > 1)).toBe(true);
      const [{ id: after }] = await stack.stores.offa.query<{ id: number }>(
        `SELECT max(id) AS id FROM offa.rule_set`,
      );
      expect(after).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports the seeded unmapped codes, then one more for an unknown provider code, without blanking responses", async () => {
    const asOf = "2026-06-30";
    const clean = renderMappingReport(await queryProviderCodes(stack.gatewayUrl, asOf), asOf);
    const seeded = stack.groundTruth.vocabulary.unmapped.length;
    expect(clean.text.trimEnd().split("\n").at(-1)).toBe(`unmapped: ${seeded}`);

    // CEFA starts using a palier code OFFA has no rule for.
    const [decision] = await stack.stores.cefa.query<{ id: string; contrat_id: string }>(
      `SELECT id, contrat_id FROM cefa.decision_palier ORDER BY id LIMIT 1`,
    );
    await stack.stores.cefa.query(
      `INSERT INTO cefa.decision_palier (id, contrat_id, palier, date_decision, referent_nom)
       VALUES ('TEST-P4', $1, 'P4', '2026-01-15', 'Test Referent')`,
      [decision.contrat_id],
    );
    try {
      const report = renderMappingReport(await queryProviderCodes(stack.gatewayUrl, asOf), asOf);
      const lines = report.text.split("\n");
      expect(lines.at(-1)).toBe(`unmapped: ${seeded + 1}`);
      expect(report.withoutRule).toBe(clean.withoutRule + 1);
      const cefaHeader = lines.findIndex((line) => line.startsWith("cefa"));
      // Codes without a rule first: the first code line under cefa is the new one.
      expect(lines[cefaHeader + 1]).toMatch(/^\s+UNMAPPED_NO_RULE\s+LEVEL\s+P4\s+1\s+: no rule in force/);

      const response = await postGraphQL<{ cefaLearner: unknown }>(
        stack.gatewayUrl,
        `query ($id: ID!) { cefaLearner(id: $id) { contracts { id levelDecisions { code commonLevel { level mappingStatus mapping { provider sourceCode } } } } } }`,
        {
          id: (
            await stack.stores.cefa.query<{ matricule: string }>(
              `SELECT matricule FROM cefa.contrat WHERE id = $1`,
              [decision.contrat_id],
            )
          )[0].matricule,
        },
      );
      expect(response.errors).toBeUndefined();
      const decisions = (
        response.data!.cefaLearner as {
          contracts: { levelDecisions: { code: string; commonLevel: unknown }[] }[];
        }
      ).contracts.flatMap((contract) => contract.levelDecisions);
      expect(decisions.find((d) => d.code === "P4")!.commonLevel).toEqual({
        level: null,
        mappingStatus: "UNMAPPED",
        mapping: { provider: "CEFA", sourceCode: "P4" },
      });
    } finally {
      await stack.stores.cefa.query(`DELETE FROM cefa.decision_palier WHERE id = 'TEST-P4'`);
    }
  });

  it("gives a certificate its common certification and never claims equivalence without a rule", async () => {
    const [row] = await stack.stores.ifapme.query<{ apprenant_numero: string }>(
      `SELECT apprenant_numero FROM ifapme.titre_delivre WHERE titre_code = 'CAP' ORDER BY id LIMIT 1`,
    );
    const [link] = await stack.stores.offa.query<{ learner_id: string }>(
      `SELECT learner_id FROM offa.learner_link WHERE provider = 'ifapme' AND provider_learner_id = $1`,
      [row.apprenant_numero],
    );
    type Certification = {
      issuingProvider: string;
      nativeCode: string;
      code: string | null;
      relationship: string | null;
      cfcLevel: number | null;
      eqfLevel: number | null;
      indicativeEqfLevels: number[];
    };
    const response = await postGraphQL<{ learner: { commonCertifications: Certification[] } }>(
      stack.gatewayUrl,
      `query ($id: ID!) { learner(id: $id) { commonCertifications {
         issuingProvider nativeCode code relationship cfcLevel eqfLevel indicativeEqfLevels } } }`,
      { id: link.learner_id },
    );
    expect(response.errors).toBeUndefined();
    const certificate = response.data!.learner.commonCertifications.find((c) => c.nativeCode === "CAP")!;
    expect(certificate).toEqual({
      issuingProvider: "IFAPME",
      nativeCode: "CAP",
      code: "CERTIFICAT_APPRENTISSAGE",
      relationship: "EQUIVALENT",
      // Per-certificate CFC and EQF levels are unknown (domain.md §11.8); EQF 3-4 is indicative for the tracks.
      cfcLevel: null,
      eqfLevel: null,
      indicativeEqfLevels: [3, 4],
    });
    const before = await postGraphQL<{ learner: { commonCertifications: Certification[] } }>(
      stack.gatewayUrl,
      `query ($id: ID!) { learner(id: $id) { commonCertifications(asOf: "2015-01-01") { nativeCode code relationship } } }`,
      { id: link.learner_id },
    );
    // No rule in force yet: no common code and no relationship, equivalence is never assumed.
    expect(before.data!.learner.commonCertifications.find((c) => c.nativeCode === "CAP")).toEqual({
      nativeCode: "CAP",
      code: null,
      relationship: null,
    });
  });
});
