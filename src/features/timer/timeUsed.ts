// Records the time spent on a note as `timeUsed: m:ss` in its front matter (pure).
import { setFrontMatterValue, type TextReplacement } from '../frontMatter';
import { formatClock } from './timerModel';

export function timeUsedEdit(text: string, usedMs: number): TextReplacement {
  return setFrontMatterValue(text, 'timeUsed', formatClock(usedMs, false));
}
