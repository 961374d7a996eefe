/**
 * How long a server (gateway or subgraph) keeps an idle keep-alive connection open. It must outlast the
 * client's own idle timeout (Node's agent and undici free idle sockets after 4–5 s): otherwise the server may
 * close a socket at the moment the client reuses it, and the request fails with "socket hang up". Node's server
 * default (5 s) races with the clients' defaults; a modelling choice well above them.
 */
export const SERVER_KEEP_ALIVE_MS = 65_000;
