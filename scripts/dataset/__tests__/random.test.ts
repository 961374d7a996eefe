import { Random, WeightedTable } from "../random";

describe("Random", () => {
  it("gives the same sequence for the same seed", () => {
    const a = new Random(42);
    const b = new Random(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it("gives another sequence for another seed", () => {
    expect(new Random(42).next()).not.toBe(new Random(43).next());
  });

  it("keeps int within its bounds, both included", () => {
    const random = new Random("bounds");
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) seen.add(random.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it("forks streams that do not consume the parent", () => {
    const parent = new Random(1);
    const fork = parent.fork("people");
    const untouched = new Random(1);
    fork.next();
    expect(parent.next()).toBe(untouched.next());
    expect(new Random(1).fork("people").next()).not.toBe(new Random(1).fork("companies").next());
  });

  it("picks dates inside the interval", () => {
    const random = new Random(5);
    for (let i = 0; i < 200; i += 1) {
      const date = random.dateBetween("2020-02-27", "2020-03-02");
      expect(date >= "2020-02-27" && date <= "2020-03-02").toBe(true);
    }
  });

  it("shuffles without losing or adding elements", () => {
    expect(new Random(9).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("WeightedTable", () => {
  it("never picks a zero weight and follows the weights", () => {
    const table = new WeightedTable(["a", "b", "c"], (item) => ({ a: 1, b: 0, c: 3 })[item] ?? 0);
    const random = new Random(3);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 4000; i += 1) counts[table.pick(random)] += 1;
    expect(counts.b).toBe(0);
    expect(counts.c / counts.a).toBeGreaterThan(2.5);
    expect(counts.c / counts.a).toBeLessThan(3.5);
  });

  it("refuses a table with no positive weight", () => {
    expect(() => new WeightedTable(["a"], () => 0)).toThrow(RangeError);
  });
});
