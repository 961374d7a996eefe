import { PURPOSE_HEADER, signDevelopmentToken } from "../../gateway/auth";
import type { Purpose, Role } from "../../schema/contract/access";
import { formatNiss, isValidNiss, nissCheckDigits } from "../../subgraphs/kit/identifiers";
import { derivePseudonym, developmentPseudonymKeys } from "../../subgraphs/kit/pseudonyms";
import { assertNoNationalNumber, findNationalNumbers } from "../helpers/findNationalNumbers";
import { postGraphQL } from "../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

type LearnerRow = { id: string; nationalNumber: string | null };
type Page = { cefaLearners: LearnerRow[]; ifapmeLearners: LearnerRow[]; sfpmeLearners: LearnerRow[] };

const PAGES = /* GraphQL */ `
  {
    cefaLearners(first: 3) {
      id
      nationalNumber
    }
    ifapmeLearners(first: 2) {
      id
      nationalNumber
    }
    sfpmeLearners(first: 2) {
      id
      nationalNumber
    }
  }
`;
const PROVIDERS = ["cefa", "ifapme", "sfpme"] as const;

type Caller = { name: string; role: Role; provider?: string; purpose?: Purpose };
const IDENTIFYING: Caller = {
  name: "mobility officer",
  role: "MOBILITY_OFFICER",
  purpose: "IDENTITY_RESOLUTION",
};
const DENIED: Caller[] = [
  { name: "developer", role: "DEVELOPER" },
  { name: "mobility officer following up", role: "MOBILITY_OFFICER", purpose: "MOBILITY_FOLLOW_UP" },
  { name: "CEFA staff", role: "PROVIDER_STAFF", provider: "cefa" },
];

/** A synthetic, checksum-valid national number made here at run time (domain.md §11.16), born 2004. */
function generatedNationalNumber(): string {
  const first9 = `040517${String(2 * Math.floor(Math.random() * 499) + 1).padStart(3, "0")}`;
  return first9 + nissCheckDigits(first9, true);
}

/**
 * domain.md §9 and §11.16: no response carries a national number except to a mobility officer who asks for it
 * with a purpose that needs it. Through the gateway on PostgreSQL, with every response scanned by postGraphQL.
 */
