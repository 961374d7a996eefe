import { DEFAULT_DATASET } from "../../scripts/dataset";
import { queryProviderCodes } from "../../scripts/mappings/queryProviderCodes";
import { renderMappingReport } from "../../scripts/mappings/renderMappingReport";
import { queryContractFindings } from "../../scripts/quality/queryContractFindings";
import { renderDataQualityReport } from "../../scripts/quality/renderDataQualityReport";
import { postGraphQL } from "../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

type Mapping = {
  status: string;
  target: string | null;
  candidates: string[];
  relationship: string | null;
  ruleSource: string | null;
};

type Contract = {
  provider: string;
  providerContractId: string;
  contractType: string | null;
  isContratAlternance: boolean;
  status: string | null;
  endReason: string | null;
  mappings: { contractType: Mapping; status: Mapping; endReason: Mapping | null };
  companyHoursPerWeek: number | null;
  centreHoursPerWeek: number | null;
  hours: {
    nativeUnit: string;
    nativeCompany: number;
    nativeCentre: number;
    weeksPerSchoolYear: number | null;
  };
  levelHistory: { level: string | null }[];
  minimumMonthlyPay: { amount: string | null; unknownReason: string | null };
  dataQuality: { code: string; detail: string }[];
  trade: { nativeCode: string; commonCode: string | null; mapping: Mapping };
};

const MAPPING = "status target candidates relationship ruleSource";
const CONTRACT_FIELDS = /* GraphQL */ `
  provider providerContractId contractType isContratAlternance status endReason
  mappings { contractType { ${MAPPING} } status { ${MAPPING} } endReason { ${MAPPING} } }
  companyHoursPerWeek centreHoursPerWeek
  hours { nativeUnit nativeCompany nativeCentre weeksPerSchoolYear }
  levelHistory { level }
  dataQuality { code detail }
  trade { nativeCode commonCode mapping { ${MAPPING} } }
`;

/** Each provider's learner query, and the table and columns where it keeps a contract's codes. */
const PROVIDERS = {
  cefa: { query: "cefaLearner", table: "cefa.contrat", id: "id", learner: "matricule", end: "motif_fin" },
  ifapme: {
    query: "ifapmeLearner",
    table: "ifapme.contrat",
    id: "numero",
    learner: "apprenant_numero",
    end: "raison_fin_code",
  },
  sfpme: {
    query: "sfpmeLearner",
    table: "sfpme.convention",
    id: "reference",
    learner: "dossier",
    end: "motif_fin",
  },
} as const;

