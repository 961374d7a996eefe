import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BROWSER_SOURCES, type BundledAsset, bundlePage, type PageBundleSpec } from "./bundlePage";

/**
 * The overview is for OFFA's staff, in production too, where the image has neither the pages' sources nor esbuild
 * (a development dependency). So the image build bundles it ahead of time (deploy/compileToJavaScript.ts) into this
 * folder beside the compiled code, and the gateway serves those files; from the sources (npm start, tests) it
 * bundles in memory at the first request instead. The playground is development only and is never prebuilt.
 */
export const PREBUILT_PAGES_FOLDER = join(__dirname, "prebuilt");

export const OVERVIEW_BUNDLE: PageBundleSpec = {
  entries: { overview: join(BROWSER_SOURCES, "overview.ts") },
};
export const OVERVIEW_ASSETS = ["overview.js", "overview.css"] as const;

/** Bundles the overview into `folder` (the image build); returns the files written. */
export async function prebuildOverview(folder: string = PREBUILT_PAGES_FOLDER): Promise<string[]> {
  const assets = await bundlePage(OVERVIEW_BUNDLE);
  mkdirSync(folder, { recursive: true });
  for (const name of OVERVIEW_ASSETS) {
    const asset = assets.get(name);
    if (!asset) throw new Error(`bundling the overview gave no ${name}`);
    writeFileSync(join(folder, name), asset.body);
  }
  return [...OVERVIEW_ASSETS];
}

/** The prebuilt overview, when this installation has it (the image); undefined otherwise. */
export function readPrebuiltOverview(
  folder: string = PREBUILT_PAGES_FOLDER,
): Map<string, BundledAsset> | undefined {
  if (!OVERVIEW_ASSETS.every((name) => existsSync(join(folder, name)))) return undefined;
  return new Map(
    OVERVIEW_ASSETS.map((name) => [
      name,
      {
        contentType: name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8",
        body: readFileSync(join(folder, name)),
      },
    ]),
  );
}
