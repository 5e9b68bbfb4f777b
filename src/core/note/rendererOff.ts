// Stands in for markdown-it's HTML renderer in the extension bundles (build/blockOnlyMarkdownIt.mjs).
// The note parser only parses (markdown-it's `parse`); it never renders a note to HTML.
export default class RendererOff {
  readonly rules: Record<string, never> = {};

  render(): string {
    return '';
  }

  renderInline(): string {
    return '';
  }
}
