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
    super(listenProblem(address, setting, reason));
    this.name = "ListenError";
  }
}

/** The sentence a user reads for each reason Node gives (`error.code` of `listen`). */
function listenProblem(address: string, setting: string, reason: string): string {
  switch (reason) {
    case "EADDRINUSE":
      return `${address} is already in use: choose another port with ${setting}, or stop the process using it.`;
    case "EADDRNOTAVAIL":
      return `${address} is not an address of this machine: set ${setting} to one of its addresses, or 0.0.0.0 / :: for all of them.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot listen on ${address}: the host name does not resolve (${reason}); check ${setting}.`;
    case "EACCES":
      return `cannot listen on ${address}: ports below 1024 need privileges (EACCES); choose another port with ${setting}.`;
    default:
      return `cannot listen on ${address} (${reason}): check ${setting}.`;
  }
}
