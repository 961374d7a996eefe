import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const REGISTER = "subgraphs/offa/register";

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (entry === "node_modules" || entry.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return entry.endsWith(".ts") ? [path] : [];
  });
}

describe("the OFFA register folder (style.md: a folder's index.ts is its only public door)", () => {
  const files = ["subgraphs", "scripts", "test"].flatMap((folder) => sourceFiles(join(ROOT, folder)));

  it("is imported from outside only through its index.ts", () => {
    const offending: string[] = [];
    for (const file of files) {
      const path = relative(ROOT, file);
      if (path.startsWith(`${REGISTER}/`)) continue;
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*)["'](\.[^"']+)["']/g)) {
        const target = relative(ROOT, resolve(file, "..", match[1]));
        if (target.startsWith(`${REGISTER}/`) && target !== `${REGISTER}/index`)
          offending.push(`${path} -> ${target}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("reads only OFFA's own tables", () => {
    const tables = /\b(?:FROM|JOIN)\s+([a-z_]+)\.([a-z_]+)/gi;
    const schemas = sourceFiles(join(ROOT, REGISTER)).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(tables)].map((match) => match[1]),
    );
    expect(schemas.length).toBeGreaterThan(0);
    expect(new Set(schemas)).toEqual(new Set(["offa"]));
  });
});
