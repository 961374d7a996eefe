import { buildContractFiles } from "../../scripts/contract/buildContractFiles";

/** The register's entities must stay in each SDL: an entity reachable only through `_entities` vanishes silently. */
describe("the establishment-unit register in the contract", () => {
  let files: Map<string, string>;

  beforeAll(async () => {
    files = await buildContractFiles();
  });

  it("keeps EstablishmentUnit, Enterprise and Tutor as OFFA entities", () => {
    const sdl = files.get("schema/offa.graphql")!;
    expect(sdl).toMatch(/type EstablishmentUnit\s+@key\(fields: "number"\)/);
    expect(sdl).toMatch(/type Enterprise\s+@key\(fields: "number"\)/);
    expect(sdl).toMatch(/type Tutor\s+@key\(fields: "id"\)/);
  });

  it.each(["cefa", "ifapme", "sfpme"])(
    "lets %s contribute its contracts to EstablishmentUnit and a unit reference to its contracts",
    (name) => {
      const sdl = files.get(`schema/${name}.graphql`)!;
      expect(sdl).toMatch(/type EstablishmentUnit\s+@key\(fields: "number"\)/);
      expect(sdl).toMatch(new RegExp(`${name}Contracts: \\[\\w+Contract!\\]\n`));
      expect(sdl).toMatch(/establishmentUnit: EstablishmentUnit\n/);
    },
  );

  it("gives every provider contract OFFA's tutor in the supergraph", () => {
    const supergraph = files.get("schema/supergraph.graphql")!;
    for (const type of ["CefaContract", "IfapmeContract", "SfpmeContract"]) {
      const body = new RegExp(`type ${type}[^{]*\\{([^}]*)\\}`).exec(supergraph)![1];
      expect(body).toMatch(/tutor: Tutor @join__field\(graph: OFFA\)/);
    }
  });
});
