import { createProgressBar } from "../progressBar";

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; output: () => string } {
  let text = "";
  const stream = {
    isTTY,
    write(chunk: string) {
      text += chunk;
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { stream, output: () => text };
}

describe("createProgressBar", () => {
  it("prints one line per 10 % step when stderr is not a terminal", () => {
    const { stream, output } = fakeStream(false);
    const bar = createProgressBar("seeding", stream);
    for (let done = 0; done <= 1000; done += 1) bar.update(done, 1000);
    bar.finish();
    expect(output().trim().split("\n")).toHaveLength(11);
    expect(output()).toContain("seeding: 100%");
  });

  it("redraws in place on a terminal and ends with a newline", () => {
    const { stream, output } = fakeStream(true);
    const bar = createProgressBar("generating", stream);
    bar.update(1, 2);
    bar.update(2, 2);
    bar.finish();
    bar.finish();
    expect(output()).toContain("\rgenerating [");
    expect(output()).toContain("100%");
    expect(output().endsWith("\n")).toBe(true);
    expect(output().split("\n")).toHaveLength(2);
  });
});
