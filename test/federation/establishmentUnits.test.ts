import type { ContractRef } from "../../scripts/dataset";
import { postGraphQL } from "../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

type Provider = "cefa" | "ifapme" | "sfpme";
const PROVIDERS: Provider[] = ["cefa", "ifapme", "sfpme"];

type ContractData = {
  id: string;
  tutor: { id: string } | null;
  establishmentUnit: { number: string } | null;
};
type UnitData = {
  number: string;
  name: string;
  region: string;
  province: string;
  address: { postcode: string; commune: string };
  enterprise: { number: string; selfEmployedWithoutStaff: boolean; establishmentUnits: { number: string }[] };
  tutors: { id: string; qualification: string; accredited: boolean; trainingHours: number }[];
  accreditations: { id: string; tradeCode: string; status: string }[];
  cefaContracts: ContractData[];
  ifapmeContracts: ContractData[];
  sfpmeContracts: ContractData[];
};

const CONTRACT = /* GraphQL */ `
  {
    id
    tutor {
      id
    }
    establishmentUnit {
      number
    }
  }
`;
const UNIT = /* GraphQL */ `
  fragment Unit on EstablishmentUnit {
    number
    name
    region
    province
    address { postcode commune }
    enterprise { number selfEmployedWithoutStaff establishmentUnits { number } }
    tutors { id qualification accredited trainingHours }
    accreditations { id tradeCode status }
    cefaContracts ${CONTRACT}
    ifapmeContracts ${CONTRACT}
    sfpmeContracts ${CONTRACT}
  }
`;

/** Where each provider keeps a contract's id, learner and establishment-unit number (its migrations). */
const CONTRACT_TABLES: Record<Provider, { table: string; id: string; learner: string; unit: string }> = {
  cefa: { table: "cefa.contrat", id: "id", learner: "matricule", unit: "unite_etablissement" },
  ifapme: { table: "ifapme.contrat", id: "numero", learner: "apprenant_numero", unit: "employeur_ue" },
  sfpme: { table: "sfpme.convention", id: "reference", learner: "dossier", unit: "siege_exploitation" },
};

/** What the stores say about a unit, read with plain SQL, independently of the subgraphs' code. */
type ExpectedUnit = Omit<UnitData, "cefaContracts" | "ifapmeContracts" | "sfpmeContracts"> & {
  contracts: Record<Provider, ContractData[]>;
};

