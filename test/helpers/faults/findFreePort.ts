import { createServer, type AddressInfo } from "node:net";

/**
 * A loopback port free at the time of the call. The fault tests need the port before the process starts, so a
 * killed subgraph can be restarted where the gateway already sends its requests.
 */
export async function findFreePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
