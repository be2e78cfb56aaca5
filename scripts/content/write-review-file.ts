/**
 * A published review written back as a review file, content/reviews/<slug>.md:
 * the inverse of review-file.ts; and a critic as their file, content/critics/<slug>.md.
 * Used to write generated archives as Markdown (npm run catalog -- --markdown),
 * so a large build runs the whole publishing path. The rich text becomes an
 * mdast tree and mdast-util-to-markdown writes it, escaping whatever the text holds.
 */
import type { BlockContent, Paragraph, PhrasingContent } from 'mdast';
import { directiveToMarkdown } from 'mdast-util-directive';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { Block, Inline } from '../../src/format/rich-text-schema';
import type { Review } from '../../src/format/review-schema';
import type { CriticSource } from '../lib/publish-directory';
import { personSlug } from '../lib/person-slug';
import { fold } from '../lib/slugify';
import type { CriticFrontMatter, FrontMatter } from './front-matter-schema';

export function writeReviewFile(review: Review): string {
  const { film, watch, mentions, verdict, image, headline, standfirst, rating, published, updated, spoilers } = review;
  const author = review.author.slug ?? fold(review.author.name);
  const { people, ...facts } = film;
  // Which person a name means is written as person: only where the name alone would mean another page.
  const person = (name: string) => {
    const slug = people?.[name];
    return slug && slug !== personSlug(name) ? { person: slug } : {};
  };
  const front: Partial<FrontMatter> = {
    ...{ headline, standfirst, rating, author, published, updated },
    ...(spoilers && { spoilers }),
    film: {
      ...facts,
      directors: facts.directors.map((name) => (person(name).person ? { name, ...person(name) } : name)),
      cast: facts.cast.map((member) => ({ ...member, ...person(member.name) })),
    },
    ...(watch.length && { watch }),
    ...(mentions.length && { mentions }),
    verdict: line(typeof verdict === 'string' ? [verdict] : verdict),
    // An image the build made has no file to name here; one at an address is written as given.
    ...(image?.url && {
      image: { url: image.url, width: image.width, height: image.height, alt: image.alt, credit: image.credit },
    }),
  };
  return file(front, review.body);
}

/** A critic as their file: name, line about them and links, then their biography. */
export function writeCriticFile({ name, standfirst, links, bio }: CriticSource): string {
  const front: CriticFrontMatter = { name, standfirst, links };
  return file(front, bio);
}

/** Front matter as YAML between --- lines, then the rich text as Markdown. */
function file(front: object, blocks: readonly (string | Block)[]): string {
  const body = blocks.map((block) => (typeof block === 'string' ? paragraph([block]) : toMdast(block)));
  return `---\n${stringify(front, { lineWidth: 0, singleQuote: true })}---\n\n${markdown({ type: 'root', children: body })}`;
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