describe("the establishment-unit register through the gateway (real PostgreSQL)", () => {
  let stack: TestStack;
  /** Provider → contract id → unit number, from the provider stores. */
  const contractUnits = {} as Record<Provider, Map<string, string>>;
  let registered: Set<string>;

  beforeAll(async () => {
    stack = await startPostgresTestStack();
    for (const provider of PROVIDERS) {
      const { table, id, unit } = CONTRACT_TABLES[provider];
      const rows = await stack.stores[provider].query<{ id: string; unit: string }>(
        `SELECT ${id} AS id, ${unit} AS unit FROM ${table}`,
      );
      contractUnits[provider] = new Map(rows.map((row) => [row.id, row.unit]));
    }
    const units = await stack.stores.offa.query<{ number: string }>(
      `SELECT number FROM offa.establishment_unit`,
    );
    registered = new Set(units.map((row) => row.number));
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  async function expectedUnits(numbers: string[]): Promise<Map<string, ExpectedUnit>> {
    const offa = stack.stores.offa;
    const units = await offa.query<{
      number: string;
      name: string;
      region: string;
      province: string;
      postcode: string;
      commune: string;
      enterprise_number: string;
      self_employed_without_staff: boolean;
      siblings: string[];
    }>(
      `SELECT u.number, u.name, u.region, u.province, u.postcode, u.commune, u.enterprise_number,
              e.self_employed_without_staff,
              (SELECT array_agg(s.number ORDER BY s.number) FROM offa.establishment_unit s
                WHERE s.enterprise_number = u.enterprise_number) AS siblings
         FROM offa.establishment_unit u JOIN offa.enterprise e ON e.number = u.enterprise_number
        WHERE u.number = ANY($1::text[])`,
      [numbers],
    );
    const tutors = await offa.query<{
      unit: string;
      id: string;
      qualification: string;
      accredited: boolean;
      hours: number;
    }>(
      `SELECT tu.establishment_unit_number AS unit, t.id, t.qualification, t.accredited,
              t.training_hours::float8 AS hours
         FROM offa.tutor_unit tu JOIN offa.tutor t ON t.id = tu.tutor_id
        WHERE tu.establishment_unit_number = ANY($1::text[])`,
      [numbers],
    );
    const accreditations = await offa.query<{ unit: string; id: string; trade: string; status: string }>(
      `SELECT establishment_unit_number AS unit, id, trade_code AS trade, status FROM offa.accreditation
        WHERE establishment_unit_number = ANY($1::text[])`,
      [numbers],
    );
    const links = await offa.query<{ provider: Provider; contract: string; tutor: string }>(
      `SELECT provider, provider_contract_id AS contract, tutor_id AS tutor FROM offa.contract_tutor`,
    );
    const tutorOf = new Map(links.map((link) => [`${link.provider}:${link.contract}`, link.tutor]));
    const result = new Map<string, ExpectedUnit>();
    for (const unit of units) {
      const contracts = {} as Record<Provider, ContractData[]>;
      for (const provider of PROVIDERS) {
        contracts[provider] = [...contractUnits[provider]]
          .filter(([, number]) => number === unit.number)
          .map(([id]) => {
            const tutor = tutorOf.get(`${provider}:${id}`);
            return { id, tutor: tutor ? { id: tutor } : null, establishmentUnit: { number: unit.number } };
          });
      }
      result.set(unit.number, {
        number: unit.number,
        name: unit.name,
        region: unit.region,
        province: unit.province,
        address: { postcode: unit.postcode, commune: unit.commune },
        enterprise: {
          number: unit.enterprise_number,
          selfEmployedWithoutStaff: unit.self_employed_without_staff,
          establishmentUnits: unit.siblings.map((number) => ({ number })),
        },
        tutors: tutors
          .filter((tutor) => tutor.unit === unit.number)
          .map((tutor) => ({
            id: tutor.id,
            qualification: tutor.qualification,
            accredited: tutor.accredited,
            trainingHours: tutor.hours,
          })),
        accreditations: accreditations
          .filter((row) => row.unit === unit.number)
          .map((row) => ({ id: row.id, tradeCode: row.trade, status: row.status })),
        contracts,
      });
    }
    return result;
  }

  /** Compares a returned unit with the store rows; lists are compared as sets (sorted by id). */
  function expectUnitMatches(actual: UnitData, expected: ExpectedUnit): void {
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    const { cefaContracts, ifapmeContracts, sfpmeContracts, ...register } = actual;
    const { contracts, ...expectedRegister } = expected;
    expect({
      ...register,
      tutors: byId(register.tutors),
      accreditations: byId(register.accreditations),
    }).toEqual({
      ...expectedRegister,
      tutors: byId(expectedRegister.tutors),
      accreditations: byId(expectedRegister.accreditations),
    });
    expect(byId(cefaContracts)).toEqual(byId(contracts.cefa));
    expect(byId(ifapmeContracts)).toEqual(byId(contracts.ifapme));
    expect(byId(sfpmeContracts)).toEqual(byId(contracts.sfpme));
  }

  it("reaches a unit's enterprise, tutors, agréments and contracts at every provider in one request", async () => {
    // Units with contracts at two providers (no unit of this dataset has all three: IFAPME trains in
    // Wallonia, efp in Brussels), one of each pair, asked together so the one request spans all three.
    const providersOf = new Map<string, Set<Provider>>();
    for (const provider of PROVIDERS)
      for (const number of contractUnits[provider].values())
        if (registered.has(number))
          providersOf.set(number, (providersOf.get(number) ?? new Set()).add(provider));
    const withBoth = (a: Provider, b: Provider) =>
      [...providersOf].find(([, set]) => set.has(a) && set.has(b))?.[0];
    const picked = [withBoth("cefa", "ifapme"), withBoth("cefa", "sfpme")];
    expect(picked).not.toContain(undefined);

    const response = await postGraphQL<Record<string, UnitData>>(
      stack.gatewayUrl,
      `${UNIT} query ($a: ID!, $b: ID!) { a: establishmentUnit(number: $a) { ...Unit } b: establishmentUnit(number: $b) { ...Unit } }`,
      { a: picked[0], b: picked[1] },
    );
    expect(response.errors).toBeUndefined();
    const expected = await expectedUnits(picked as string[]);
    expectUnitMatches(response.data!.a, expected.get(picked[0]!)!);
    expectUnitMatches(response.data!.b, expected.get(picked[1]!)!);
    for (const provider of PROVIDERS) {
      const returned = [response.data!.a, response.data!.b].flatMap((unit) => unit[`${provider}Contracts`]);
      expect(returned.length).toBeGreaterThan(0);
    }
  });

  it("pages units with the same content as the stores, contracts and tutors included", async () => {
    const response = await postGraphQL<{ establishmentUnits: UnitData[] }>(
      stack.gatewayUrl,
      `${UNIT} { establishmentUnits(first: 150) { ...Unit } }`,
    );
    expect(response.errors).toBeUndefined();
    const units = response.data!.establishmentUnits;
    expect(units).toHaveLength(150);
    expect(units.map((unit) => unit.number)).toEqual([...units.map((unit) => unit.number)].sort());
    const expected = await expectedUnits(units.map((unit) => unit.number));
    for (const unit of units) expectUnitMatches(unit, expected.get(unit.number)!);
    // The page holds contracts of every provider, and units that train several trades.
    for (const provider of PROVIDERS)
      expect(units.some((unit) => unit[`${provider}Contracts`].length > 0)).toBe(true);
  });

  it("shows a contract whose unit the register lacks with establishmentUnit null, the learner intact", async () => {
    const listed: ContractRef[] = stack.groundTruth.dataQuality.unitNotInRegister;
    expect(listed.length).toBeGreaterThan(0);
    // The stores agree with the ground truth: exactly these contracts name a unit OFFA does not know.
    const unknown = PROVIDERS.flatMap((provider) =>
      [...contractUnits[provider]]
        .filter(([, number]) => !registered.has(number))
        .map(([contractId]) => ({ provider, contractId })),
    );
    const key = (ref: ContractRef) => `${ref.provider}:${ref.contractId}`;
    expect(unknown.map(key).sort()).toEqual(listed.map(key).sort());

    for (const ref of listed) {
      const { table, id, learner } = CONTRACT_TABLES[ref.provider as Provider];
      const [row] = await stack.stores[ref.provider as Provider].query<{ learner: string }>(
        `SELECT ${learner} AS learner FROM ${table} WHERE ${id} = $1`,
        [ref.contractId],
      );
      const [link] = await stack.stores.offa.query<{ learner_id: string }>(
        `SELECT learner_id FROM offa.learner_link WHERE provider = $1 AND provider_learner_id = $2`,
        [ref.provider, row.learner],
      );
      const response = await postGraphQL<{
        learner: Record<
          Provider,
          { id: string; contracts: (ContractData & { establishmentUnit: { name: string } | null })[] }[]
        >;
      }>(
        stack.gatewayUrl,
        `query ($id: ID!) { learner(id: $id) { id
          ${PROVIDERS.map((p) => `${p} { id contracts { id tutor { id } establishmentUnit { number name region } } }`).join(" ")}
        } }`,
        { id: link.learner_id },
      );
      expect(response.errors).toBeUndefined();
      const records = response.data!.learner[ref.provider as Provider];
      expect(records.map((record) => record.id)).toContain(row.learner);
      const contracts = records.flatMap((record) => record.contracts);
      const unknownContract = contracts.find((contract) => contract.id === ref.contractId)!;
      expect(unknownContract).toBeDefined();
      expect(unknownContract.establishmentUnit).toBeNull();
      expect(unknownContract.tutor).not.toBeNull();
      // The learner's other contracts keep their unit.
      for (const other of contracts.filter((contract) => contract.id !== ref.contractId))
        expect(other.establishmentUnit).not.toBeNull();
    }
  });

  it("holds accredited units that train no learner, as in reality", async () => {
    const withContracts = new Set(PROVIDERS.flatMap((provider) => [...contractUnits[provider].values()]));
    const accredited = await stack.stores.offa.query<{ unit: string }>(
      `SELECT DISTINCT establishment_unit_number AS unit FROM offa.accreditation WHERE status = 'ACTIVE'`,
    );
    const idle = accredited.map((row) => row.unit).filter((unit) => !withContracts.has(unit));
    expect(idle.length).toBeGreaterThan(0);
    const response = await postGraphQL<{ establishmentUnit: UnitData }>(
      stack.gatewayUrl,
      `${UNIT} query ($n: ID!) { establishmentUnit(number: $n) { ...Unit } }`,
      { n: idle[0] },
    );
    expect(response.errors).toBeUndefined();
    const unit = response.data!.establishmentUnit;
    expect(unit.accreditations.some((a) => a.status === "ACTIVE")).toBe(true);
    expect([...unit.cefaContracts, ...unit.ifapmeContracts, ...unit.sfpmeContracts]).toEqual([]);
    expectUnitMatches(unit, (await expectedUnits([idle[0]])).get(idle[0])!);
  });

  it("shows units with agréments for several trades and enterprises with their units", async () => {
    const [multi] = await stack.stores.offa.query<{ unit: string; enterprise: string }>(
      `SELECT establishment_unit_number AS unit, enterprise_number AS enterprise FROM offa.accreditation
        GROUP BY 1, 2 HAVING count(DISTINCT trade_code) > 1 ORDER BY 1 LIMIT 1`,
    );
    expect(multi).toBeDefined();
    const response = await postGraphQL<{
      enterprise: {
        number: string;
        establishmentUnits: { number: string; accreditations: { tradeCode: string }[] }[];
      };
    }>(
      stack.gatewayUrl,
      `query ($n: ID!) { enterprise(number: $n) { number establishmentUnits { number accreditations { tradeCode } } } }`,
      { n: multi.enterprise },
    );
    expect(response.errors).toBeUndefined();
    const unit = response.data!.enterprise.establishmentUnits.find((u) => u.number === multi.unit)!;
    expect(new Set(unit.accreditations.map((a) => a.tradeCode)).size).toBeGreaterThan(1);
  });

  it("keeps SQL statements per subgraph flat from 10 to 100 units", async () => {
    const query = `${UNIT} query ($first: Int!) { establishmentUnits(first: $first) { ...Unit
      cefaContracts { establishmentUnit { name enterprise { name } } tutor { establishmentUnits { number } } } } }`;
    await postGraphQL(stack.gatewayUrl, query, { first: 1 });
    const countFor = async (first: number) => {
      for (const counter of Object.values(stack.counters)) counter.reset();
      const started = performance.now();
      const response = await postGraphQL<{ establishmentUnits: UnitData[] }>(stack.gatewayUrl, query, {
        first,
      });
      const ms = performance.now() - started;
      expect(response.errors).toBeUndefined();
      expect(response.data!.establishmentUnits).toHaveLength(first);
      const counts = Object.fromEntries(
        Object.entries(stack.counters).map(([name, counter]) => [name, counter.count()]),
      );
      return { counts, ms };
    };
    const ten = await countFor(10);
    const hundred = await countFor(100);
    console.log(
      `statements for 10 units ${JSON.stringify(ten.counts)} (${ten.ms.toFixed(0)} ms), 100 units ${JSON.stringify(hundred.counts)} (${hundred.ms.toFixed(0)} ms)`,
    );
    expect(hundred.counts).toEqual(ten.counts);
    for (const count of Object.values(hundred.counts)) {
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(12);
    }
  });

  describe("bad input", () => {
    const codeOf = async (query: string) =>
      (await postGraphQL(stack.gatewayUrl, query)).errors?.[0]?.extensions?.code;

    it("rejects malformed unit and enterprise numbers with OFFA_INPUT_INVALID_ID", async () => {
      expect(await codeOf(`{ establishmentUnit(number: "12345") { number } }`)).toBe("OFFA_INPUT_INVALID_ID");
      // Ten digits with a wrong MOD-97 check.
      expect(await codeOf(`{ establishmentUnit(number: "2000000142") { number } }`)).toBe(
        "OFFA_INPUT_INVALID_ID",
      );
      expect(await codeOf(`{ enterprise(number: "0403019262") { number } }`)).toBe("OFFA_INPUT_INVALID_ID");
      expect(await codeOf(`{ establishmentUnits(after: "x") { number } }`)).toBe("OFFA_INPUT_INVALID_ID");
    });

    it("bounds the page size with OFFA_INPUT_PAGE_SIZE and checks the region", async () => {
      expect(await codeOf(`{ establishmentUnits(first: 0) { number } }`)).toBe("OFFA_INPUT_PAGE_SIZE");
      expect(await codeOf(`{ establishmentUnits(first: 100000) { number } }`)).toBe("OFFA_INPUT_PAGE_SIZE");
      expect(await codeOf(`{ establishmentUnits(region: FLANDERS) { number } }`)).toBe(
        "GRAPHQL_VALIDATION_FAILED",
      );
    });

    it("answers a valid number the register lacks with null and no error", async () => {
      const response = await postGraphQL(
        stack.gatewayUrl,
        `{ establishmentUnit(number: "2000000141") { number } }`,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ establishmentUnit: null });
    });

    it("filters by region and province", async () => {
      const response = await postGraphQL<{ establishmentUnits: { region: string; province: string }[] }>(
        stack.gatewayUrl,
        `{ establishmentUnits(first: 50, region: BXL) { region province } }`,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.establishmentUnits.length).toBeGreaterThan(0);
      for (const unit of response.data!.establishmentUnits)
        expect(unit).toEqual({ region: "BXL", province: "BXL" });
    });
  });
});
