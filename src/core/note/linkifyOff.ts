// Stands in for the `linkify-it` package inside markdown-it in the extension bundles (esbuild alias).
// markdown-it builds a LinkifyIt instance in its constructor but uses it only when the `linkify`
// option is on; the parser never turns it on (it reads block structure only), so the URL-matching
// tables (about 15 KB minified with their unicode classes) would be dead weight.
export default class LinkifyOff {
  test(): boolean {
    return false;
  }

  pretest(): boolean {
    return false;
  }

  match(): null {
    return null;
  }

  matchAtStart(): null {
    return null;
  }
}
