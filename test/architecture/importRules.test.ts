import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

/** Every TypeScript file under a folder (tests included unless excluded). */
function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (entry.endsWith(".ts")) out.push(path);
  }
  return out;
}

/** The repo-relative targets of a file's relative imports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)["'](\.[^"']+)["']/g)].map(
    (m) => m[1],
  );
  return specifiers.map((specifier) => relative(ROOT, resolve(file, "..", specifier)));
}

const isTest = (file: string) => /__tests__\//.test(file) || file.startsWith("test/");

describe("import rules (style.md)", () => {
  const files = ["gateway", "subgraphs", "scripts"].flatMap((folder) => sourceFiles(join(ROOT, folder)));

  it("finds the code it checks", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("keeps the gateway away from subgraph code: it knows subgraphs only by URL and the supergraph", () => {
    const offending = files
      .filter((file) => relative(ROOT, file).startsWith("gateway/"))
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith("subgraphs"))
          .map((t) => `${relative(ROOT, file)} -> ${t}`),
      );
    expect(offending).toEqual([]);
  });

  it("lets a subgraph import only itself and subgraphs/kit", () => {
    const offending: string[] = [];
    for (const file of files) {
      const path = relative(ROOT, file);
      const match = /^subgraphs\/(cefa|ifapme|sfpme|offa)\//.exec(path);
      if (!match) continue;
      for (const target of importsOf(file)) {
        const ok = target.startsWith(`subgraphs/${match[1]}`) || target.startsWith("subgraphs/kit");
        if (!ok && !isTest(path)) offending.push(`${path} -> ${target}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("keeps subgraphs/kit free of any particular subgraph", () => {
    const offending = files
      .filter((file) => relative(ROOT, file).startsWith("subgraphs/kit/"))
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith("subgraphs/") && !target.startsWith("subgraphs/kit"))
          .map((t) => `${relative(ROOT, file)} -> ${t}`),
      );
    expect(offending).toEqual([]);
  });

  it("never lets production code import tests or scripts", () => {
    const offending = files
      .filter((file) => !relative(ROOT, file).startsWith("scripts/") && !isTest(relative(ROOT, file)))
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith("test") || target.startsWith("scripts"))
          .map((t) => `${relative(ROOT, file)} -> ${t}`),
      );
    expect(offending).toEqual([]);
  });

  it("gives the OFFA subgraph no provider database setting and no provider SQL", () => {
    const offaFiles = files.filter((file) => relative(ROOT, file).startsWith("subgraphs/offa/"));
    const sqlFiles = readdirSync(join(ROOT, "subgraphs/offa/migrations")).map((f) =>
      join(ROOT, "subgraphs/offa/migrations", f),
    );
    // A provider table is reached by a schema-qualified name after FROM/JOIN/INTO/UPDATE.
    const providerSql = /\b(FROM|JOIN|INTO|UPDATE)\s+(cefa|ifapme|sfpme)\./i;
    const offending = [...offaFiles, ...sqlFiles].filter((file) => {
      const text = readFileSync(file, "utf8");
      return /(CEFA|IFAPME|SFPME)_DATABASE_URL/.test(text) || providerSql.test(text);
    });
    expect(offending.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
