/**
 * The bare node:http floor: `node tests/bench/floor-server.ts <port> <body file> <workers>` answers
 * every request with the body's bytes, with as many processes as the portal runs. Nothing a page
 * can do on this machine is faster.
 */
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, bodyFile, workers = "1"] = process.argv.slice(2);
const count = Number(workers);

if (count > 1 && cluster.isPrimary) {
  for (let i = 0; i < count; i++) cluster.fork();
} else {
  const body = readFileSync(bodyFile);
  createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
    response.end(body);
  }).listen(Number(port), "127.0.0.1", () => process.send?.("listening") ?? console.log("listening"));
}
