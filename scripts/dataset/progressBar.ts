/** A progress display for long command-line steps. */
export interface ProgressBar {
  /** Reports `done` out of `total`. */
  update(done: number, total: number): void;
  /** Ends the display (a final newline on a terminal). Safe to call twice. */
  finish(): void;
}

/**
 * A dependency-free progress bar on stderr: redrawn in place on a terminal (at most every 100 ms), and one
 * line per 10 % step otherwise, so CI logs stay short. stdout stays clean for the command's output.
 */
export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let lastDecile = -1;
  let finished = false;
  let drawn = false;
  return {
    update(done, total) {
      if (finished || total <= 0) return;
      const ratio = Math.min(1, Math.max(0, done / total));
      const percent = Math.floor(ratio * 100);
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 100 && ratio < 1) return;
        lastDraw = now;
        const width = 30;
        const filled = Math.round(ratio * width);
        stream.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${percent}%`);
        drawn = true;
        return;
      }
      const decile = Math.floor(percent / 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${label}: ${decile * 10}%\n`);
      }
    },
    finish() {
      if (finished) return;
      finished = true;
      if (tty && drawn) stream.write("\n");
    },
  };
}
