/**
 * The key both sides use outside production when none is configured. It is public (it is in this file), so it
 * protects nothing: it only lets `npm start` and the tests run signed end to end. In production a missing key
 * is a startup error.
 */
export const DEVELOPMENT_SIGNING_KEY =
  "offa-DEVELOPMENT-ONLY-subgraph-signing-key-public-never-use-in-production";
