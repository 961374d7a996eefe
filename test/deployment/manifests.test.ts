import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  compiledPath,
  compileToJavaScript,
  imageEntries,
  prebuildOverviewInto,
} from "../../deploy/compileToJavaScript";
import { supergraphSubgraphs } from "../../gateway/supergraphSubgraphNames";
import { HEALTH_PATHS, readShutdownSettings } from "../../schema/contract/http";
import { createTestDatabase, type TestDatabase } from "../helpers/createTestDatabase";
import {
  type Container,
  deploymentsOf,
  type Deployment,
  type PodSpec,
  execForm,
  finalStage,
  imageEnvironment,
  readDockerfile,
  readManifests,
  resolvePort,
  ROOT,
  satisfiesCaretRanges,
  selects,
} from "./readDeployment";
import { type ProcessRecord, secretPlaceholder, startAsManifestSays } from "./startAsManifestSays";

/**
 * deploy/Dockerfile and deploy/kubernetes checked against the code, never against copies of its constants: probe
 * paths against the paths the servers answer, ports and variables against what each process really reads and
 * where it really listens, started from the image's compiled code with the manifests' environment in production.
 */
describe("the container image and the Kubernetes manifests", () => {
  const dockerfile = readDockerfile();
  const runtime = finalStage(dockerfile);
  const imageEnv = imageEnvironment(runtime);
  const entrypoint = execForm(runtime, "ENTRYPOINT");
  const manifests = readManifests();
  const deployments = deploymentsOf(manifests);
  const subgraphs = supergraphSubgraphs(join(ROOT, "schema/supergraph.graphql"));
  const entries = imageEntries(ROOT);
  const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    engines: { node: string };
  };
  const containerOf = (deployment: Deployment): Container => deployment.spec.template.spec.containers[0];
  const commandOf = (container: Container): string[] =>
    container.command
      ? [...container.command, ...(container.args ?? [])]
      : [...entrypoint, ...(container.args ?? [])];
  const mobilityRefreshContainer = (): Container => {
    const job = manifests.objects.find((object) => object.kind === "CronJob");
    if (!job) throw new Error("no CronJob in deploy/kubernetes");
    return (job.spec as { jobTemplate: { spec: { template: { spec: PodSpec } } } }).jobTemplate.spec.template
      .spec.containers[0];
  };
  const deploymentNamed = (name: string): Deployment => {
    const found = deployments.find((deployment) => deployment.metadata.name === name);
    if (!found) throw new Error(`no Deployment named ${name} in deploy/kubernetes`);
    return found;
  };

  describe("the image", () => {
    it("runs as a numeric non-root user, the one every pod asks for", () => {
      const user = runtime.filter((instruction) => instruction.keyword === "USER").at(-1)?.value ?? "0";
      const [uid] = user.split(":");
      expect(uid).toMatch(/^\d+$/);
      expect(Number(uid)).toBeGreaterThan(0);
      for (const deployment of deployments) {
        expect([deployment.metadata.name, deployment.spec.template.spec.securityContext]).toEqual([
          deployment.metadata.name,
          expect.objectContaining({ runAsNonRoot: true, runAsUser: Number(uid) }),
        ]);
      }
    });

    it("is built on a Node version that package.json's engines allows, the one CI tests the suite with", () => {
      const bases = dockerfile
        .filter((instruction) => instruction.keyword === "FROM")
        .map((instruction) => instruction.value.split(/\s+/)[0]);
      expect(new Set(bases).size).toBe(1);
      const version = /^node:(\d+\.\d+\.\d+)-/.exec(bases[0])?.[1];
      expect(version).toBeDefined();
      expect(satisfiesCaretRanges(version!, packageJson.engines.node)).toBe(true);
      const ciVersion = /^NODE24_VERSION=(\S+)$/m.exec(readFileSync(join(ROOT, ".ci/run"), "utf8"))?.[1];
      expect(ciVersion).toBe(version);
    });

    it("runs by default the compiled entry of npm run start:gateway, in exec form so node receives SIGTERM", () => {
      expect([...entrypoint, ...execForm(runtime, "CMD")]).toEqual([
        "node",
        compiledPath(entries["start:gateway"]),
      ]);
      expect(existsSync(join(ROOT, entries["start:gateway"]))).toBe(true);
      expect(existsSync(join(ROOT, entries["start:subgraph"]))).toBe(true);
    });

    it("has every file it copies from the build context let through by .dockerignore", () => {
      const allowed = readFileSync(join(ROOT, ".dockerignore"), "utf8")
        .split("\n")
        .filter((line) => line.startsWith("!"))
        .map((line) => line.slice(1));
      const copied = dockerfile
        .filter((instruction) => instruction.keyword === "COPY" && !instruction.value.startsWith("--from"))
        .flatMap((instruction) => instruction.value.split(/\s+/).slice(0, -1));
      expect(copied.length).toBeGreaterThan(0);
      for (const source of copied) {
        expect([source, allowed.includes(source.replace(/\/$/, ""))]).toEqual([source, true]);
        expect([source, existsSync(join(ROOT, source))]).toEqual([source, true]);
      }
    });
  });

  describe("the manifests", () => {
    it("are all applied by kustomization.yaml", () => {
      expect([...manifests.kustomizationResources].sort()).toEqual([...manifests.files].sort());
    });

    it("run the gateway and each subgraph of the supergraph, each with the compiled entry of its npm script", () => {
      const gateway = containerOf(deploymentNamed("gateway"));
      expect(commandOf(gateway)).toEqual(["node", compiledPath(entries["start:gateway"])]);
      for (const { name } of subgraphs) {
        expect(commandOf(containerOf(deploymentNamed(name)))).toEqual([
          "node",
          compiledPath(entries["start:subgraph"]),
          name,
        ]);
      }
      expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual(
        ["gateway", ...subgraphs.map((subgraph) => subgraph.name)].sort(),
      );
    });

    it("derive the mobility model every night with the compiled npm run mobility:refresh, one run at a time", () => {
      const jobs = manifests.objects.filter((object) => object.kind === "CronJob");
      expect(jobs.map((job) => job.metadata.name)).toEqual(["mobility-refresh"]);
      // Two runs at once would each replace the whole model.
      expect((jobs[0].spec as { concurrencyPolicy: string }).concurrencyPolicy).toBe("Forbid");
      expect(commandOf(mobilityRefreshContainer())).toEqual([
        "node",
        compiledPath(entries["mobility:refresh"]),
      ]);
    });

    it("probe the health paths the servers answer, on the port they listen on", () => {
      for (const deployment of deployments) {
        const container = containerOf(deployment);
        const [port] = container.ports ?? [];
        const probes = {
          startupProbe: container.startupProbe?.httpGet,
          livenessProbe: container.livenessProbe?.httpGet,
          readinessProbe: container.readinessProbe?.httpGet,
        };
        expect([deployment.metadata.name, probes.livenessProbe?.path, probes.readinessProbe?.path]).toEqual([
          deployment.metadata.name,
          HEALTH_PATHS.live,
          HEALTH_PATHS.ready,
        ]);
        // A startup probe must not wait on dependencies: it gives migrations time, then liveness takes over.
        expect(probes.startupProbe?.path).toBe(HEALTH_PATHS.live);
        for (const probe of Object.values(probes))
          expect(resolvePort(container, probe!.port)).toBe(port.containerPort);
      }
    });

    it("let the nightly job reach each provider subgraph as the gateway does: same URLs, same signing key", () => {
      const gatewayEnv = containerOf(deploymentNamed("gateway")).env ?? [];
      const jobEnv = mobilityRefreshContainer().env ?? [];
      for (const variable of ["CEFA_URL", "IFAPME_URL", "SFPME_URL", "OFFA_GATEWAY_SIGNING_KEY"]) {
        const ofGateway = gatewayEnv.find((entry) => entry.name === variable);
        expect([variable, jobEnv.find((entry) => entry.name === variable)]).toEqual([variable, ofGateway]);
        expect(ofGateway).toBeDefined();
      }
    });

    it("route the gateway to each subgraph through the Service in front of that subgraph's pods", () => {
      const gatewayEnv = containerOf(deploymentNamed("gateway")).env ?? [];
      for (const subgraph of subgraphs) {
        const variable = `${subgraph.name.toUpperCase()}_URL`;
        const value = gatewayEnv.find((entry) => entry.name === variable)?.value;
        expect([variable, value]).toEqual([variable, expect.any(String)]);
        const url = new URL(value!);
        expect(url.pathname).toBe(new URL(subgraph.url).pathname);
        const service = manifests.objects.find(
          (object) => object.kind === "Service" && object.metadata.name === url.hostname,
        );
        expect([variable, service?.kind]).toEqual([variable, "Service"]);
        const spec = service!.spec as {
          selector: Record<string, string>;
          ports: { port: number; targetPort: number | string }[];
        };
        const target = deploymentNamed(subgraph.name);
        expect(selects(spec.selector, target.spec.template.metadata.labels)).toBe(true);
        const servicePort = spec.ports.find((port) => port.port === Number(url.port));
        expect(resolvePort(containerOf(target), servicePort!.targetPort)).toBe(
          containerOf(target).ports![0].containerPort,
        );
      }
    });

    it("give every Deployment a PodDisruptionBudget, and the gateway two replicas or more", () => {
      const budgets = manifests.objects.filter((object) => object.kind === "PodDisruptionBudget");
      for (const deployment of deployments) {
        const covering = budgets.filter((budget) =>
          selects(
            (budget.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels,
            deployment.spec.template.metadata.labels,
          ),
        );
        expect([deployment.metadata.name, covering.length]).toEqual([deployment.metadata.name, 1]);
      }
      expect(deploymentNamed("gateway").spec.replicas).toBeGreaterThanOrEqual(2);
    });

    it("let each pod finish its drain before Kubernetes kills it", () => {
      // Modelling choice: 5 s beyond the drain for closing the store and Redis connections and the exit itself.
      const closingMs = 5_000;
      for (const deployment of deployments) {
        const env = { ...imageEnv, ...literalEnv(containerOf(deployment)) };
        const problems: string[] = [];
        const { graceMs, drainTimeoutMs } = readShutdownSettings(env, problems);
        expect(problems).toEqual([]);
        const allowedMs = (deployment.spec.template.spec.terminationGracePeriodSeconds ?? 30) * 1000;
        expect([deployment.metadata.name, allowedMs >= graceMs + drainTimeoutMs + closingMs]).toEqual([
          deployment.metadata.name,
          true,
        ]);
      }
    });

    it("set resource requests and limits, and forbid privilege escalation and writes to the root filesystem", () => {
      for (const deployment of deployments) {
        const container = containerOf(deployment);
        expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(["cpu", "memory"]);
        expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(["cpu", "memory"]);
        expect(container.securityContext).toEqual(
          expect.objectContaining({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true }),
        );
        // Secrets by key only: `envFrom` would hide from this test which variables a pod receives.
        expect(container.envFrom).toBeUndefined();
      }
    });
  });

  describe("each process started from the compiled image code with its manifest's environment", () => {
    let appDir: string;
    let database: TestDatabase;
    const records = new Map<string, ProcessRecord>();
    let jobRecord: ProcessRecord;

    beforeAll(async () => {
      appDir = mkdtempSync(join(tmpdir(), "offa-image-"));
      compileToJavaScript(ROOT, appDir);
      await prebuildOverviewInto(appDir);
      symlinkSync(join(ROOT, "node_modules"), join(appDir, "node_modules"));
      database = await createTestDatabase("offa_deploy");
      // Each subgraph migrates its own schema; the gateway starts whatever the subgraphs do.
      const started = await Promise.all(
        deployments.map(async (deployment) => {
          const container = containerOf(deployment);
          const env = {
            ...imageEnv,
            ...resolveEnv(container, manifests.objects, (variable) =>
              secretPlaceholder(variable, database.url),
            ),
          };
          const [program, ...args] = commandOf(container);
          expect(program).toBe("node");
          const paths = deployment.metadata.name === "gateway" ? GATEWAY_PAGES : [];
          return [deployment.metadata.name, await startAsManifestSays(appDir, args, env, paths)] as const;
        }),
      );
      for (const [name, record] of started) records.set(name, record);
      // The nightly job, with its manifest's environment: the cluster's gateway does not resolve here.
      const job = mobilityRefreshContainer();
      const jobEnv = {
        ...imageEnv,
        ...resolveEnv(job, manifests.objects, (variable) => secretPlaceholder(variable, database.url)),
      };
      jobRecord = await startAsManifestSays(appDir, commandOf(job).slice(1), jobEnv);
    }, 180_000);

    afterAll(async () => {
      await database?.drop();
      if (appDir) rmSync(appDir, { recursive: true, force: true });
    });

    it("starts in production with the variables the manifest gives, and exits 0 on SIGTERM", () => {
      const failures = deployments.flatMap((deployment) => {
        const record = records.get(deployment.metadata.name)!;
        if (record.ready && record.exitCode === 0) return [];
        return [
          `${deployment.metadata.name} (ready: ${record.ready}, exit code ${record.exitCode}):\n${record.output}`,
        ];
      });
      expect(failures).toEqual([]);
    });

    it("reads every variable its manifest sets, each by name", () => {
      for (const deployment of deployments) {
        const record = records.get(deployment.metadata.name)!;
        const set = (containerOf(deployment).env ?? []).map((entry) => entry.name);
        expect([deployment.metadata.name, set.filter((name) => !record.read.includes(name))]).toEqual([
          deployment.metadata.name,
          [],
        ]);
        // Copying the environment reads every name: the check above would pass whatever the manifest set.
        expect([deployment.metadata.name, record.copiedAt]).toEqual([deployment.metadata.name, null]);
      }
      // The image's variables are set for every process: each is read by at least one.
      const readByAny = new Set([...records.values()].flatMap((record) => record.read));
      expect(Object.keys(imageEnv).filter((name) => !readByAny.has(name))).toEqual([]);
    });

    it("runs the nightly mobility refresh with every variable its CronJob sets, and fails loudly without a gateway", () => {
      const set = (mobilityRefreshContainer().env ?? []).map((entry) => entry.name);
      expect(set.filter((name) => !jobRecord.read.includes(name))).toEqual([]);
      expect(jobRecord.copiedAt).toBeNull();
      // It read its settings and opened the store, then could not reach the gateway: a failed run, never a
      // model replaced by nothing.
      expect(jobRecord.exitCode).not.toBe(0);
      expect(jobRecord.output).toContain(
        "mobility:refresh failed: cannot reach the gateway at http://gateway:4000/",
      );
      // The figure model asks the providers' subgraphs themselves, at the URLs the gateway routes to.
      expect(jobRecord.output).toContain("cannot reach the cefa subgraph at http://cefa:4001/graphql");
    });

    it("serves the overview page in production from the image's prebuilt bundle, and no playground", () => {
      expect(records.get("gateway")!.statuses).toEqual({
        "/overview": 200,
        "/overview/assets/overview.js": 200,
        "/overview/assets/overview.css": 200,
        "/playground": 404,
      });
    });

    it("listens on its containerPort, on every interface of the pod", () => {
      for (const deployment of deployments) {
        const record = records.get(deployment.metadata.name)!;
        const containerPort = containerOf(deployment).ports![0].containerPort;
        expect([deployment.metadata.name, [...new Set(record.listens.map((listen) => listen.port))]]).toEqual(
          [deployment.metadata.name, [containerPort]],
        );
        // Loopback inside a pod is unreachable from its Service.
        for (const listen of record.listens)
          expect(["127.0.0.1", "::1", "localhost"]).not.toContain(listen.host);
      }
    });
  });
});

