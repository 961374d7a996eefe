import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse, type ObjectTypeDefinitionNode } from "graphql";
import { providerSubgraphs, subgraphs } from "../../subgraphs";
import { PROVIDER_NAMESPACES } from "../../subgraphs/kit";
import { SHARED_CONTRACT_SELECTION } from "../../subgraphs/offa/providers/providerViewFields";

const ROOT = resolve(__dirname, "../..");

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function objectType(sdlFile: string, name: string): ObjectTypeDefinitionNode {
  const document = parse(readFileSync(join(ROOT, "schema", sdlFile), "utf8"));
  const found = document.definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === "ObjectTypeDefinition" && d.name.value === name,
  );
  if (!found) throw new Error(`${sdlFile} has no type ${name}`);
  return found;
}

describe("one source per fact: the provider list and the provider wiring", () => {
  it("has a subgraph folder for each provider of the kit's list, and no other provider folder", () => {
    const folders = readdirSync(join(ROOT, "subgraphs")).filter(
      (entry) => statSync(join(ROOT, "subgraphs", entry)).isDirectory() && !["kit", "offa"].includes(entry),
    );
    expect(folders.sort()).toEqual([...PROVIDER_NAMESPACES].sort());
    expect(subgraphs.map((s) => s.name)).toEqual([...PROVIDER_NAMESPACES, "offa"]);
  });

  it("leaves the shared wiring to the kit: no provider folder declares resolvers, loaders or a context", () => {
    const wiring = PROVIDER_NAMESPACES.flatMap((namespace) =>
      filesUnder(join(ROOT, "subgraphs", namespace))
        .filter((file) => file.endsWith(".ts"))
        .filter((file) =>
          /@Resolver\(|@Query\(|@FieldResolver\(|new DataLoader|createBatchLoader/.test(
            readFileSync(file, "utf8"),
          ),
        )
        .map((file) => file.slice(ROOT.length + 1)),
    );
    expect(wiring).toEqual([]);
  });

  it.each(PROVIDER_NAMESPACES.map((namespace) => [namespace]))(
    "builds %s from its adapter, with the provider's own names in the composed schema",
    (namespace) => {
      const definition = providerSubgraphs[namespace];
      expect(definition.adapter.namespace).toBe(namespace);
      const query = objectType(`${namespace}.graphql`, "Query");
      expect(query.fields!.map((f) => f.name.value).sort()).toEqual(
        [`${namespace}Codes`, `${namespace}Learner`, `${namespace}Learners`].sort(),
      );
      const learner = objectType(`${namespace}.graphql`, "Learner");
      expect(learner.fields!.map((f) => f.name.value)).toEqual(["id", `${namespace}LearnerIds`, namespace]);
      const contract = objectType(
        `${namespace}.graphql`,
        `${namespace[0].toUpperCase()}${namespace.slice(1)}Contract`,
      );
      expect(contract.fields!.map((f) => f.name.value)).toEqual(
        expect.arrayContaining([definition.adapter.levelRecord.field, "learner", "establishmentUnit"]),
      );
    },
  );

  it("declares in OFFA, for every provider, each shared contract field the provider's own schema has", () => {
    const shared = SHARED_CONTRACT_SELECTION.map((item) => item.split(" ")[0]);
    for (const namespace of PROVIDER_NAMESPACES) {
      const type = `${namespace[0].toUpperCase()}${namespace.slice(1)}Contract`;
      const inOffa = objectType("offa.graphql", type)
        .fields!.filter((f) => f.directives?.some((d) => d.name.value === "external"))
        .map((f) => f.name.value);
      const inProvider = objectType(`${namespace}.graphql`, type).fields!.map((f) => f.name.value);
      expect({ type, missingInOffa: shared.filter((f) => f !== "id" && !inOffa.includes(f)) }).toEqual({
        type,
        missingInOffa: [],
      });
      expect({ type, missingInProvider: shared.filter((f) => !inProvider.includes(f)) }).toEqual({
        type,
        missingInProvider: [],
      });
    }
  });
});
