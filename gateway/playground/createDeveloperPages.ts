import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { sendErrorResponse } from "../../schema/contract/http";
import type { AuthConfig } from "../auth";
import { BROWSER_SOURCES, type BundledAsset, bundlePage, type PageBundleSpec } from "./bundlePage";
import { createDevelopmentTokenRoute } from "./createDevelopmentTokenRoute";
import { PAGE_CONTENT_SECURITY_POLICY, pageDocument } from "./pageDocument";
import { OVERVIEW_ASSETS, OVERVIEW_BUNDLE, readPrebuiltOverview } from "./prebuiltPages";

/** serveApolloHttp's `routes`: plain-HTTP handlers by exact path. */
export type PageRoutes = Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;

/** What the pages need to know of the gateway serving them. */
export interface DeveloperPagesOptions {
  /** `production` (NODE_ENV=production): no playground and no token endpoint (404). */
  mode: "development" | "production";
  /** The gateway's token settings: development tokens are minted only with its development secret. */
  auth: AuthConfig;
  /** The supergraph's provider subgraphs, for PROVIDER_STAFF's and MAPPING_ADMINISTRATOR's claims. */
  providers: readonly string[];
}

/** Where each page lives. */
export const PAGE_PATHS = {
  playground: "/playground",
  playgroundAssets: "/playground/assets/",
  developmentToken: "/playground/token",
  overview: "/overview",
  overviewAssets: "/overview/assets/",
} as const;

const PLAYGROUND_BUNDLE: PageBundleSpec = {
  entries: { playground: join(BROWSER_SOURCES, "playground.ts") },
  // Monaco's workers (the editors' language services), started by the page from these URLs (monacoWorkers.ts).
  workers: {
    "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
    "json.worker": "monaco-editor/esm/vs/language/json/json.worker.js",
    "graphql.worker": "monaco-graphql/esm/graphql.worker.js",
  },
};
const PLAYGROUND_ASSETS = [
  "playground.js",
  "playground.css",
  "editor.worker.js",
  "json.worker.js",
  "graphql.worker.js",
];

/** Whether this installation can bundle the pages: their sources and esbuild (a development dependency). */
export function canBundlePages(): boolean {
  if (!existsSync(join(BROWSER_SOURCES, "overview.ts"))) return false;
  try {
    require.resolve("esbuild");
    return true;
  } catch {
    return false;
  }
}

/**
 * A page's bundle, built at its first request and kept for the life of the process; a failed build is answered
 * 500 with esbuild's message and tried again at the next request.
 */
function lazyBundle(spec: PageBundleSpec): () => Promise<Map<string, BundledAsset>> {
  let building: Promise<Map<string, BundledAsset>> | undefined;
  return () => {
    building ??= bundlePage(spec).catch((error: Error) => {
      building = undefined;
      throw error;
    });
    return building;
  };
}

function sendPage(res: ServerResponse, html: string): void {
  res.statusCode = 200;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("content-security-policy", PAGE_CONTENT_SECURITY_POLICY);
  res.setHeader("cache-control", "no-store");
  res.end(html);
}

function pageRoutes(
  path: string,
  assetBase: string,
  assetNames: readonly string[],
  bundle: () => Promise<Map<string, BundledAsset>>,
  html: string,
): PageRoutes {
  const routes: PageRoutes = {
    [path]: async (_req, res) => {
      // Built before the page is answered, so its script and workers are ready when the browser asks for them.
      try {
        await bundle();
      } catch (error) {
        return sendErrorResponse(res, 500, `The page could not be bundled: ${(error as Error).message}`);
      }
      sendPage(res, html);
    },
  };
  for (const name of assetNames) {
    routes[`${assetBase}${name}`] = async (_req, res) => {
      let asset: BundledAsset | undefined;
      try {
        asset = (await bundle()).get(name);
      } catch (error) {
        return sendErrorResponse(res, 500, `The page could not be bundled: ${(error as Error).message}`);
      }
      if (!asset) return sendErrorResponse(res, 404, `Not found: ${name} is not part of the bundle`);
      res.statusCode = 200;
      res.setHeader("content-type", asset.contentType);
      res.setHeader("content-security-policy", PAGE_CONTENT_SECURITY_POLICY);
      res.setHeader("cache-control", "no-cache");
      res.end(asset.body);
    };
  }
  return routes;
}

/**
 * The browser pages the gateway serves beside GraphQL (gateway/playground/README.md): the playground and its
 * development-token endpoint in development only, the overview charts in every mode. Each page is bundled from
 * npm packages at its first request and served from memory, or, in the image, the overview comes prebuilt
 * (prebuiltPages.ts): nothing is fetched from outside the gateway, by the server or by the browser.
 */
export function createDeveloperPages(options: DeveloperPagesOptions): PageRoutes {
  const prebuilt = readPrebuiltOverview();
  const bundling = canBundlePages();
  if (!prebuilt && !bundling) return {};
  const routes: PageRoutes = pageRoutes(
    PAGE_PATHS.overview,
    PAGE_PATHS.overviewAssets,
    OVERVIEW_ASSETS,
    prebuilt ? () => Promise.resolve(prebuilt) : lazyBundle(OVERVIEW_BUNDLE),
    pageDocument({
      title: "OFFA overview",
      assetBase: PAGE_PATHS.overviewAssets,
      script: "overview",
      body:
        '<h1>OFFA overview: dual training in figures</h1>\n<p id="status">Loading…</p>\n<div id="charts"></div>\n' +
        '<p><a href="/playground">GraphQL playground</a> (development)</p>',
    }),
  );
  if (options.mode === "production" || !bundling) return routes;
  Object.assign(
    routes,
    pageRoutes(
      PAGE_PATHS.playground,
      PAGE_PATHS.playgroundAssets,
      PLAYGROUND_ASSETS,
      lazyBundle(PLAYGROUND_BUNDLE),
      pageDocument({
        title: "OFFA playground",
        assetBase: PAGE_PATHS.playgroundAssets,
        script: "playground",
      }),
    ),
  );
  if (!options.auth.production && options.auth.keys.kind === "devSecret")
    routes[PAGE_PATHS.developmentToken] = createDevelopmentTokenRoute(options.auth, options.providers);
  return routes;
}
