/**
 * Limits on a review file's source that keep the checker quick on any file.
 * The Markdown parser (micromark) slows down with the square of some counts
 * inside one paragraph (*, _ and ~; brackets), with nested lists and nested
 * sections, and YAML with the number of fields: these limits are checked on
 * the lines, before parsing, so a file gets its answer in a fraction of a
 * second whatever it holds. A real review never comes near them (the longest
 * sample review is 5 kB and 60 lines). They are the checker's own; the limits
 * the app enforces too are in src/format/limits.ts.
 */
import { count, formatSize, tooDeep, type Problem } from './problems';

/** A problem at its line and column in the text checked. */
type Found = Omit<Problem, 'file'>;

export const SOURCE_LIMITS = {
  /** A review file, front matter and body: about 5,000 words, six times the longest sample. */
  fileBytes: 32 * 1024,
  fileLines: 1_000,
  /** *, _ and ~ in one paragraph (a run of lines with no blank line), escaped ones aside. */
  paragraphMarks: 200,
  /** [ and ] in one paragraph, escaped ones aside: 50 links. */
  paragraphBrackets: 100,
  /** > at the start of one line: a quote deeper than MAX_QUOTES is refused anyway. */
  lineQuotes: 32,
  /** Lines that start like a list item: lists are refused anyway. */
  listLines: 20,
  /** ::: sections open at once: a spoiler inside a spoiler is refused anyway. */
  openSections: 4,
} as const;

/** The problem with a whole file's size, at line 1 or the first line over, or null. */
export function fileProblem(text: string): Found | null {
  const bytes = Buffer.byteLength(text);
  if (bytes > SOURCE_LIMITS.fileBytes) {
    return {
      line: 1,
      column: 1,
      message: `the file is ${formatSize(bytes)}: a review file can be at most ${formatSize(SOURCE_LIMITS.fileBytes)} (about 5,000 words)`,
    };
  }
  // A last line ends with a newline or with the file.
  const lines = text.split('\n').length - Number(text.endsWith('\n'));
  if (lines <= SOURCE_LIMITS.fileLines) return null;
  return {
    line: SOURCE_LIMITS.fileLines + 1,
    column: 1,
    message: `the file has ${count(lines)} lines: a review file can have at most ${count(SOURCE_LIMITS.fileLines)}`,
  };
}

const LIST_ITEM = /^[ \t>]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const SECTION_OPEN = /^[ \t>]*:{3,}[ \t]*[^\s:]/;
const SECTION_CLOSE = /^[ \t>]*:{3,}[ \t]*$/;

/**
 * What in this Markdown (a body or a verdict) is over SOURCE_LIMITS, at its
 * line (1-based, in the Markdown given): when anything is, it is not parsed.
 * One problem per paragraph for each count over, one for lists, one for sections.
 */
export function markdownProblems(markdown: string): Found[] {
  const problems: Found[] = [];
  const lines = markdown.split('\n');
  let paragraph = { start: 0, marks: 0, brackets: 0, quotes: 0 };
  const endParagraph = () => {
    const { start, marks, brackets, quotes } = paragraph;
    const at = (message: string) => problems.push({ line: start + 1, column: 1, message });
    if (marks > SOURCE_LIMITS.paragraphMarks) {
      at(
        `a paragraph with ${count(marks)} *, _ and ~: at most ${SOURCE_LIMITS.paragraphMarks} in one paragraph. Split it, or write \\* for a * that is not emphasis`,
      );
    }
    if (brackets > SOURCE_LIMITS.paragraphBrackets) {
      at(
        `a paragraph with ${count(brackets)} [ and ]: at most ${SOURCE_LIMITS.paragraphBrackets} in one paragraph (${SOURCE_LIMITS.paragraphBrackets / 2} links). Split it, or write \\[ for a [ that is not a link`,
      );
    }
    if (quotes > SOURCE_LIMITS.lineQuotes) {
      at(tooDeep('quotes', quotes));
    }
  };
  let listLines = 0;
  let firstList = 0;
  let sections = 0;
  let sectionsReported = false;
  lines.forEach((line, index) => {
    if (!line.trim()) {
      endParagraph();
      paragraph = { start: index + 1, marks: 0, brackets: 0, quotes: 0 };
      return;
    }
    for (let at = 0; at < line.length; at++) {
      const char = line[at];
      if (char === '\\') at++;
      else if (char === '*' || char === '_' || char === '~') paragraph.marks++;
      else if (char === '[' || char === ']') paragraph.brackets++;
    }
    const quotes = /^[ \t>]*/.exec(line)![0].split('>').length - 1;
    paragraph.quotes = Math.max(paragraph.quotes, quotes);
    if (LIST_ITEM.test(line) && listLines++ === 0) firstList = index;
    if (SECTION_CLOSE.test(line)) sections = Math.max(0, sections - 1);
    else if (SECTION_OPEN.test(line) && ++sections > SOURCE_LIMITS.openSections && !sectionsReported) {
      sectionsReported = true;
      problems.push({
        line: index + 1,
        column: 1,
        message: `${SOURCE_LIMITS.openSections + 1} ::: sections open at once: close each spoiler section with a line of ::: (a spoiler inside a spoiler is refused)`,
      });
    }
  });
  endParagraph();
  if (listLines > SOURCE_LIMITS.listLines) {
    problems.push({
      line: firstList + 1,
      column: 1,
      message: `${count(listLines)} lines start like a list item (-, *, + or a number and a full stop): lists are not part of a review body: write paragraphs`,
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}
