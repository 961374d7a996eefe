/**
 * Preloaded (`node -r`) into each process that test/deployment/manifests.test.ts starts as a manifest would: it
 * records every environment variable the process reads and every address it asks to listen on, and writes them as
 * JSON to the file named by OFFA_TEST_RECORD_FILE when the process exits.
 *
 * Two substitutions keep the run on this machine, and say nothing about the manifests: a listen goes to 127.0.0.1
 * on a port the system picks (the manifests' fixed ports may be taken on a shared test machine, and tests listen
 * on loopback only), and a host name other than localhost does not resolve (a cluster's Service names mean
 * nothing here, and no lookup may leave the machine).
 */
const process = require("node:process");
const { writeFileSync } = require("node:fs");
const dns = require("node:dns");
const net = require("node:net");

const recordFile = process.env.OFFA_TEST_RECORD_FILE;
delete process.env.OFFA_TEST_RECORD_FILE;

const read = new Set();
const listens = [];

// Reads by name (`env.X`, `"X" in env`). Copying the whole environment (`{ ...env }`, `Object.entries(env)`: an
// npm HTTP agent does, to find its proxy variables) reads every value in key order right after listing the keys:
// those reads mean no variable, and are left out. The test sets, first in the environment, a variable that no
// code reads: if it is still recorded, some copy went unnoticed, and `copiedAt` says where.
const UNREAD_VARIABLE = "OFFA_TEST_NOBODY_READS_THIS";
let copiedAt = null;
let copying = [];
const environment = process.env;
process.env = new Proxy(environment, {
  get(target, name) {
    if (typeof name === "string") {
      if (copying[0] === name) copying.shift();
      else {
        copying = [];
        read.add(name);
        if (name === UNREAD_VARIABLE && copiedAt === null)
          copiedAt = new Error().stack.split("\n").slice(2, 8).join("\n");
      }
    }
    return Reflect.get(target, name);
  },
  has(target, name) {
    if (typeof name === "string") read.add(name);
    return Reflect.has(target, name);
  },
  ownKeys(target) {
    const keys = Reflect.ownKeys(target);
    copying = keys.filter((key) => typeof key === "string");
    return keys;
  },
});

// The ports listening now, in OFFA_TEST_RECORD_FILE + ".listening": the test waits on them rather than on a log line.
const listening = new Set();
const writeListening = () => {
  if (recordFile) writeFileSync(`${recordFile}.listening`, JSON.stringify([...listening]));
};

const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listen(...args) {
  this.once("listening", () => {
    const { port } = this.address();
    listening.add(port);
    writeListening();
    this.once("close", () => {
      listening.delete(port);
      writeListening();
    });
  });
  if (args[0] !== null && typeof args[0] === "object") {
    listens.push({ port: Number(args[0].port), host: args[0].host ?? null });
    args[0] = { ...args[0], port: 0, host: "127.0.0.1" };
  } else {
    const host = typeof args[1] === "string" ? args[1] : null;
    listens.push({ port: Number(args[0]), host });
    args.splice(0, host === null ? 1 : 2, 0, "127.0.0.1");
  }
  return originalListen.apply(this, args);
};

const LOCAL_NAMES = new Set(["localhost"]);
const originalLookup = dns.lookup;
dns.lookup = function lookup(hostname, ...rest) {
  if (net.isIP(hostname) || LOCAL_NAMES.has(hostname)) return originalLookup.call(this, hostname, ...rest);
  const callback = rest[rest.length - 1];
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (test: no lookups)`), {
    code: "ENOTFOUND",
    hostname,
  });
  process.nextTick(() => callback(error));
};
const originalPromisesLookup = dns.promises.lookup;
dns.promises.lookup = function lookup(hostname, ...rest) {
  if (net.isIP(hostname) || LOCAL_NAMES.has(hostname))
    return originalPromisesLookup.call(this, hostname, ...rest);
  return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }));
};

process.on("exit", () => {
  if (recordFile)
    writeFileSync(recordFile, JSON.stringify({ read: [...read].sort(), listens, copiedAt }, null, 2));
});
