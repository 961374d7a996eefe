import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's chromium package (`apt-get install -y chromium`; .ci/run installs it when missing). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Headless, and nothing Chromium would do on its own: no update checks, no sync, no QUIC, no GPU (containers have
 * none), no sandbox (CI runs as root).
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A running Chromium and what its pages asked of hosts other than 127.0.0.1 (each request was refused). */
export interface LaunchedChromium {
  context: BrowserContext;
  /** Every URL a page, a worker or a subresource asked outside 127.0.0.1. */
  outsideRequests: string[];
  close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh profile (its own --user-data-dir, deleted on close) and a guard on every request of
 * the context: one to a host other than 127.0.0.1 is recorded and aborted, so a test can fail on it and no page ever
 * reaches the internet. `data:` and `blob:` URLs are no requests.
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const userDataDir = mkdtempSync(join(tmpdir(), "offa-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  const outsideRequests: string[] = [];
  const isOutside = (url: string) => {
    const parsed = new URL(url);
    if (parsed.protocol === "data:" || parsed.protocol === "blob:") return false;
    return parsed.hostname !== "127.0.0.1";
  };
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isOutside(url)) {
      outsideRequests.push(url);
      return route.abort("blockedbyclient");
    }
    return route.continue();
  });
  // Requests the router does not see (a worker's own fetches) still show up as requests.
  context.on("request", (request) => {
    if (isOutside(request.url()) && !outsideRequests.includes(request.url()))
      outsideRequests.push(request.url());
  });
  return {
    context,
    outsideRequests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
