/**
 * A review's body (and verdict) from Markdown to the rich-text tree of the
 * published format (src/format/rich-text-schema.ts). The
 * Markdown is parsed by mdast-util-from-markdown (CommonMark, with positions)
 * and the directive extension, for spoilers: `:spoiler[a passage]` and a
 * `:::spoiler` … `:::` section. Only the subset documented in
 * docs/review-format.md is accepted: anything else is a problem at its line,
 * never dropped.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { directive } from 'micromark-extension-directive';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { safeText } from '../../src/format/fields';
import { MAX_MARKS, MAX_PARAGRAPH, MAX_QUOTES } from '../../src/format/limits';
import type { Block, Inline } from '../../src/format/rich-text-schema';
import { REVIEW_LINK } from '../../src/format/review-link';
import { count, tooDeep } from './problems';
import { markdownProblems } from './source-guard';

/** The `[label]` of `:::spoiler[label]`, which the directive parser gives as a first paragraph. */
const isDirectiveLabel = (node: RootContent): boolean =>
  node.type === 'paragraph' && node.data?.directiveLabel === true;

export interface MarkdownProblem {
  /** 1-based, in the Markdown given. */
  line: number;
  column: number;
  message: string;
}

export interface ParsedMarkdown<T> {
  content: T;
  problems: MarkdownProblem[];
  /** The review slugs its links point to, to check they exist. */
  links: { slug: string; line: number; column: number }[];
}

/** What Markdown is being read, for the messages, and whether it may mark spoilers. */
export interface Prose {
  /** What refused constructs are not part of: "a review body". */
  subject: string;
  /** Where the heading a critic might write is instead. */
  heading: string;
  image: string;
  /** The problem when there is no text. */
  empty: string;
  /** Why it may not mark spoilers, when it may not. */
  noSpoilers: string | null;
}

export const REVIEW_BODY: Prose = {
  subject: 'a review body',
  heading: 'the headline is in the front matter',
  image: 'images are not allowed in the body: give the review an `image` in the front matter',
  empty: 'the review has no body: write its paragraphs below the front matter',
  noSpoilers: null,
};

/** A verdict: one line, shown in full. */
export const VERDICT: Prose = {
  ...REVIEW_BODY,
  noSpoilers: 'no spoiler mark in the verdict: it is always shown in full',
};

/** Why each Markdown construct outside the subset is refused, and what to write instead. */
const refused = ({ subject, heading, image }: Prose): Record<string, string> => ({
  heading: `headings are not part of ${subject}: ${heading}`,
  code: `code blocks are not part of ${subject}`,
  inlineCode: `code (\`…\`) is not part of ${subject}: use *emphasis* for titles`,
  html: 'HTML is not allowed: write Markdown (*emphasis*, **strong**, [links](…), > quotes)',
  image,
  imageReference: image.split(':')[0]!,
  list: `lists are not part of ${subject}: write paragraphs (a paragraph that starts "1992." or "- " reads as a list item: write 1992\\. or \\-)`,
  thematicBreak: `horizontal rules are not part of ${subject}`,
  table: `tables are not part of ${subject}`,
  delete: `strikethrough (~~…~~) is not part of ${subject}`,
  break: 'a line break inside a paragraph is not allowed: leave a blank line to start a new paragraph',
  definition: 'link definitions are not supported: write links inline, [text](/reviews/slug)',
  linkReference: 'reference links are not supported: write links inline, [text](/reviews/slug)',
  footnoteReference: 'footnotes are not supported: say it in the paragraph',
  footnoteDefinition: 'footnotes are not supported: say it in the paragraph',
  leafDirective: 'unknown directive: the only one is spoiler, as :spoiler[…] or a :::spoiler section',
});

/**
 * CommonMark with directives, and GitHub's tables, footnotes and strikethrough,
 * which critics may know from elsewhere: parsed so that they are refused at
 * their line rather than published as stray | and ~ characters.
 */
function parse(markdown: string) {
  return fromMarkdown(markdown, {
    extensions: [directive(), gfmTable(), gfmFootnote(), gfmStrikethrough({ singleTilde: false })],
    mdastExtensions: [
      directiveFromMarkdown(),
      gfmTableFromMarkdown(),
      gfmFootnoteFromMarkdown(),
      gfmStrikethroughFromMarkdown(),
    ],
  });
}

