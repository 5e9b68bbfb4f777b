// What every CS Note webview needs to build its page safely: escaped text and a fresh CSP nonce.
const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** A random nonce for the Content-Security-Policy; Web Crypto exists in both extension hosts. */
export function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface WebviewPage {
  /** The webview's `cspSource`. */
  readonly cspSource: string;
  readonly nonce: string;
  /** Plain text; escaped here. */
  readonly title: string;
  readonly style: string;
  /** HTML, already escaped where it holds text. */
  readonly body: string;
  /** Allow scripts carrying the nonce. */
  readonly scripts?: boolean;
  /** Allow images from the extension and data URIs (charts draw to canvases). */
  readonly images?: boolean;
}

/**
 * The page every CS Note webview shows: a Content-Security-Policy that allows nothing but the nonce'd
 * style (and scripts or images when asked), the theme-aware viewport, the title and the body.
 */
export function webviewPage(page: WebviewPage): string {
  const policy = [
    "default-src 'none'",
    ...(page.images ? [`img-src ${page.cspSource} data:`] : []),
    `style-src ${page.cspSource} 'nonce-${page.nonce}'`,
    ...(page.scripts ? [`script-src 'nonce-${page.nonce}'`] : []),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy.join('; ')};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(page.title)}</title>
<style nonce="${page.nonce}">${page.style}</style>
</head>
<body>
${page.body}
</body>
</html>`;
}
