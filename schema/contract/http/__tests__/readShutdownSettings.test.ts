import { readShutdownSettings } from "../ShutdownSettings";

describe("readShutdownSettings", () => {
  it("gives production a grace and development none, with the same drain timeout", () => {
    expect(readShutdownSettings({ NODE_ENV: "production" }, [])).toEqual({
      graceMs: 5_000,
      drainTimeoutMs: 10_000,
    });
    expect(readShutdownSettings({}, [])).toEqual({ graceMs: 0, drainTimeoutMs: 10_000 });
  });

  it("reads both settings and lists every unusable value", () => {
    expect(readShutdownSettings({ SHUTDOWN_GRACE_MS: "2500", SHUTDOWN_DRAIN_TIMEOUT_MS: "0" }, [])).toEqual({
      graceMs: 2_500,
      drainTimeoutMs: 0,
    });
    const problems: string[] = [];
    readShutdownSettings({ SHUTDOWN_GRACE_MS: "1.5", SHUTDOWN_DRAIN_TIMEOUT_MS: "999999" }, problems);
    expect(problems).toEqual([
      "SHUTDOWN_GRACE_MS=1.5 must be an integer from 0 to 120000 (milliseconds)",
      "SHUTDOWN_DRAIN_TIMEOUT_MS=999999 must be an integer from 0 to 120000 (milliseconds)",
    ]);
  });
});
