// Stands in for the `punycode.js` package inside markdown-it in the extension bundles (esbuild alias).
// markdown-it converts the host names of links with it; the parser reads block structure only, where a
// link's host name changes nothing (a reference definition is recognised whatever its host name).
function unchanged(hostname: string): string {
  return hostname;
}

export default { toASCII: unchanged, toUnicode: unchanged };
