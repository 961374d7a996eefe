import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildContractFiles } from "../../scripts/contract/buildContractFiles";

const ROOT = join(__dirname, "../..");

describe("the checked-in contract under schema/", () => {
  let files: Map<string, string>;

  beforeAll(async () => {
    // Throws with every composition error when the subgraphs do not compose.
    files = await buildContractFiles();
  });

  it("matches what npm run compose generates (run it when this fails)", () => {
    const stale = [...files].filter(([path, content]) => {
      try {
        return readFileSync(join(ROOT, path), "utf8") !== content;
      } catch {
        return true;
      }
    });
    expect(stale.map(([path]) => path)).toEqual([]);
  });

  it.each([
    ["cefa", ["CefaLearner", "CefaContract", "CefaLevelDecision", "CefaCertificate", "CefaCode", "Learner"]],
    [
      "ifapme",
      [
        "IfapmeLearner",
        "IfapmeContract",
        "IfapmeLevelEvaluation",
        "IfapmeCertificate",
        "IfapmeCode",
        "Learner",
      ],
    ],
    [
      "sfpme",
      ["SfpmeLearner", "SfpmeContract", "SfpmeAllowanceStep", "SfpmeCertificate", "SfpmeCode", "Learner"],
    ],
    ["offa", ["Learner", "CefaLearner", "IfapmeLearner", "SfpmeLearner"]],
  ])(
    "keeps every entity of the %s subgraph in its SDL (orphaned entities vanish silently)",
    (name, entities) => {
      const sdl = files.get(`schema/${name}.graphql`)!;
      for (const entity of entities) expect(sdl).toMatch(new RegExp(`type ${entity}\\s+@key`));
    },
  );
});
