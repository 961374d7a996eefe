import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page, Response } from "playwright-core";
import { EXAMPLE_OPERATIONS } from "../../gateway/playground/browser/exampleOperations";
import { FIGURE_CHARTS } from "../../gateway/playground/browser/figureCharts";
import { refreshMobilityMoves } from "../../scripts/mobility/refreshMobilityMoves";
import { refreshComplianceFindings } from "../../scripts/mobility/refreshComplianceFindings";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";
import { launchChromium, type LaunchedChromium } from "./launchChromium";

/*
 * Issue 12: the playground and the overview page in a real Chromium, against the whole stack. Every example
 * operation runs as its role and answers without errors; every chart of the overview is drawn with data (a chart
 * whose figures API has not landed yet fails here, as it should); no request leaves 127.0.0.1. Screenshots of both
 * pages go to test/browser/screenshots/ (git-ignored).
 */

const SCREENSHOTS = join(__dirname, "screenshots");

let stack: TestStack;
let chromium: LaunchedChromium;
let gateway: string;

/**
 * graphiql-explorer (@graphiql/plugin-explorer) logs this with console.error when it shows a list argument (the
 * figures' `measures`) it cannot edit in its form; the query and its result are unaffected.
 */
const EXPLORER_LIST_ARGUMENT_LOG = /^arg mismatch between arg and selection /;