/** Paragraphs, quotes and spoilers (where `prose` allows them): a review's body, a critic's biography. */
export function parseBody(markdown: string, prose: Prose = REVIEW_BODY): ParsedMarkdown<Block[]> {
  const tooCostly = markdownProblems(markdown);
  if (tooCostly.length) return { content: [], problems: tooCostly, links: [] };
  const parser = new Converter(markdown, prose);
  const root = parse(markdown);
  const content = parser.blocks(root.children, false, 0);
  if (!root.children.length) parser.problem(root, prose.empty);
  return { content, problems: parser.problems, links: parser.links };
}

/** A line of rich text, such as the verdict: one paragraph, no spoilers (`prose.noSpoilers`: it is shown in full). */
export function parseLine(markdown: string, prose: Prose = VERDICT): ParsedMarkdown<Inline[]> {
  const tooCostly = markdownProblems(markdown);
  if (tooCostly.length) return { content: [], problems: tooCostly, links: [] };
  const parser = new Converter(markdown, prose);
  const root = parse(markdown);
  const [first, ...rest] = root.children;
  if (!first || first.type !== 'paragraph' || rest.length) {
    parser.problem(first ?? root, 'write one paragraph: emphasis, strong and links are allowed here, nothing else');
    return { content: [], problems: parser.problems, links: parser.links };
  }
  const content = parser.inlines(first.children, 'line', 0);
  return { content, problems: parser.problems, links: parser.links };
}

/** Where inline text is: spoiler marks are only for a body outside spoiler sections, never in a line. */
type InlinePlace = 'body' | 'spoiler' | 'line';

class Converter {
  problems: MarkdownProblem[] = [];
  links: ParsedMarkdown<unknown>['links'] = [];
  private readonly lines: string[];

  constructor(
    markdown: string,
    private readonly prose: Prose,
  ) {
    this.lines = markdown.split('\n');
  }

  problem(node: Nodes, message: string): void {
    const start = node.position?.start;
    this.problems.push({ line: start?.line ?? 1, column: start?.column ?? 1, message });
  }

  /** `quotes`: how many block quotes these blocks are in. */
  blocks(nodes: readonly RootContent[], inSpoiler: boolean, quotes: number): Block[] {
    const blocks: Block[] = [];
    for (const node of nodes) {
      const place = inSpoiler ? 'spoiler' : 'body';
      if (node.type === 'paragraph') {
        const children = this.inlines(node.children, place, 0);
        const longest = longestText(children);
        if (longest > MAX_PARAGRAPH) {
          this.problem(
            node,
            `a paragraph of ${count(longest)} characters: at most ${count(MAX_PARAGRAPH)} in one: split it in two with a blank line`,
          );
        }
        blocks.push({ type: 'paragraph', children });
      } else if (node.type === 'blockquote') {
        // Past the limit, the quote is measured but not converted: one problem, however deep it goes.
        if (quotes === MAX_QUOTES) this.refuseTooDeep(node, 'quotes', quotes);
        else {
          if (!node.children.length)
            this.problem(node, 'an empty quote: write the quoted words after >, or remove the line');
          blocks.push({ type: 'quote', children: this.blocks(node.children, inSpoiler, quotes + 1) });
        }
      } else if (node.type === 'containerDirective' && node.name === 'spoiler') {
        if (inSpoiler) this.problem(node, 'a spoiler inside a spoiler: one mark is enough');
        else if (this.prose.noSpoilers) this.problem(node, this.prose.noSpoilers);
        if (node.children.some(isDirectiveLabel)) {
          this.problem(node, 'a spoiler section takes no label: write :::spoiler alone on its line');
        }
        if (!/^[\s>]*:{3,}\s*$/.test(this.lines[(node.position?.end.line ?? 1) - 1] ?? '')) {
          this.problem(
            node,
            'this spoiler section is never closed: end it with a line of ::: or the rest of the review is hidden',
          );
        }
        const children = this.blocks(
          node.children.filter((child) => !isDirectiveLabel(child)),
          true,
          quotes,
        );
        if (!children.length) this.problem(node, 'an empty spoiler section: put paragraphs between :::spoiler and :::');
        blocks.push({ type: 'spoiler', children });
      } else this.refuse(node);
    }
    return blocks;
  }

