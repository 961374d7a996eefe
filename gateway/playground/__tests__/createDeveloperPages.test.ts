import { developmentAuthConfig } from "../../auth";
import { createDeveloperPages, PAGE_PATHS } from "../createDeveloperPages";
import { EXAMPLE_OPERATIONS } from "../browser/exampleOperations";
import { parse, type OperationDefinitionNode } from "graphql";

const PROVIDERS = ["cefa", "ifapme", "sfpme"];

describe("createDeveloperPages", () => {
  it("serves the playground, its assets and the token endpoint in development", () => {
    const routes = Object.keys(
      createDeveloperPages({ mode: "development", auth: developmentAuthConfig(), providers: PROVIDERS }),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        PAGE_PATHS.playground,
        `${PAGE_PATHS.playgroundAssets}playground.js`,
        `${PAGE_PATHS.playgroundAssets}graphql.worker.js`,
        PAGE_PATHS.developmentToken,
        PAGE_PATHS.overview,
        `${PAGE_PATHS.overviewAssets}overview.js`,
      ]),
    );
  });

  it("serves no playground and mints no token in production: those paths are 404", () => {
    const routes = Object.keys(
      createDeveloperPages({
        mode: "production",
        auth: {
          ...developmentAuthConfig(),
          production: true,
          keys: { kind: "jwksFile", path: "/jwks.json" },
        },
        providers: PROVIDERS,
      }),
    );
    expect(routes.filter((path) => path.startsWith(PAGE_PATHS.playground))).toEqual([]);
    expect(routes).toContain(PAGE_PATHS.overview);
  });

  it("mints no development token when the gateway takes its keys from a JWKS", () => {
    const routes = createDeveloperPages({
      mode: "development",
      auth: { ...developmentAuthConfig(), keys: { kind: "jwksUrl", url: "https://idp.example/jwks" } },
      providers: PROVIDERS,
    });
    expect(routes[PAGE_PATHS.playground]).toBeDefined();
    expect(routes[PAGE_PATHS.developmentToken]).toBeUndefined();
  });
});

describe("EXAMPLE_OPERATIONS", () => {
  it("are one named query each, named as the playground's tab and role switch expect", () => {
    for (const example of EXAMPLE_OPERATIONS) {
      const definitions = parse(example.query).definitions as OperationDefinitionNode[];
      expect(definitions.map((definition) => definition.name?.value)).toEqual([example.name]);
      if (example.purpose) expect(example.role).toBe("MOBILITY_OFFICER");
      // Shown as written: its role first, no indentation left from the source file.
      expect(example.query.startsWith(`# Run as ${example.role}`)).toBe(true);
      expect(example.query).toMatch(/\nquery /);
    }
    expect(new Set(EXAMPLE_OPERATIONS.map(({ name }) => name)).size).toBe(EXAMPLE_OPERATIONS.length);
  });
});