/** What the gateway built from the image must serve in production (gateway/playground/README.md). */
const GATEWAY_PAGES = [
  "/overview",
  "/overview/assets/overview.js",
  "/overview/assets/overview.css",
  "/playground",
];

/** The variables a container sets with a literal value. */
function literalEnv(container: Container): Record<string, string> {
  return Object.fromEntries(
    (container.env ?? [])
      .filter((entry) => entry.value !== undefined)
      .map((entry) => [entry.name, entry.value!]),
  );
}

/**
 * A container's environment as Kubernetes gives it: literal values, ConfigMap keys from the manifests, and Secret
 * keys (which the operator creates: deploy/README.md) as `secretValue` makes them.
 */
function resolveEnv(
  container: Container,
  objects: readonly { kind: string; metadata: { name: string }; data?: Record<string, string> }[],
  secretValue: (variable: string) => string,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of container.env ?? []) {
    const configMapRef = entry.valueFrom?.configMapKeyRef;
    if (entry.value !== undefined) env[entry.name] = entry.value;
    else if (entry.valueFrom?.secretKeyRef) env[entry.name] = secretValue(entry.name);
    else if (configMapRef) {
      const configMap = objects.find(
        (object) => object.kind === "ConfigMap" && object.metadata.name === configMapRef.name,
      );
      const value = configMap?.data?.[configMapRef.key];
      if (value === undefined)
        throw new Error(`${entry.name}: no ConfigMap key ${configMapRef.name}/${configMapRef.key}`);
      env[entry.name] = value;
    } else throw new Error(`${entry.name}: neither a value nor a Secret or ConfigMap key`);
  }
  return env;
}
