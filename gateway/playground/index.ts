/** The browser pages the gateway serves beside GraphQL: the developer playground and the overview charts. */
export {
  canBundlePages,
  createDeveloperPages,
  type DeveloperPagesOptions,
  PAGE_PATHS,
  type PageRoutes,
} from "./createDeveloperPages";
export { createLandingPagePlugin } from "./createLandingPagePlugin";
export { PAGE_CONTENT_SECURITY_POLICY } from "./pageDocument";
export { prebuildOverview, PREBUILT_PAGES_FOLDER } from "./prebuiltPages";
