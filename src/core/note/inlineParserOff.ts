// Stands in for markdown-it's inline parser in the extension bundles (build/blockOnlyMarkdownIt.mjs).
// The note parser reads block structure only: it disables the core rule that runs inline parsing, so
// markdown-it only configures this parser's rule lists and never calls it. About 10 KB minified.
class RulerOff {
  enableOnly(): void {}

  enable(): string[] {
    return [];
  }

  disable(): string[] {
    return [];
  }

  getRules(): [] {
    return [];
  }
}

export default class InlineParserOff {
  readonly ruler = new RulerOff();
  readonly ruler2 = new RulerOff();

  tokenize(): void {}

  parse(): void {}
}
