/**
 * A published review written back as a review file, content/reviews/<slug>.md:
 * the inverse of review-file.ts. Used to write generated archives as Markdown
 * (npm run catalog -- --markdown), so a large build runs the whole publishing
 * path. The rich text becomes an mdast tree and mdast-util-to-markdown writes
 * it, escaping whatever the text holds.
 */
import type { BlockContent, Paragraph, PhrasingContent } from 'mdast';
import { directiveToMarkdown } from 'mdast-util-directive';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { Block, Inline } from '../../src/features/reviews/format/rich-text-schema';
import type { Review } from '../../src/features/reviews/format/review-schema';
import type { FrontMatter } from './front-matter-schema';

export function writeReviewFile(review: Review): string {
  const { film, watch, mentions, verdict, image, headline, standfirst, rating, published, updated, spoilers } = review;
  const front: Partial<FrontMatter> = {
    ...{ headline, standfirst, rating, author: review.author.name, published, updated },
    ...(spoilers && { spoilers }),
    film,
    ...(watch.length && { watch }),
    ...(mentions.length && { mentions }),
    verdict: line(typeof verdict === 'string' ? [verdict] : verdict),
    // An image the build made has no file to name here; one at an address is written as given.
    ...(image?.url && {
      image: { url: image.url, width: image.width, height: image.height, alt: image.alt, credit: image.credit },
    }),
  };
  const body = review.body.map((block) => (typeof block === 'string' ? paragraph([block]) : toMdast(block)));
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${markdown({ type: 'root', children: body })}`;
}

function toMdast(block: Block): BlockContent {
  if (block.type === 'paragraph') return paragraph(block.children);
  const children = block.children.map(toMdast);
  return block.type === 'quote'
    ? { type: 'blockquote', children }
    : { type: 'containerDirective', name: 'spoiler', children };
}

function paragraph(inlines: readonly Inline[]): Paragraph {
  return { type: 'paragraph', children: inlines.map(phrasing) };
}

function phrasing(inline: Inline): PhrasingContent {
  if (typeof inline === 'string') return { type: 'text', value: inline };
  const children = inline.children.map(phrasing);
  if (inline.type === 'link') return { type: 'link', url: inline.href, children };
  if (inline.type === 'spoiler') return { type: 'textDirective', name: 'spoiler', children };
  return { type: inline.type, children };
}

function markdown(tree: Parameters<typeof toMarkdown>[0]): string {
  return toMarkdown(tree, { extensions: [directiveToMarkdown()], emphasis: '*', strong: '*' });
}

/** One line of Markdown, such as the verdict. */
function line(inlines: readonly Inline[]): string {
  return markdown(paragraph(inlines)).trimEnd();
}
