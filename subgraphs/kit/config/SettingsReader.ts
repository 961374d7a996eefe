import { KitError } from "../errors/KitError";
import type { SubgraphErrorCode } from "../errors/subgraphErrorCodes";

/**
 * Reads settings from an environment, collecting every problem so a process reports them all at once.
 * Unset means the default; set but invalid is an error.
 */
export class SettingsReader {
  private readonly problems: string[] = [];
  private code: SubgraphErrorCode = "OFFA_CONFIG_INVALID";

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  /** A string setting, or the default when unset or empty. */
  string(name: string, fallback: string): string {
    const value = this.env[name];
    return value === undefined || value === "" ? fallback : value;
  }

  /** A string setting that may stay unset. */
  optional(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === "" ? undefined : value;
  }

  /** A host name or IP address to listen on. */
  host(name: string, fallback: string): string {
    const value = this.string(name, fallback);
    if (!/^[A-Za-z0-9.:[\]-]+$/.test(value)) {
      this.problems.push(`${name}=${value} must be a host name or an IP address`);
      return fallback;
    }
    return value;
  }

  /** A TCP port (0 lets the system pick one: tests). */
  port(name: string, fallback: number): number {
    return this.integer(name, fallback, 0, 65535);
  }

  /** An integer setting within bounds. */
  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name}=${raw} must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return value;
  }

  /** A decimal number setting within bounds. */
  number(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      this.problems.push(`${name}=${raw} must be a number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  }

  /** A PostgreSQL connection URL, or undefined when unset. */
  postgresUrl(name: string): string | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    if (!/^postgres(ql)?:\/\//.test(raw)) {
      this.problems.push(`${name} must be a postgres:// or postgresql:// URL`);
      return undefined;
    }
    return raw;
  }

  /** An http(s) URL, or the default. */
  httpUrl(name: string, fallback: string): string {
    const raw = this.string(name, fallback);
    if (!/^https?:\/\/[^\s]+$/.test(raw)) this.problems.push(`${name}=${raw} must be an http(s) URL`);
    return raw;
  }

  /**
   * Records a problem found by the caller's own validation. A problem with its own `code` (a missing signing
   * key, say) makes `done()` throw with that code; the message still lists every problem.
   */
  reject(problem: string, code?: SubgraphErrorCode): void {
    this.problems.push(problem);
    if (code) this.code = code;
  }

  /** How many problems were found so far (a caller skips checks that build on a setting already refused). */
  get problemCount(): number {
    return this.problems.length;
  }

  /**
   * Throws one OFFA_CONFIG_INVALID error (or the code a problem was rejected with) listing every problem once, if
   * any (a shared setting such as DATABASE_URL is read for every store of a process).
   */
  done(): void {
    if (this.problems.length > 0) {
      throw new KitError(this.code, `Invalid configuration:\n- ${[...new Set(this.problems)].join("\n- ")}`);
    }
  }
}
