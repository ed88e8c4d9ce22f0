// A ward's website on another origin, with only the one-line embed and its own strict CSP: where
// the /embed.js bubble is tested as other sites use it.
import { createServer, type Server } from "node:http";
import { freePort } from "../../../../scripts/stack/start-app.ts";

export async function wardSite(appUrl: () => string): Promise<{ server: Server; url: string }> {
  const port = await freePort();
  const server = createServer((req, res) => {
    if (req.url !== "/") return void res.writeHead(404).end();
    const host = appUrl();
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": `default-src 'none'; script-src ${host}; style-src ${host}; connect-src ${host}`,
    });
    res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Phường Phú Hội</title></head><body><h1>UBND phường Phú Hội</h1><script src="${host}/embed.js" defer></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${port}` };
}
