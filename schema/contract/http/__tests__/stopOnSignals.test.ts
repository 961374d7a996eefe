import { EventEmitter } from "node:events";
import { stopOnSignals } from "../stopOnSignals";

/** A process stand-in: signals are events, exit codes are recorded. */
function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return {
    target: Object.assign(emitter, { exit: (code?: number) => void exits.push(code ?? 0) }) as never,
    emitter,
    exits,
  };
}

describe("stopOnSignals", () => {
  it("drains once on SIGTERM and exits 0 when stopping resolves", async () => {
    const { target, emitter, exits } = fakeProcess();
    let stops = 0;
    let finish!: () => void;
    stopOnSignals({
      stop: () => ((stops += 1), new Promise<void>((done) => (finish = done))),
      log: () => undefined,
      target,
    });
    emitter.emit("SIGTERM", "SIGTERM");
    expect([stops, exits]).toEqual([1, []]);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([0]);
  });

  it("exits 1 at once on a second signal during the drain", () => {
    const { target, emitter, exits } = fakeProcess();
    const lines: string[] = [];
    stopOnSignals({
      stop: () => new Promise<void>(() => undefined),
      log: (line) => lines.push(line),
      target,
    });
    emitter.emit("SIGTERM", "SIGTERM");
    emitter.emit("SIGINT", "SIGINT");
    expect(exits).toEqual([1]);
    expect(lines.at(-1)).toContain("SIGINT again during the drain");
  });

  it("exits 1 when stopping fails", async () => {
    const { target, emitter, exits } = fakeProcess();
    stopOnSignals({
      stop: () => Promise.reject(new Error("store close failed")),
      log: () => undefined,
      target,
    });
    emitter.emit("SIGINT", "SIGINT");
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([1]);
  });
});
