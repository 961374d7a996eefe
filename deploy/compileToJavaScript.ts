/**
 * Builds the container image's application folder (deploy/README.md): the TypeScript the processes run, compiled
 * to CommonJS, beside the data files they read by path. Run in the image's build stage:
 *
 *   node -r @swc-node/register deploy/compileToJavaScript.ts /app
 *
 * Why compile instead of `node -r @swc-node/register` at run time: that register compiles every file at each start
 * and writes its caches (the swc native binding under ~/.cache, transforms under /tmp), so a pod could not run with a
 * read-only root filesystem, and the runtime image would carry the TypeScript toolchain.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { transformSync, type Options } from "@swc/core";
import { prebuildOverview } from "../gateway/playground/prebuiltPages";

/** The npm scripts whose entry files the image runs: one image for every process. */
export const IMAGE_SCRIPTS = ["start:gateway", "start:subgraph", "mobility:refresh"] as const;

/**
 * Folders whose data files (SQL migrations, the supergraph, mapping rules, the error page the gateway reads its
 * registered codes from) the processes open by path relative to their code or to the working directory.
 */
export const DATA_FOLDERS = ["gateway", "subgraphs", "schema"] as const;

/** Unit tests live beside the code; the image never runs them. */
const TEST_FOLDER = "__tests__";

/** What one build wrote. */
export interface CompileReport {
  /** TypeScript files compiled: the import closure of the entries. */
  compiled: string[];
  /** Data files copied as they are. */
  copied: string[];
}

/**
 * The TypeScript entry file of each of IMAGE_SCRIPTS, read from package.json (`node -r @swc-node/register
 * <entry>`), so the image runs what `npm run start:gateway`, `npm run start:subgraph` and `npm run mobility:refresh` run.
 */
export function imageEntries(root: string): Record<(typeof IMAGE_SCRIPTS)[number], string> {
  const scripts = (
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }
  ).scripts;
  const entries = {} as Record<(typeof IMAGE_SCRIPTS)[number], string>;
  for (const name of IMAGE_SCRIPTS) {
    const entry = scripts[name]?.split(/\s+/).find((word) => word.endsWith(".ts"));
    if (!entry) throw new Error(`package.json script ${name} names no TypeScript entry file`);
    entries[name] = entry;
  }
  return entries;
}

/** `gateway/main.ts` → `gateway/main.js`: where an entry lands in the image. */
export function compiledPath(sourcePath: string): string {
  return sourcePath.replace(/\.ts$/, ".js");
}

/**
 * Compiles the import closure of the image's entries from `root` into `outDir` with the project's .swcrc (the
 * transform the test suite runs under: legacy decorators with their metadata, which type-graphql reads), and
 * copies every data file of DATA_FOLDERS. Tests and scripts other than the entries never enter the image.
 */
export function compileToJavaScript(root: string, outDir: string): CompileReport {
  const options = swcOptions(root);
  const compiled: string[] = [];
  const pending = Object.values(imageEntries(root));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const source = pending.pop()!;
    if (seen.has(source)) continue;
    seen.add(source);
    const { code } = transformSync(readFileSync(join(root, source), "utf8"), {
      ...options,
      filename: join(root, source),
    });
    write(join(outDir, compiledPath(source)), code);
    compiled.push(source);
    for (const specifier of relativeRequires(code)) {
      const target = resolveSource(root, dirname(source), specifier);
      if (!target) throw new Error(`${source}: cannot resolve ${specifier}`);
      if (target.endsWith(".ts")) pending.push(target);
    }
  }
  const copied: string[] = [];
  for (const folder of DATA_FOLDERS) {
    for (const file of filesUnder(root, folder)) {
      if (file.endsWith(".ts")) continue;
      mkdirSync(dirname(join(outDir, file)), { recursive: true });
      copyFileSync(join(root, file), join(outDir, file));
      copied.push(file);
    }
  }
  return { compiled: compiled.sort(), copied: copied.sort() };
}

/** The project's .swcrc, without source maps: the image ships no TypeScript for them to point at. */
function swcOptions(root: string): Options {
  const { $schema: _schema, ...swcrc } = JSON.parse(readFileSync(join(root, ".swcrc"), "utf8")) as Options & {
    $schema?: string;
  };
  return { ...swcrc, swcrc: false, configFile: false, sourceMaps: false };
}

/** `require("./x")` and `require("../y")` in compiled CommonJS (dynamic `import()` compiles to the same). */
function relativeRequires(code: string): string[] {
  return [...code.matchAll(/require\("(\.{1,2}\/[^"]*)"\)/g)].map((match) => match[1]);
}

/** The repo file a relative specifier names, the way Node and the register resolve it. */
function resolveSource(root: string, fromDir: string, specifier: string): string | undefined {
  const base = join(fromDir, specifier);
  for (const candidate of [`${base}.ts`, join(base, "index.ts"), base]) {
    const path = join(root, candidate);
    if (existsSync(path) && statSync(path).isFile()) return relative(root, path);
  }
  return undefined;
}

/** Every file under `folder` (relative to `root`), unit tests left out. */
function filesUnder(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === TEST_FOLDER ? [] : filesUnder(root, path);
    return entry.isFile() ? [path] : [];
  });
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

if (require.main === module) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error("usage: node -r @swc-node/register deploy/compileToJavaScript.ts <outDir>");
    process.exit(2);
  }
  const report = compileToJavaScript(resolve(__dirname, ".."), resolve(outDir));
  console.log(
    `compiled ${report.compiled.length} TypeScript files and copied ${report.copied.length} data files to ${outDir}`,
  );
  void prebuildOverviewInto(resolve(outDir)).then(
    (files) => console.log(`bundled the overview page: ${files.join(", ")}`),
    (error: Error) => {
      console.error(`bundling the overview page failed: ${error.message}`);
      process.exit(1);
    },
  );
}

/**
 * Bundles the overview page into the image (the gateway serves it in production, where esbuild and the page's
 * sources are absent: gateway/playground/prebuiltPages.ts), beside the compiled prebuiltPages.js.
 */
export function prebuildOverviewInto(outDir: string): Promise<string[]> {
  // Where the compiled gateway/playground/prebuiltPages.js looks: `prebuilt/` in its own folder.
  return prebuildOverview(join(outDir, "gateway/playground/prebuilt"));
}