describe("the national number through the gateway (PostgreSQL)", () => {
  let stack: TestStack;
  const tokens = new Map<string, string>();
  const headersOf = (caller: Caller): Record<string, string> =>
    caller.purpose ? { [PURPOSE_HEADER]: caller.purpose } : {};

  beforeAll(async () => {
    stack = await startPostgresTestStack({ seed: 7, scale: 0.002 });
    for (const caller of [IDENTIFYING, ...DENIED, { name: "analyst", role: "DASHBOARD_ANALYST" as Role }]) {
      tokens.set(caller.name, await signDevelopmentToken({ role: caller.role, provider: caller.provider }));
    }
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("gives a mobility officer with IDENTITY_RESOLUTION each provider's national number of its learners", async () => {
    const response = await postGraphQL<Page>(
      stack.gatewayUrl,
      PAGES,
      {},
      headersOf(IDENTIFYING),
      tokens.get(IDENTIFYING.name),
      { nationalNumbersAllowedFor: "MOBILITY_OFFICER_WITH_IDENTIFYING_PURPOSE" },
    );
    expect(response.errors).toBeUndefined();
    const columns = {
      cefa: ["eleve", "matricule", "niss"],
      ifapme: ["apprenant", "numero", "registre_national"],
      sfpme: ["apprenant", "dossier", "numero_national"],
    } as const;
    for (const provider of PROVIDERS) {
      const rows = response.data![`${provider}Learners`];
      expect(rows.length).toBeGreaterThan(0);
      const [table, id, column] = columns[provider];
      const stored = await stack.stores[provider].query<{ id: string; n: string }>(
        `SELECT ${id} AS id, ${column} AS n FROM ${provider}.${table} WHERE ${id} = ANY($1::text[])`,
        [rows.map((row) => row.id)],
      );
      const byId = new Map(stored.map((row) => [row.id, row.n]));
      for (const row of rows) {
        expect(row.nationalNumber).toMatch(/^\d{11}$/);
        expect(isValidNiss(row.nationalNumber!)).toBe(true);
        expect(row.nationalNumber).toBe(byId.get(row.id));
      }
    }
  });

  it.each(DENIED.map((caller) => [caller.name, caller] as const))(
    "answers the %s's nationalNumber with null and UNAUTHORIZED_FIELD_OR_TYPE, with no SQL for it",
    async (_name, caller) => {
      // The same pages without the field: what the provider stores answer anyway (the audit log included).
      const statementsOf = async (query: string) => {
        for (const name of PROVIDERS) stack.counters[name].reset();
        const response = await postGraphQL<Page>(
          stack.gatewayUrl,
          query,
          {},
          headersOf(caller),
          tokens.get(caller.name),
        );
        return { response, statements: PROVIDERS.map((name) => stack.counters[name].statements()) };
      };
      const without = await statementsOf(PAGES.replace(/ nationalNumber/g, ""));
      const { response, statements } = await statementsOf(PAGES);
      const rows = [
        ...response.data!.cefaLearners,
        ...response.data!.ifapmeLearners,
        ...response.data!.sfpmeLearners,
      ];
      // CEFA staff see CEFA's learners only; the others see all three pages.
      expect(response.data!.cefaLearners.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.nationalNumber).toBeNull();
      const denied = (response.errors ?? []).filter((e) => e.path?.[e.path.length - 1] === "nationalNumber");
      expect(denied.length).toBe(rows.length);
      expect(new Set(denied.map((e) => e.extensions?.code))).toEqual(new Set(["UNAUTHORIZED_FIELD_OR_TYPE"]));
      // Asking for the denied field costs the provider stores not one statement more.
      expect(statements).toEqual(without.statements);
    },
  );

  it("answers an analyst's learner query with null and UNAUTHORIZED_FIELD_OR_TYPE, with no SQL at all on the provider store", async () => {
    stack.counters.cefa.reset();
    const response = await postGraphQL<{ cefaLearners: LearnerRow[] | null }>(
      stack.gatewayUrl,
      `{ cefaLearners(first: 3) { nationalNumber } }`,
      {},
      {},
      tokens.get("analyst"),
    );
    expect(response.data?.cefaLearners ?? null).toBeNull();
    expect(response.errors?.map((e) => e.extensions?.code)).toContain("UNAUTHORIZED_FIELD_OR_TYPE");
    expect(stack.counters.cefa.count()).toBe(0);
  });

  it("gives the mobility officer the learner's mobility pseudonym, and a developer null", async () => {
    const query = `{ cefaLearners(first: 1) { nationalNumber offaLearner { id mobilityPseudonym } } }`;
    const officer = await postGraphQL<{
      cefaLearners: {
        nationalNumber: string;
        offaLearner: { id: string; mobilityPseudonym: string | null };
      }[];
    }>(stack.gatewayUrl, query, {}, headersOf(IDENTIFYING), tokens.get(IDENTIFYING.name), {
      nationalNumbersAllowedFor: "MOBILITY_OFFICER_WITH_IDENTIFYING_PURPOSE",
    });
    expect(officer.errors).toBeUndefined();
    const [{ nationalNumber, offaLearner }] = officer.data!.cefaLearners;
    // The stack runs on the development keys; the pseudonym is the mobility domain's, never the statistics one's.
    const keys = developmentPseudonymKeys();
    expect(offaLearner.mobilityPseudonym).toBe(
      derivePseudonym("mobility", nationalNumber, keys.mobility.current),
    );
    expect(offaLearner.mobilityPseudonym).not.toBe(
      derivePseudonym("statistics", nationalNumber, keys.statistics.current),
    );
    const developer = await postGraphQL<{ learners: { id: string; mobilityPseudonym: string | null }[] }>(
      stack.gatewayUrl,
      `{ learners(first: 1) { id mobilityPseudonym } }`,
    );
    expect(developer.data!.learners[0].mobilityPseudonym).toBeNull();
    expect(developer.errors?.[0]?.extensions?.code).toBe("UNAUTHORIZED_FIELD_OR_TYPE");
  });

  it("fails a test whose response carries a national number when the caller did not say it may", async () => {
    // The very response the mobility officer may receive, asked without the exemption: the scan throws.
    await expect(
      postGraphQL(stack.gatewayUrl, PAGES, {}, headersOf(IDENTIFYING), tokens.get(IDENTIFYING.name)),
    ).rejects.toThrow(/valid national number\(s\).*data\.cefaLearners\[0\]\.nationalNumber = \d{11}/);
    // And the exemption is refused to anyone but a mobility officer with an identifying purpose.
    await expect(
      postGraphQL(stack.gatewayUrl, PAGES, {}, {}, undefined, {
        nationalNumbersAllowedFor: "MOBILITY_OFFICER_WITH_IDENTIFYING_PURPOSE",
      }),
    ).rejects.toThrow(/not a mobility officer's with an identifying purpose \(role DEVELOPER/);
  });
});

describe("findNationalNumbers (the scan postGraphQL runs on every response)", () => {
  it("finds a generated valid number anywhere in a body, in either form, with its path", () => {
    const number = generatedNationalNumber();
    const body = {
      data: { learners: [{ id: "OL0000000001", note: `linked to ${formatNiss(number)}` }] },
      errors: [{ message: "x", extensions: { detail: { value: Number(number) } } }],
    };
    expect(findNationalNumbers(body)).toEqual([
      { path: "data.learners[0].note", value: formatNiss(number) },
      { path: "errors[0].extensions.detail.value", value: number },
    ]);
    expect(() => assertNoNationalNumber(body, "{ learners { note } }")).toThrow(
      `data.learners[0].note = ${formatNiss(number)}`,
    );
  });

  it("checks the 2000 rule, so a number valid only under it is caught", () => {
    const number = generatedNationalNumber();
    const first9 = number.slice(0, 9);
    expect(nissCheckDigits(first9, false)).not.toBe(number.slice(9));
    expect(findNationalNumbers({ n: number })).toEqual([{ path: "n", value: number }]);
  });

  it("ignores numbers with a wrong check digit, ids and hex pseudonyms that contain 11 digits", () => {
    const number = generatedNationalNumber();
    const wrong = number.slice(0, 9) + String((Number(number.slice(9)) + 1) % 100).padStart(2, "0");
    const body = { a: wrong, b: `FWB${number}`, c: `ab${number}cd`, d: "85073003329" };
    expect(findNationalNumbers(body)).toEqual([]);
  });
});
