/**
 * A server that could not listen, with the setting that chooses its address, so that the process can say what
 * to change instead of printing a stack trace (an address in use, a host that does not exist here).
 */
export class ListenError extends Error {
  constructor(
    readonly address: string,
    readonly setting: string,
    readonly reason: string,
  ) {
    super(
      reason === "EADDRINUSE"
        ? `${address} is already in use: choose another port with ${setting}, or stop the process using it.`
        : `cannot listen on ${address} (${reason}): check ${setting}.`,
    );
    this.name = "ListenError";
  }
}
