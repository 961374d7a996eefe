import { createLogger } from "../createLogger";

describe("createLogger", () => {
  function loggerWithLines(level: "info" | "warn" = "info") {
    const lines: string[] = [];
    const logger = createLogger({
      level,
      service: "cefa",
      destination: { write: (line) => lines.push(line) },
    });
    return { logger, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
  }

  it("writes one JSON object per line with the level as a word, an ISO time and the service", () => {
    const { logger, entries } = loggerWithLines();
    logger.info({ requestId: "r-1" }, "request");
    expect(entries()).toEqual([
      {
        level: "info",
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        service: "cefa",
        requestId: "r-1",
        msg: "request",
      },
    ]);
  });

  it("drops entries under its level", () => {
    const { logger, entries } = loggerWithLines("warn");
    logger.info("not written");
    logger.warn("written");
    expect(entries().map((entry) => entry.msg)).toEqual(["written"]);
  });

  it("redacts tokens, variables and names passed by mistake, and scrubs national numbers from messages", () => {
    const { logger, entries } = loggerWithLines();
    logger.info(
      { headers: { authorization: "Bearer x" }, variables: { id: "1" }, learner: { lastName: "Dupont" } },
      "id 85073003328 refused",
    );
    const [entry] = entries();
    expect(entry.headers).toEqual({ authorization: "[redacted]" });
    expect(entry.variables).toBe("[redacted]");
    expect(entry.learner).toEqual({ lastName: "[redacted]" });
    expect(entry.msg).toBe("id [national number removed] refused");
  });
});
