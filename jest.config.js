/** Jest: unit tests beside the code (__tests__), integration and federation tests under test/. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
    // jose 6 ships ES modules only: Node runs them through require(esm), jest needs them compiled to CommonJS.
    "/node_modules/jose/.+\\.js$": ["@swc/jest", { module: { type: "commonjs" } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  setupFiles: ["reflect-metadata", "<rootDir>/test/setup/quietLogs.ts"],
  testMatch: ["**/__tests__/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/.data/"],
  maxWorkers: 2,
  testTimeout: 60000,
};
