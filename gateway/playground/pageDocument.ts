/**
 * The HTML of a page: its own script and style from `assetBase`, nothing from elsewhere. The Content-Security-Policy
 * holds the browser to that: scripts, styles, workers and requests of this origin only (styles inline too: Monaco
 * and chart.js set them), fonts and images inline or of this origin.
 */
export function pageDocument(options: {
  title: string;
  assetBase: string;
  script: string;
  body?: string;
}): string {
  const { title, assetBase, script } = options;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${assetBase}${script}.css">
</head>
<body>
${options.body ?? '<div id="root"></div>'}
<script src="${assetBase}${script}.js"></script>
</body>
</html>
`;
}

/** The Content-Security-Policy of every page and asset the gateway serves for a browser. */
export const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
