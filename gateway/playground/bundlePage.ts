import { join } from "node:path";

/** One file of a page's bundle, served from memory. */
export interface BundledAsset {
  contentType: string;
  body: Uint8Array;
}

/** A page's browser code: entry points by output name (`playground` → `playground.js` + `playground.css`). */
export interface PageBundleSpec {
  /** Entries run as the page's own script (React, GraphiQL, chart.js), bundled as one IIFE each. */
  entries: Readonly<Record<string, string>>;
  /** Web workers (Monaco's), each a classic-script IIFE the page starts by URL. */
  workers?: Readonly<Record<string, string>>;
}

/** The folder of the pages' browser sources (`browser/`), beside this file. */
export const BROWSER_SOURCES = join(__dirname, "browser");

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/**
 * Bundles a page with esbuild, in memory: nothing is written, so a gateway on a read-only filesystem can serve it,
 * and there is no build output to keep out of git or out of step with the sources. Fonts and images are inlined
 * as data URLs (Monaco's codicon font), so the page asks for nothing but its own script, style and workers: no
 * CDN, no font server. React runs its production build. esbuild is loaded only when a page is first asked for:
 * it is a development dependency, absent from the production image (gateway/playground/README.md).
 */
export async function bundlePage(spec: PageBundleSpec): Promise<Map<string, BundledAsset>> {
  const esbuild = await import("esbuild");
  const common = {
    bundle: true,
    write: false,
    minify: true,
    format: "iife" as const,
    platform: "browser" as const,
    target: ["chrome120", "firefox120", "safari17"],
    outdir: "/bundle",
    entryNames: "[name]",
    loader: {
      ".ttf": "dataurl",
      ".woff": "dataurl",
      ".woff2": "dataurl",
      ".svg": "dataurl",
      ".png": "dataurl",
    },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent" as const,
    legalComments: "none" as const,
  } satisfies Parameters<typeof esbuild.build>[0];
  const builds = [esbuild.build({ ...common, entryPoints: { ...spec.entries } })];
  if (spec.workers && Object.keys(spec.workers).length > 0)
    builds.push(esbuild.build({ ...common, entryPoints: { ...spec.workers } }));
  const assets = new Map<string, BundledAsset>();
  for (const result of await Promise.all(builds)) {
    for (const file of result.outputFiles ?? []) {
      const name = file.path.slice(file.path.lastIndexOf("/") + 1);
      const extension = name.slice(name.lastIndexOf("."));
      const contentType = CONTENT_TYPES[extension];
      if (contentType) assets.set(name, { contentType, body: file.contents });
    }
  }
  return assets;
}
