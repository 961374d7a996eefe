import { SCRUBBED_NATIONAL_NUMBER, SCRUBBED_TOKEN, scrubLogLine } from "../scrubLogLine";

describe("scrubLogLine", () => {
  it("removes a national number, bare or printed, wherever it is in the line", () => {
    const line = JSON.stringify({ msg: '"85073003328" is not a valid id', requestId: "85.07.30-033.28" });
    const scrubbed = scrubLogLine(line);
    expect(scrubbed).not.toMatch(/85073003328|85\.07\.30-033\.28/);
    expect(scrubbed.split(SCRUBBED_NATIONAL_NUMBER)).toHaveLength(3);
    expect(() => JSON.parse(scrubbed)).not.toThrow();
  });

  it("leaves longer and shorter digit runs alone, and digits inside a longer run of letters and digits", () => {
    const line = JSON.stringify({
      time: "2026-12-02T04:01:32.123Z",
      epoch: 1764648092123,
      id: "CC00002951",
      requestId: "c572425d-19ff-48d6-b26a-38375629301d",
    });
    expect(scrubLogLine(line)).toBe(line);
  });

  it("still finds a number right after a line break inside a message", () => {
    const scrubbed = scrubLogLine(JSON.stringify({ stack: "Error: refused\n85073003328 at x" }));
    expect(scrubbed).not.toContain("85073003328");
    expect(scrubbed).toContain(SCRUBBED_NATIONAL_NUMBER);
  });

  it("removes a JWT and whatever follows Bearer", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXYifQ.c2lnbmF0dXJl";
    const scrubbed = scrubLogLine(JSON.stringify({ a: jwt, b: "Bearer opaque-token-123" }));
    expect(scrubbed).not.toContain(jwt);
    expect(scrubbed).not.toContain("opaque-token-123");
    expect(scrubbed).toContain(`Bearer ${SCRUBBED_TOKEN}`);
  });
});
