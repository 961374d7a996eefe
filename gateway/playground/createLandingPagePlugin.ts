import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { PAGE_PATHS } from "./createDeveloperPages";

/**
 * Replaces Apollo Server's development landing page, which loads Apollo Sandbox from a CDN (a blank page with no
 * internet), with a page of links to the playground and the overview served by the gateway itself. Development
 * only: in production the landing page is disabled (gateway/production) and this plugin is not added.
 */
export function createLandingPagePlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return {
            html: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>OFFA federation gateway</title></head>
<body style="font-family: system-ui, sans-serif; margin: 2rem">
<h1>OFFA federation gateway (development)</h1>
<p>GraphQL is served here: POST a JSON body to this URL with a bearer token (README, "Roles and tokens").</p>
<ul>
<li><a href="${PAGE_PATHS.playground}">GraphQL playground</a>: the schema, its docs and explorer, example operations and a role picker</li>
<li><a href="${PAGE_PATHS.overview}">Overview</a>: the dashboard figures as charts</li>
</ul>
</body></html>
`,
          };
        },
      };
    },
  };
}
