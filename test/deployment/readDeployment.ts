import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

/** The repo root. */
export const ROOT = join(__dirname, "../..");

/** One instruction of a Dockerfile, continuation lines joined. */
export interface DockerInstruction {
  keyword: string;
  /** Everything after the keyword. */
  value: string;
}

/** deploy/Dockerfile read the way docker does: comments dropped, `\` continuations joined. */
export function readDockerfile(): DockerInstruction[] {
  const lines = readFileSync(join(ROOT, "deploy/Dockerfile"), "utf8").split("\n");
  const instructions: DockerInstruction[] = [];
  let pending = "";
  for (const line of lines) {
    if (/^\s*#/.test(line)) continue;
    pending += line.endsWith("\\") ? `${line.slice(0, -1)} ` : line;
    if (line.endsWith("\\")) continue;
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(pending);
    if (match) instructions.push({ keyword: match[1].toUpperCase(), value: match[2].trim() });
    pending = "";
  }
  return instructions;
}

/** The instructions of the last stage: the image that runs. */
export function finalStage(instructions: readonly DockerInstruction[]): DockerInstruction[] {
  const lastFrom = instructions.map((instruction) => instruction.keyword).lastIndexOf("FROM");
  return instructions.slice(lastFrom);
}

/** An exec-form (JSON array) ENTRYPOINT or CMD of the final stage; a shell form would lose SIGTERM. */
export function execForm(stage: readonly DockerInstruction[], keyword: "ENTRYPOINT" | "CMD"): string[] {
  const instruction = stage.filter((candidate) => candidate.keyword === keyword).at(-1);
  if (!instruction) return [];
  const parsed: unknown = JSON.parse(instruction.value);
  if (!Array.isArray(parsed)) throw new Error(`${keyword} must be a JSON array (exec form)`);
  return parsed as string[];
}

/** The variables set by the final stage's ENV instructions (`K=V` pairs, quotes removed). */
export function imageEnvironment(stage: readonly DockerInstruction[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { value } of stage.filter((instruction) => instruction.keyword === "ENV")) {
    for (const pair of value.match(/[A-Za-z_][A-Za-z0-9_]*=("[^"]*"|\S*)/g) ?? []) {
      const [name, raw] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
      env[name] = raw.replace(/^"(.*)"$/, "$1");
    }
  }
  return env;
}

/** A Kubernetes object as the manifests write it (only the fields the test reads are typed). */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

/** A container's env entry: a value, or a reference to a Secret's or a ConfigMap's key. */
export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string };
    configMapKeyRef?: { name: string; key: string };
  };
}

/** An HTTP probe. */
export interface Probe {
  httpGet?: { path: string; port: number | string };
}

/** A container of a Deployment's pod template. */
export interface Container {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: unknown[];
  startupProbe?: Probe;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: Record<string, unknown>;
}

/** A Deployment's pod template spec. */
export interface PodSpec {
  containers: Container[];
  terminationGracePeriodSeconds?: number;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; runAsGroup?: number };
}

/** A Deployment, narrowed to what the test reads. */
export interface Deployment extends KubernetesObject {
  spec: {
    replicas?: number;
    selector: { matchLabels: Record<string, string> };
    template: { metadata: { labels: Record<string, string> }; spec: PodSpec };
  };
}

/** Every manifest file of deploy/kubernetes with its objects; kustomization.yaml apart. */
export interface Manifests {
  files: string[];
  kustomizationResources: string[];
  objects: KubernetesObject[];
}

/** Reads every YAML file of deploy/kubernetes; a file that does not parse fails the test with YAML's message. */
export function readManifests(): Manifests {
  const folder = join(ROOT, "deploy/kubernetes");
  const files = readdirSync(folder).filter((file) => /\.ya?ml$/.test(file));
  const objects: KubernetesObject[] = [];
  let kustomizationResources: string[] = [];
  for (const file of files) {
    for (const document of parseAllDocuments(readFileSync(join(folder, file), "utf8"))) {
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0].message}`);
      const object = document.toJS() as (KubernetesObject & { resources?: string[] }) | null;
      if (!object) continue;
      if (object.kind === "Kustomization") kustomizationResources = object.resources ?? [];
      else objects.push(object);
    }
  }
  return { files: files.filter((file) => file !== "kustomization.yaml"), kustomizationResources, objects };
}

/** The Deployments of the manifests. */
export function deploymentsOf(manifests: Manifests): Deployment[] {
  return manifests.objects.filter((object): object is Deployment => object.kind === "Deployment");
}

/** Whether `labels` carry every pair of `selector`. */
export function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([name, value]) => labels[name] === value);
}

/** A probe's or Service's port, by number or by the container port's name. */
export function resolvePort(container: Container, port: number | string): number | undefined {
  if (typeof port === "number") return port;
  return container.ports?.find((candidate) => candidate.name === port)?.containerPort;
}

/**
 * Whether `version` satisfies an `engines` range written as `^x.y.z` ranges joined by `||` (the form package.json
 * uses); any other form fails, so that this check is extended rather than silently passed.
 */
export function satisfiesCaretRanges(version: string, range: string): boolean {
  const [major, minor, patch] = version.split(".").map(Number);
  return range.split("||").some((part) => {
    const match = /^\s*\^(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
    if (!match) throw new Error(`engines.node part "${part}" is not a ^x.y.z range: extend this check`);
    const [wantMajor, wantMinor, wantPatch] = match.slice(1).map(Number);
    return major === wantMajor && (minor > wantMinor || (minor === wantMinor && patch >= wantPatch));
  });
}