  /** `marks`: how many marks (emphasis, strong, links, spoilers) these inlines are in. */
  inlines(nodes: readonly PhrasingContent[], place: InlinePlace, marks: number): Inline[] {
    const inlines: Inline[] = [];
    const push = (inline: Inline) => {
      // Adjacent text (split by the parser at escapes or entities) joins into one string.
      const last = inlines.at(-1);
      if (typeof inline === 'string' && typeof last === 'string') inlines[inlines.length - 1] = last + inline;
      else inlines.push(inline);
    };
    for (const node of nodes) {
      if (node.type === 'text') push(node.value.replace(/\n/g, ' '));
      else if (isMark(node) && marks === MAX_MARKS) this.refuseTooDeep(node, 'marks', marks);
      else if (node.type === 'emphasis' || node.type === 'strong') {
        push({ type: node.type, children: this.inlines(node.children, place, marks + 1) });
      } else if (node.type === 'link') {
        const children = this.inlines(node.children, place, marks + 1);
        if (isBlank(children)) this.problem(node, 'a link needs words: [the words](/reviews/slug)');
        if (this.checkLink(node, node.url)) push({ type: 'link', href: node.url, children });
      } else if (node.type === 'textDirective' && node.name === 'spoiler') {
        if (place === 'spoiler') this.problem(node, 'a spoiler inside a spoiler: one mark is enough');
        else if (place === 'line' || this.prose.noSpoilers)
          this.problem(node, this.prose.noSpoilers ?? VERDICT.noSpoilers!);
        if (Object.keys(node.attributes ?? {}).length) {
          this.problem(node, 'a spoiler takes no {…} after it: write :spoiler[the passage]');
        }
        const children = this.inlines(node.children, 'spoiler', marks + 1);
        if (isBlank(children)) this.problem(node, 'an empty spoiler: write :spoiler[the passage]');
        push({ type: 'spoiler', children });
      } else if (node.type === 'textDirective' && !node.children.length && !Object.keys(node.attributes ?? {}).length) {
        // A colon before a word or number with nothing after it (10:30, 2.39:1, note:x) is just text.
        push(`:${node.name}`);
      } else this.refuse(node);
    }
    return inlines;
  }

  /** One problem for a node past the nesting limit, with how deep its nodes of that kind go (`outside`: above it). */
  private refuseTooDeep(node: Nodes, kind: 'quotes' | 'marks', outside: number): void {
    const counts = kind === 'quotes' ? (child: Nodes) => child.type === 'blockquote' : isMark;
    this.problem(node, tooDeep(kind, outside + deepest(node, counts)));
  }

  private checkLink(node: Nodes, url: string): boolean {
    const review = REVIEW_LINK.exec(url);
    if (review) {
      const start = node.position?.start;
      this.links.push({ slug: review[1]!, line: start?.line ?? 1, column: start?.column ?? 1 });
      return true;
    }
    let protocol = '';
    try {
      protocol = new URL(url).protocol;
    } catch {
      // not an absolute URL
    }
    if (protocol === 'https:') return true;
    this.problem(
      node,
      `link to ${JSON.stringify(url)}: link to another review as /reviews/<slug>, or to an https: page`,
    );
    return false;
  }

  private refuse(node: Nodes): void {
    if (node.type === 'textDirective' || node.type === 'containerDirective') {
      this.problem(
        node,
        `unknown directive ":${node.name}": the only one is spoiler. To keep the colon as text, write \\:${node.name}`,
      );
      return;
    }
    this.problem(node, refused(this.prose)[node.type] ?? `${node.type} is not part of ${this.prose.subject}`);
  }
}

/** No words in it: nothing, or only spaces (and characters the format drops). */
function isBlank(inlines: readonly Inline[]): boolean {
  return inlines.every((inline) => (typeof inline === 'string' ? !safeText(inline).trim() : isBlank(inline.children)));
}

/** The longest run of text, marks aside (the format limits each run, wherever it is). */
function longestText(inlines: readonly Inline[]): number {
  return inlines.reduce(
    (most, inline) => Math.max(most, typeof inline === 'string' ? inline.length : longestText(inline.children)),
    0,
  );
}

/** The marks MAX_MARKS counts: emphasis, strong, links and spoiler passages. */
function isMark(node: Nodes): boolean {
  return (
    node.type === 'emphasis' ||
    node.type === 'strong' ||
    node.type === 'link' ||
    (node.type === 'textDirective' && node.name === 'spoiler')
  );
}

/** How many nodes that `counts` are nested in each other at most, from `node` down, walked without recursion. */
function deepest(node: Nodes, counts: (node: Nodes) => boolean): number {
  let max = 0;
  const stack: [Nodes, number][] = [[node, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [current, above] = item;
    const depth = above + Number(counts(current));
    max = Math.max(max, depth);
    if ('children' in current) for (const child of current.children) stack.push([child, depth]);
  }
  return max;
}