/** Uncaught errors and console errors of a page, to fail on. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !EXPLORER_LIST_ARGUMENT_LOG.test(message.text()))
      errors.push(`console error: ${message.text()}`);
  });
  return errors;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The default dataset's scale: smaller, every flow between providers holds fewer than 10 moves a year, and the
  // mobility chart would rightly show only suppressed cells.
  stack = await startPostgresTestStack({ seed: 7, scale: 0.1 });
  gateway = stack.gatewayUrl.replace(/\/$/, "");
  // The movers example needs OFFA's model of moves, derived as `npm start` does after seeding.
  await refreshMobilityMoves(stack.stores.offa, stack.gatewayUrl, stack.groundTruth.today);
  await refreshComplianceFindings(stack.stores.offa, stack.gatewayUrl, stack.groundTruth.today);
  chromium = await launchChromium();
}, 600_000);

afterAll(async () => {
  await chromium?.close();
  await stack?.stop();
});

afterEach(() => {
  // Checked after every test, so that the test that caused it fails.
  expect(chromium?.outsideRequests ?? []).toEqual([]);
});

describe("the development token endpoint", () => {
  test("mints a token of the role asked, with the mobility officer's purpose, that the gateway accepts", async () => {
    const minted = await fetch(
      `${gateway}/playground/token?role=MOBILITY_OFFICER&purpose=MOBILITY_FOLLOW_UP`,
    );
    expect(minted.status).toBe(200);
    const { headers } = (await minted.json()) as { headers: Record<string, string> };
    expect(headers["x-offa-purpose"]).toBe("MOBILITY_FOLLOW_UP");
    const answer = await fetch(`${gateway}/`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ learners(first: 1) { id } }" }),
    });
    const body = (await answer.json()) as { data?: { learners: { id: string }[] }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data?.learners).toHaveLength(1);
  });

  test("refuses an unknown role or purpose with the gateway's own codes", async () => {
    const role = await fetch(`${gateway}/playground/token?role=ROOT`);
    expect(role.status).toBe(400);
    expect(
      ((await role.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe("OFFA_AUTH_ROLE_UNKNOWN");
    const purpose = await fetch(`${gateway}/playground/token?role=MOBILITY_OFFICER&purpose=CURIOSITY`);
    expect(purpose.status).toBe(400);
  });
});

describe("the playground", () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    page = await chromium.context.newPage();
    errors = watchErrors(page);
    const started = Date.now();
    const response = await page.goto(`${gateway}/playground`, { timeout: 90_000 });
    expect(response?.status()).toBe(200);
    // The page may load nothing but what the gateway serves (pageDocument.ts).
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    await page.locator(".graphiql-container").waitFor({ timeout: 60_000 });
    console.log(`playground: first load (bundled at first request) in ${Date.now() - started} ms`);
  }, 120_000);

  test("preloads one tab per example operation", async () => {
    const tabs = await page.locator(".graphiql-tab").allInnerTexts();
    expect(tabs.map((tab) => tab.trim())).toEqual(EXAMPLE_OPERATIONS.map(({ name }) => name));
  });

  test("shows the schema in the documentation explorer and the GraphiQL explorer", async () => {
    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    await page.locator(".graphiql-plugin", { hasText: "Query" }).waitFor({ timeout: 30_000 });
    await page.locator('[aria-label="Show GraphiQL Explorer"]').click();
    // The explorer lists the root fields of the schema the gateway introspected for the picked role.
    await page.locator(".graphiql-plugin", { hasText: "establishmentUnits" }).waitFor({ timeout: 30_000 });
    await page.locator('[aria-label="Hide GraphiQL Explorer"]').click();
  });

  for (const [index, example] of EXAMPLE_OPERATIONS.entries()) {
    test(`runs ${example.name} as ${example.role}${example.purpose ? ` (${example.purpose})` : ""} and shows its result`, async () => {
      await page.locator(".graphiql-tab", { hasText: example.name }).click();
      // Opening an example's tab picks its role (the first tab is open from the start: nothing changes).
      if (index > 0)
        await page.waitForFunction(
          (role) => (document.querySelector("#offa-role") as HTMLSelectElement | null)?.value === role,
          example.role,
        );
      await page.selectOption("#offa-role", example.role);
      if (example.purpose) await page.selectOption("#offa-purpose", example.purpose);
      const actingAs = example.purpose ? `${example.role} (${example.purpose})` : example.role;
      await page.locator("#offa-acting-as", { hasText: `requests run as ${actingAs}` }).waitFor();
      const answered = page.waitForResponse(
        (response: Response) =>
          response.request().method() === "POST" &&
          (response.request().postData() ?? "").includes(`query ${example.name}`),
        { timeout: 60_000 },
      );
      await page.locator(".graphiql-execute-button").click();
      const response = await answered;
      const sent = response.request().headers();
      expect(sent.authorization).toMatch(/^Bearer /);
      expect(sent["x-offa-purpose"]).toBe(example.purpose);
      const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data ?? {}).length).toBeGreaterThan(0);
      expect(Object.values(body.data ?? {})[0]).not.toBeNull();
      // The answer is shown in the response editor.
      await page.locator(".graphiql-response", { hasText: '"data"' }).waitFor();
      if (example.name === EXAMPLE_OPERATIONS[1].name)
        await page.screenshot({ path: join(SCREENSHOTS, "playground.png") });
    }, 90_000);
  }

  test("raised no error in the page", () => {
    expect(errors).toEqual([]);
  });
});

describe("the overview page", () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    page = await chromium.context.newPage();
    errors = watchErrors(page);
    const response = await page.goto(`${gateway}/overview?asOf=${stack.groundTruth.today}`, {
      timeout: 90_000,
    });
    expect(response?.status()).toBe(200);
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, undefined, {
      timeout: 90_000,
    });
    await page.screenshot({ path: join(SCREENSHOTS, "overview.png"), fullPage: true });
  }, 120_000);

  test("finished loading", async () => {
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe("true");
  });

  for (const chart of FIGURE_CHARTS) {
    test(`draws "${chart.title}" with data and says where it comes from`, async () => {
      const section = page.locator(`#${chart.id}`);
      const state = await section.getAttribute("data-state");
      const said = await section.locator(".offa-chart-state").innerText();
      // The API's own error is the failure message while the figures API has not landed.
      expect({ state, said }).toEqual({ state: "drawn", said: expect.stringContaining("Source: figures(") });
      expect(Number(await section.getAttribute("data-points"))).toBeGreaterThan(0);
      expect(said).toContain(`as of ${stack.groundTruth.today}`);
      await expect(section.locator("canvas").count()).resolves.toBe(1);
      // Every suppressed cell is listed as suppressed (and drawn as a gap: figureDatasets' unit test).
      const suppressed = Number(/(\d+) suppressed\./.exec(said)?.[1]);
      expect(await section.locator(".offa-suppressed li").count()).toBe(suppressed);
    });
  }

  test("raised no error in the page", () => {
    expect(errors).toEqual([]);
  });
});
