import type { IncomingMessage } from "node:http";

/**
 * The body's bytes, or `too-large` as soon as it exceeds the cap: the declared Content-Length is checked first,
 * and the rest of a body that grows past the cap is never read into memory.
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | "too-large"> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return "too-large";
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return "too-large";
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
