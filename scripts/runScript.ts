import { KitError } from "../subgraphs/kit";

/**
 * Runs a script's main and exits with its code (0 when it returns nothing). A thrown error prints one line,
 * `<name> failed: [CODE] message` (the code when the kit gave one), never a stack trace, and exits with
 * `failureCode` (2 where 1 already means "checked and found wrong", as for audit:verify).
 */
export function runScript(name: string, main: () => Promise<number | void>, failureCode = 1): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: Error) => {
      const prefix = error instanceof KitError ? `[${error.code}] ` : "";
      console.error(`${name} failed: ${prefix}${error.message}`);
      process.exit(failureCode);
    },
  );
}
