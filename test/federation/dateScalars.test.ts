import { postGraphQL } from "../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

/**
 * Dates are LocalDate and months YearMonth in the schema; the gateway refuses an invalid one in its own
 * validation, before any query plan: no subgraph runs a single SQL statement for it.
 */
describe("date scalars through the gateway (PostgreSQL)", () => {
  let stack: TestStack;
  let learnerId: string;

  beforeAll(async () => {
    stack = await startPostgresTestStack({ seed: 7, scale: 0.002 });
    const page = await postGraphQL<{ learners: { id: string }[] }>(
      stack.gatewayUrl,
      `{ learners(first: 1) { id } }`,
    );
    learnerId = page.data!.learners[0]!.id;
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const statementsSent = () => Object.values(stack.counters).reduce((sum, c) => sum + c.count(), 0);
  const resetCounters = () => Object.values(stack.counters).forEach((c) => c.reset());

  it("types every date field and argument of the schema as LocalDate and every month as YearMonth", async () => {
    type TypeRef = { name: string | null; ofType: TypeRef | null };
    const named = (t: TypeRef): string => (t.ofType ? named(t.ofType) : t.name!);
    const result = await postGraphQL<{
      __schema: {
        types: {
          name: string;
          fields: { name: string; type: TypeRef; args: { name: string; type: TypeRef }[] }[] | null;
        }[];
      };
    }>(
      stack.gatewayUrl,
      `{ __schema { types { name fields { name type { ...T } args { name type { ...T } } } } } }
       fragment T on __Type { name ofType { name ofType { name ofType { name } } } }`,
    );
    const typed: string[] = [];
    for (const type of result.data!.__schema.types) {
      if (type.name.startsWith("__")) continue;
      for (const field of type.fields ?? []) {
        typed.push(`${type.name}.${field.name}: ${named(field.type)}`);
        for (const arg of field.args)
          typed.push(`${type.name}.${field.name}(${arg.name}): ${named(arg.type)}`);
      }
    }
    // Names that mean a date or a month in this schema (…On, …From, …To, birthDate, asOf, month…).
    const dateLike = /(On|From|To|Date|\bfrom|\bto|\bstart|\bend|since|asOf)(\))?: /;
    const monthLike = /(month|months|Month)(\))?: /;
    // Figures take named periods, not dates: a school year ("2023-2024") or a month ("2023-09") by their
    // granularity, checked by the figures' own validation (OFFA_FIGURES_* codes).
    const periods = /^(Query\.(figures|trainingPlaceOffer)\((from|to)\)|FigureTable\.(from|to)): String$/;
    const strings = typed.filter(
      (t) => t.endsWith(": String") && (dateLike.test(t) || monthLike.test(t)) && !periods.test(t),
    );
    expect(strings).toEqual([]);
    expect(typed).toContain("CommonContract.startsOn: LocalDate");
    expect(typed).toContain("CommonContract.complianceByMonth(from): YearMonth");
    expect(typed.filter((t) => t.endsWith(": LocalDate")).length).toBeGreaterThan(50);
  });

  it.each([
    [
      "a literal that is no calendar date",
      `learner(id: $id) { commonContracts(asOf: "2024-02-30") { id } }`,
      {},
    ],
    ["a literal of the wrong shape", `learner(id: $id) { commonContracts(asOf: "1/2/2024") { id } }`, {}],
  ])("refuses %s in validation, before any subgraph call", async (_case, selection, variables) => {
    resetCounters();
    const result = await postGraphQL(stack.gatewayUrl, `query ($id: ID!) { ${selection} }`, {
      id: learnerId,
      ...variables,
    });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors?.[0]?.message).toMatch(/LocalDate/);
    expect(statementsSent()).toBe(0);
  });

  it.each([
    ["an invalid LocalDate variable", "LocalDate", "asOf", "2023-02-29"],
    ["an invalid YearMonth variable", "YearMonth", "month", "2023-13"],
  ])("refuses %s in variable coercion, before any subgraph call", async (_case, type, name, value) => {
    resetCounters();
    const field =
      name === "asOf"
        ? `commonContracts(asOf: $asOf) { id }`
        : `commonContracts { compliance(month: $month) { month } }`;
    const result = await postGraphQL(
      stack.gatewayUrl,
      `query ($id: ID!, $${name}: ${type}) { learner(id: $id) { ${field} } }`,
      { id: learnerId, [name]: value },
    );
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain(value);
    expect(statementsSent()).toBe(0);
  });

  it("accepts a valid date and month and answers with dates in the same format", async () => {
    const result = await postGraphQL<{
      learner: { commonContracts: { startsOn: string; compliance: { month: string } | null }[] };
    }>(
      stack.gatewayUrl,
      `query ($id: ID!, $asOf: LocalDate, $month: YearMonth) {
        learner(id: $id) { commonContracts(asOf: $asOf) { startsOn compliance(month: $month) { month } } }
      }`,
      { id: learnerId, asOf: "2024-02-29", month: "2024-02" },
    );
    for (const contract of result.data?.learner.commonContracts ?? []) {
      expect(contract.startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(result.errors?.filter((e) => e.extensions?.code !== "OFFA_INPUT_INVALID_DATE") ?? []).toEqual([]);
  });
});
