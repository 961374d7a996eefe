/// <reference lib="dom" />
/**
 * Monaco's web workers, served by the gateway beside the page (bundled by gateway/playground/bundlePage.ts): the
 * default setups of @graphiql/react load them from a CDN or through a bundler plugin, neither of which is here.
 */
export function setUpMonacoWorkers(assetBase: string): void {
  (globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      const name = label === "json" ? "json" : label === "graphql" ? "graphql" : "editor";
      return new Worker(`${assetBase}${name}.worker.js`);
    },
  };
}
