/// <reference lib="dom" />
/**
 * The developer playground (issue 12): GraphiQL with the docs and the explorer, bundled from npm and served by the
 * gateway, the example operations preloaded as tabs, and a role picker that signs every request with a
 * development token of the chosen role (and purpose). Development only: the gateway does not serve it in production.
 */
import { createElement as h, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "./playground.css";
import { PURPOSES, type Purpose } from "../../../schema/contract/access/purposes";
import { ROLES, type Role } from "../../../schema/contract/access/roles";
import { type ActingAs, headersActingAs } from "./actingAs";
import { EXAMPLE_OPERATIONS } from "./exampleOperations";
import { setUpMonacoWorkers } from "./monacoWorkers";

setUpMonacoWorkers("/playground/assets/");

const GRAPHQL_PATH = "/";
const DEFAULT_ACTING_AS: ActingAs = { role: "DEVELOPER" };

// The headers of the role picked, awaited by every request (a role change mints a new token first).
let actingHeaders: Promise<Record<string, string>> = headersActingAs(DEFAULT_ACTING_AS);
actingHeaders.catch(() => undefined);

interface FetcherParams {
  query: string;
  variables?: unknown;
  operationName?: string | null;
}

/**
 * GraphiQL sets the operation name from the editor a moment after a tab switch; a run in that moment sent the
 * previous tab's name with this tab's document (OPERATION_RESOLUTION_FAILURE, seen in test/browser). A name the
 * document does not define is replaced by the document's only operation name, or dropped for the server to pick.
 */
function withOwnOperationName(params: FetcherParams): FetcherParams {
  const names = [
    ...params.query.matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g),
  ].map((match) => match[1]);
  if (!params.operationName || names.includes(params.operationName)) return params;
  return { ...params, operationName: names.length === 1 ? names[0] : null };
}

/** GraphiQL's fetcher: the role's headers first, then whatever the headers editor says (it wins). */
async function fetcher(
  params: FetcherParams,
  options?: { headers?: Record<string, unknown> },
): Promise<unknown> {
  let roleHeaders: Record<string, string>;
  try {
    roleHeaders = await actingHeaders;
  } catch (error) {
    // Shown as the result: the request would only be refused without a token.
    return { errors: [{ message: (error as Error).message }] };
  }
  const editorHeaders = Object.fromEntries(
    Object.entries(options?.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]),
  );
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...roleHeaders,
      ...editorHeaders,
    },
    body: JSON.stringify(withOwnOperationName(params)),
  });
  return response.json();
}

function RolePicker(props: { actingAs: ActingAs; onChange(actingAs: ActingAs): void; status: string }) {
  const { actingAs, onChange, status } = props;
  const isMobilityOfficer = actingAs.role === "MOBILITY_OFFICER";
  return h(
    "div",
    { className: "offa-bar" },
    h("strong", null, "OFFA playground"),
    h(
      "label",
      null,
      "Act as ",
      h(
        "select",
        {
          id: "offa-role",
          value: actingAs.role,
          onChange: (event: { target: { value: string } }) => {
            const role = event.target.value as Role;
            onChange(
              role === "MOBILITY_OFFICER"
                ? { role, purpose: actingAs.purpose ?? "MOBILITY_FOLLOW_UP" }
                : { role },
            );
          },
        },
        Object.keys(ROLES).map((role) => h("option", { key: role, value: role }, role)),
      ),
    ),
    h(
      "label",
      null,
      "purpose ",
      h(
        "select",
        {
          id: "offa-purpose",
          disabled: !isMobilityOfficer,
          value: isMobilityOfficer ? (actingAs.purpose ?? "MOBILITY_FOLLOW_UP") : "",
          onChange: (event: { target: { value: string } }) =>
            onChange({ role: actingAs.role, purpose: event.target.value as Purpose }),
        },
        isMobilityOfficer ? null : h("option", { value: "" }, "(mobility officers only)"),
        Object.keys(PURPOSES).map((purpose) => h("option", { key: purpose, value: purpose }, purpose)),
      ),
    ),
    h("span", { id: "offa-acting-as", className: "offa-status" }, status),
    h(
      "span",
      { className: "offa-links" },
      h("a", { href: "/overview" }, "Overview charts"),
      " · ",
      h(
        "button",
        {
          type: "button",
          id: "offa-reset-examples",
          title: "Forget edited tabs and load the example operations again",
          onClick: () => {
            for (const key of Object.keys(localStorage))
              if (key.startsWith("graphiql")) localStorage.removeItem(key);
            location.reload();
          },
        },
        "Reset examples",
      ),
    ),
  );
}

function describe(actingAs: ActingAs): string {
  return actingAs.purpose ? `${actingAs.role} (${actingAs.purpose})` : actingAs.role;
}

function Playground() {
  const [actingAs, setActingAs] = useState<ActingAs>(DEFAULT_ACTING_AS);
  const [status, setStatus] = useState("getting a development token…");
  useEffect(() => {
    let current = true;
    setStatus(`getting a development token for ${describe(actingAs)}…`);
    actingHeaders = headersActingAs(actingAs);
    actingHeaders.then(
      () => current && setStatus(`requests run as ${describe(actingAs)}`),
      (error: Error) => current && setStatus(error.message),
    );
    return () => {
      current = false;
    };
  }, [actingAs.role, actingAs.purpose]);
  return h(
    "div",
    { className: "offa-playground" },
    h(RolePicker, { actingAs, onChange: setActingAs, status }),
    h(
      "div",
      { className: "offa-graphiql" },
      h(GraphiQL, {
        fetcher: fetcher as never,
        plugins: [explorerPlugin()],
        defaultTabs: EXAMPLE_OPERATIONS.map(({ query }) => ({ query })),
        defaultEditorToolsVisibility: false,
        // A tab holding one of the examples runs as that example's role: every example runs as is.
        onTabChange: (tabs: { activeTabIndex: number; tabs: { operationName?: string | null }[] }) => {
          const example = EXAMPLE_OPERATIONS.find(
            ({ name }) => name === tabs.tabs[tabs.activeTabIndex]?.operationName,
          );
          if (example)
            setActingAs({ role: example.role, ...(example.purpose ? { purpose: example.purpose } : {}) });
        },
      }),
    ),
  );
}

createRoot(document.getElementById("root")!).render(h(Playground));
