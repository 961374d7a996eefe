import { createServer } from "node:net";
import { ListenError } from "./ListenError";

/** An address a process is about to listen on, with the settings that choose it. */
export interface PlannedListenAddress {
  host: string;
  /** 0: any free port (only the host is checked). */
  port: number;
  hostSetting: string;
  portSetting: string;
}

/**
 * Checks, before anything slow (opening stores, seeding, building schemas), that every address a process will
 * listen on can be bound: the port is free and the host is an address of this machine (or 0.0.0.0 / ::). Each
 * address is bound for a moment and released, which answers both questions the way `listen` itself will;
 * two settings naming the same port are reported too. Returns one sentence per problem (empty: all good). The
 * real `listen` still reports a port taken in between (ListenError).
 */
export async function probeListenAddresses(addresses: readonly PlannedListenAddress[]): Promise<string[]> {
  const problems: string[] = [];
  const settingsByPort = new Map<string, string[]>();
  for (const address of addresses) {
    if (address.port === 0) continue;
    const key = `${address.host}:${address.port}`;
    settingsByPort.set(key, [...(settingsByPort.get(key) ?? []), address.portSetting]);
  }
  for (const [key, settings] of settingsByPort) {
    if (settings.length > 1)
      problems.push(
        `${settings.join(" and ")} ${settings.length === 2 ? "both" : "all"} name ${key}: give each server a port of its own.`,
      );
  }
  for (const address of addresses) {
    const reason = await tryBind(address.host, address.port);
    if (reason === undefined) continue;
    // A port problem names the port setting; a host problem the host setting.
    const setting =
      reason === "EADDRINUSE" || reason === "EACCES" ? address.portSetting : address.hostSetting;
    problems.push(new ListenError(`${address.host}:${address.port}`, setting, reason).message);
  }
  return problems;
}

/** Binds host:port and releases it; the error code when that fails. */
function tryBind(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    // exclusive: a port held by another process is refused even where cluster workers could share it.
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}
