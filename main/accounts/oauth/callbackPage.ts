/**
 * The small page the browser shows after the platform redirects to Outpost's loopback listener.
 * Static text only (nothing from the request is echoed back), styled inline, no scripts.
 */
export function callbackPage(status: number, title: string, message: string) {
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>${title} · Outpost</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; display: grid; place-items: center; min-height: 90vh; margin: 0;
         background: light-dark(#f7f4ef, #1c1a18); color: light-dark(#2b2622, #efe9e2); }
  main { max-width: 28rem; padding: 2rem; text-align: center; }
  h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
  p { margin: 0; color: light-dark(#5d544c, #bfb4a8); }
</style></head>
<body><main><h1>${title}</h1><p>${message}</p></main></body></html>`;
  return {
    status,
    body,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    },
  };
}