describe("the three providers as separate systems, through the gateway (default dataset, PostgreSQL)", () => {
  let stack: TestStack;
  let asOf: string;

  beforeAll(async () => {
    stack = await startPostgresTestStack(DEFAULT_DATASET);
    asOf = stack.groundTruth.today;
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  /** The common contract of one provider contract, found from the provider's learner, as of `asOf`. */
  async function commonContract(
    provider: keyof typeof PROVIDERS,
    where: string,
    params: unknown[] = [],
  ): Promise<Contract> {
    const p = PROVIDERS[provider];
    const rows = await stack.stores[provider].query<{ id: string; learner: string }>(
      `SELECT ${p.id} AS id, ${p.learner} AS learner FROM ${p.table} WHERE ${where} ORDER BY ${p.id} LIMIT 1`,
      params,
    );
    expect(rows).toHaveLength(1);
    const response = await postGraphQL<Record<string, { offaLearner: { commonContracts: Contract[] } }>>(
      stack.gatewayUrl,
      `query ($id: ID!, $asOf: LocalDate, $month: YearMonth!) {
        ${p.query}(id: $id) { offaLearner { commonContracts(asOf: $asOf) {
          ${CONTRACT_FIELDS} minimumMonthlyPay(month: $month) { amount unknownReason } } } }
      }`,
      { id: rows[0].learner, asOf, month: asOf.slice(0, 7) },
    );
    expect(response.errors).toBeUndefined();
    const contract = response.data![p.query].offaLearner.commonContracts.find(
      (c) => c.provider === provider.toUpperCase() && c.providerContractId === rows[0].id,
    );
    expect(contract).toBeDefined();
    return contract!;
  }

  it("leaves CEFA's single rupture code AMBIGUOUS between notice and mutual agreement, never picking one", async () => {
    const contract = await commonContract("cefa", "motif_fin = 'RUPTURE'");
    expect(contract.endReason).toBeNull();
    expect(contract.mappings.endReason).toMatchObject({
      status: "AMBIGUOUS",
      target: null,
      candidates: ["MUTUAL", "NOTICE"],
      relationship: "NARROWER",
    });
    expect(contract.dataQuality.map((f) => f.code)).not.toContain("CODE_WITHOUT_RULE");
  });

  it("maps IFAPME's two notice codes (employer, learner) onto the broader common NOTICE", async () => {
    for (const code of ["R02E", "R02A"]) {
      const contract = await commonContract("ifapme", "raison_fin_code = $1", [code]);
      expect(contract.endReason).toBe("NOTICE");
      expect(contract.mappings.endReason).toMatchObject({ status: "MAPPED", relationship: "BROADER" });
    }
  });

  it("shows a code with no common counterpart as UNMAPPED by design, with the reason, and no finding", async () => {
    const cefa = await commonContract("cefa", "motif_fin = 'REORIENTATION'");
    expect(cefa.endReason).toBeNull();
    expect(cefa.mappings.endReason).toMatchObject({
      status: "UNMAPPED",
      relationship: "NO_COUNTERPART",
      ruleSource: expect.stringContaining("school motive"),
    });
    expect(cefa.dataQuality.map((f) => f.code)).not.toContain("CODE_WITHOUT_RULE");
    const sfpme = await commonContract("sfpme", "motif_fin = 'DEMENAGEMENT'");
    expect(sfpme.mappings.endReason).toMatchObject({ status: "UNMAPPED", relationship: "NO_COUNTERPART" });
  });

  it("reports a code the rules do not know (IFAPME R09) as a finding, with no common value", async () => {
    const contract = await commonContract("ifapme", "raison_fin_code = 'R09'");
    expect(contract.endReason).toBeNull();
    expect(contract.mappings.endReason).toMatchObject({
      status: "UNMAPPED",
      relationship: null,
      ruleSource: null,
    });
    expect(contract.dataQuality).toContainEqual({
      code: "CODE_WITHOUT_RULE",
      detail: expect.stringContaining("END_REASON R09"),
    });
  });

  it("never gives an IFAPME contract a trial status: IFAPME does not track one", async () => {
    const codes = await queryProviderCodes(stack.gatewayUrl, asOf);
    const statuses = codes.filter((c) => c.namespace === "ifapme" && c.kind === "CONTRACT_STATUS");
    expect(statuses.map((c) => c.mapping.target).sort()).toEqual(["ACTIVE", "ENDED", "SIGNED", "SUSPENDED"]);
    expect(codes.filter((c) => c.namespace === "cefa" && c.mapping.target === "TRIAL")).toHaveLength(1);
  });

  it.each([
    ["cefa", "type_contrat = 'CISP'", "CISP"],
    ["ifapme", "type_code = 'CAPP'", "CONTRAT_APPRENTISSAGE"],
    ["sfpme", "type_convention = 'CA-CM'", "CONTRAT_APPRENTISSAGE"],
  ] as const)(
    "keeps %s's pre-2015 arrangement as its own type, never a contrat d'alternance",
    async (provider, where, type) => {
      const contract = await commonContract(provider, where);
      expect(contract).toMatchObject({ contractType: type, isContratAlternance: false });
    },
  );

  it("converts CEFA's hours per school year to hours per week with the stated rule", async () => {
    const cefa = await commonContract("cefa", "type_contrat = 'CA'");
    expect(cefa.hours).toMatchObject({ nativeUnit: "PER_SCHOOL_YEAR", weeksPerSchoolYear: 36 });
    expect(cefa.companyHoursPerWeek).toBeCloseTo(cefa.hours.nativeCompany / 36, 1);
    expect(cefa.centreHoursPerWeek).toBeCloseTo(cefa.hours.nativeCentre / 36, 1);
    const ifapme = await commonContract("ifapme", "type_code = 'CAL'");
    expect(ifapme.hours).toMatchObject({ nativeUnit: "PER_WEEK", weeksPerSchoolYear: null });
    expect(ifapme.companyHoursPerWeek).toBe(ifapme.hours.nativeCompany);
  });

  it("infers no level for a contrat d'alternance without a level decision: no level, no minimum, a finding", async () => {
    const [missing] = stack.groundTruth.dataQuality.levelDecisionMissing;
    expect(missing).toBeDefined();
    const p = PROVIDERS[missing.provider];
    const contract = await commonContract(missing.provider, `${p.id} = $1`, [missing.contractId]);
    expect(contract.isContratAlternance).toBe(true);
    expect(contract.levelHistory).toEqual([]);
    expect(contract.minimumMonthlyPay.amount).toBeNull();
    expect(contract.dataQuality.map((f) => f.code)).toContain("LEVEL_DECISION_MISSING");
  });

  it("leaves a provider trade covering several common trades AMBIGUOUS, and one with no counterpart UNMAPPED", async () => {
    const ambiguous = stack.groundTruth.vocabulary.ambiguous.find((c) => c.kind === "TRADE");
    const none = stack.groundTruth.vocabulary.unmapped.find((c) => c.kind === "TRADE" && c.byDesign);
    expect(ambiguous && none).toBeTruthy();
    for (const [code, check] of [
      [
        ambiguous!,
        (contract: Contract) => {
          expect(contract.trade.commonCode).toBeNull();
          expect(contract.trade.mapping).toMatchObject({ status: "AMBIGUOUS", relationship: "NARROWER" });
          expect(contract.trade.mapping.candidates.length).toBeGreaterThanOrEqual(2);
        },
      ],
      [
        none!,
        (contract: Contract) => {
          expect(contract.trade.commonCode).toBeNull();
          expect(contract.trade.mapping).toMatchObject({
            status: "UNMAPPED",
            relationship: "NO_COUNTERPART",
          });
        },
      ],
    ] as const) {
      const column = { cefa: "option_code", ifapme: "metier_code", sfpme: "formation_code" }[code.provider];
      const contract = await commonContract(code.provider, `${column} = $1`, [code.code]);
      expect(contract.trade.nativeCode).toBe(code.code);
      check(contract);
    }
  });

  it("infers no status and no certification where no rule covers the native code", async () => {
    const [row] = await stack.stores.ifapme.query<{ numero: string }>(
      `SELECT numero FROM ifapme.contrat WHERE type_code = 'CAL' ORDER BY numero LIMIT 1`,
    );
    const [titre] = await stack.stores.ifapme.query<{ apprenant_numero: string }>(
      `SELECT apprenant_numero FROM ifapme.contrat WHERE numero = $1`,
      [row.numero],
    );
    // The status comes from the contract's état history: its periods take a code no rule covers.
    const periods = await stack.stores.ifapme.query<{ id: string; etat_code: string }>(
      `SELECT id, etat_code FROM ifapme.etat_periode WHERE contrat_numero = $1`,
      [row.numero],
    );
    await stack.stores.ifapme.query(
      `UPDATE ifapme.etat_periode SET etat_code = 'Z' WHERE contrat_numero = $1`,
      [row.numero],
    );
    await stack.stores.ifapme.query(
      `INSERT INTO ifapme.titre_delivre (id, apprenant_numero, titre_code, metier_code, delivre_le)
       VALUES ('TEST-TITRE', $1, 'XYZ', 'M0101', '2025-06-30')`,
      [titre.apprenant_numero],
    );
    try {
      const contract = await commonContract("ifapme", "numero = $1", [row.numero]);
      expect(contract.status).toBeNull();
      expect(contract.mappings.status).toMatchObject({
        status: "UNMAPPED",
        target: null,
        relationship: null,
      });
      expect(contract.dataQuality).toContainEqual({
        code: "CODE_WITHOUT_RULE",
        detail: expect.stringContaining("CONTRACT_STATUS Z"),
      });
      const response = await postGraphQL<{
        ifapmeLearner: {
          certificates: {
            code: string;
            commonCertification: { code: string | null; mappingStatus: string; relationship: string | null };
          }[];
        };
      }>(
        stack.gatewayUrl,
        `query ($id: ID!) { ifapmeLearner(id: $id) { certificates { code commonCertification { code mappingStatus relationship } } } }`,
        { id: titre.apprenant_numero },
      );
      expect(response.errors).toBeUndefined();
      expect(
        response.data!.ifapmeLearner.certificates.find((c) => c.code === "XYZ")!.commonCertification,
      ).toEqual({
        code: null,
        mappingStatus: "UNMAPPED",
        relationship: null,
      });
    } finally {
      for (const period of periods) {
        await stack.stores.ifapme.query(`UPDATE ifapme.etat_periode SET etat_code = $2 WHERE id = $1`, [
          period.id,
          period.etat_code,
        ]);
      }
      await stack.stores.ifapme.query(`DELETE FROM ifapme.titre_delivre WHERE id = 'TEST-TITRE'`);
    }
  });

  it("links a common contract to its unit in OFFA's register, and to nothing when the register lacks the number", async () => {
    const [unknown] = stack.groundTruth.dataQuality.unitNotInRegister;
    const unitOf = async (provider: keyof typeof PROVIDERS, contractId: string) => {
      const p = PROVIDERS[provider];
      const [row] = await stack.stores[provider].query<{ learner: string }>(
        `SELECT ${p.learner} AS learner FROM ${p.table} WHERE ${p.id} = $1`,
        [contractId],
      );
      const response = await postGraphQL<
        Record<
          string,
          {
            offaLearner: {
              commonContracts: {
                providerContractId: string;
                company: { establishmentUnitNumber: string };
                establishmentUnit: { number: string; region: string } | null;
                dataQuality: { code: string }[];
              }[];
            };
          }
        >
      >(
        stack.gatewayUrl,
        `query ($id: ID!, $asOf: LocalDate) { ${p.query}(id: $id) { offaLearner { commonContracts(asOf: $asOf) {
          providerContractId company { establishmentUnitNumber } establishmentUnit { number region } dataQuality { code } } } } }`,
        { id: row.learner, asOf },
      );
      expect(response.errors).toBeUndefined();
      return response.data![p.query].offaLearner.commonContracts.find(
        (c) => c.providerContractId === contractId,
      )!;
    };
    const missing = await unitOf(unknown.provider, unknown.contractId);
    expect(missing.establishmentUnit).toBeNull();
    expect(missing.dataQuality.map((f) => f.code)).toContain("UNIT_NOT_IN_REGISTER");
    const [known] = await stack.stores.cefa.query<{ id: string }>(
      `SELECT id FROM cefa.contrat WHERE type_contrat = 'CA' ORDER BY id LIMIT 1`,
    );
    const found = await unitOf("cefa", known.id);
    expect(found.establishmentUnit).toMatchObject({ number: found.company.establishmentUnitNumber });
    expect(["WAL", "BXL"]).toContain(found.establishmentUnit!.region);
  });

  it("the mapping report lists exactly the ground truth's unmapped and ambiguous codes, with their counts", async () => {
    const report = renderMappingReport(await queryProviderCodes(stack.gatewayUrl, asOf), asOf);
    const truth = stack.groundTruth.vocabulary;
    const key = (c: { provider?: string; namespace?: string; kind: string; code: string }) =>
      `${c.provider ?? c.namespace} ${c.kind} ${c.code}`;
    const unmapped = report.rows.filter((r) => r.status.startsWith("UNMAPPED"));
    expect(unmapped.map((r) => `${key(r)} ${r.usage} ${r.status}`).sort()).toEqual(
      truth.unmapped
        .map((c) => `${key(c)} ${c.count} ${c.byDesign ? "UNMAPPED_BY_DESIGN" : "UNMAPPED_NO_RULE"}`)
        .sort(),
    );
    expect(
      report.rows
        .filter((r) => r.status === "AMBIGUOUS")
        .map((r) => `${key(r)} ${r.usage}`)
        .sort(),
    ).toEqual(truth.ambiguous.map((c) => `${key(c)} ${c.count}`).sort());
    expect(
      unmapped.filter((r) => r.status === "UNMAPPED_BY_DESIGN").every((r) => (r.reason ?? "").length > 20),
    ).toBe(true);
    expect(report.text.trimEnd().split("\n").at(-1)).toBe(`unmapped: ${truth.unmapped.length}`);
    expect(truth.unmapped.length).toBeGreaterThanOrEqual(3);
  });

  it("the data-quality report finds exactly the ground truth's dirty records, by code", async () => {
    const findings = await queryContractFindings(stack.gatewayUrl, asOf);
    const report = renderDataQualityReport(findings, asOf);
    const truth = stack.groundTruth.dataQuality;
    const expected: Record<string, { provider: string; contractId: string }[]> = {
      LEVEL_DECISION_MISSING: truth.levelDecisionMissing,
      LATE_ENTRY: truth.lateEntry,
      CODE_WITHOUT_RULE: truth.codeWithoutRule,
      UNIT_NOT_IN_REGISTER: truth.unitNotInRegister,
      STATUS_HISTORY_GAP: truth.statusHistoryGap,
      STATUS_HISTORY_OVERLAP: truth.statusHistoryOverlap,
    };
    for (const [code, refs] of Object.entries(expected)) {
      expect(refs.length).toBeGreaterThan(0);
      const found = findings
        .filter((f) => f.code === code)
        .map((f) => `${f.provider.toLowerCase()}:${f.providerContractId}`)
        .sort();
      expect({ code, found }).toEqual({
        code,
        found: refs.map((r) => `${r.provider}:${r.contractId}`).sort(),
      });
      expect(report.byCode[code]).toBe(refs.length);
    }
    expect(report.text.trimEnd().split("\n").at(-1)).toBe(
      `findings: ${Object.values(expected).reduce((n, refs) => n + refs.length, 0)}`,
    );
  }, 120_000);
});
