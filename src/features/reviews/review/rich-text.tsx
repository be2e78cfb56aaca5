import { Link } from 'react-router-dom';
import { countOf } from '@/lib/plural';
import type { Block, Inline } from '@/format/rich-text-schema';
import { plainText } from '@/format/rich-text';
import { REVIEW_LINK } from '@/format/review-link';
import { Spoiler } from './spoilers';
import styles from './review-article.module.css';

/** How much of a hidden section's shape is drawn: three lines or so; the panel says how many paragraphs. */
const MASK_LENGTH = 240;

/**
 * A review's rich text as React elements: React escapes every string, and
 * only the element types below exist, so no markup in the data ever runs.
 * Links to other reviews route inside the app; others are https: pages.
 */
export function RichBlocks({ blocks }: { blocks: readonly (string | Block)[] }) {
  return blocks.map((block, index) => <RichBlock key={index} block={block} />);
}

function RichBlock({ block }: { block: string | Block }) {
  if (typeof block === 'string') return <p>{block}</p>;
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <RichInlines nodes={block.children} />
        </p>
      );
    case 'quote':
      return (
        <blockquote className={styles.quote}>
          <RichBlocks blocks={block.children} />
        </blockquote>
      );
    case 'spoiler':
      return (
        <Spoiler
          block
          show={`Show spoiler (${block.children.length === 1 ? 'a paragraph' : countOf(block.children.length, 'paragraph')})`}
          mask={plainText(block.children).slice(0, MASK_LENGTH)}
        >
          <RichBlocks blocks={block.children} />
        </Spoiler>
      );
  }
}

export function RichInlines({ nodes }: { nodes: readonly Inline[] }) {
  return nodes.map((node, index) => <RichInline key={index} node={node} />);
}

function RichInline({ node }: { node: Inline }) {
  if (typeof node === 'string') return node;
  const children = <RichInlines nodes={node.children} />;
  switch (node.type) {
    case 'emphasis':
      return <em>{children}</em>;
    case 'strong':
      return <strong>{children}</strong>;
    case 'spoiler':
      return <Spoiler mask={plainText(node.children, '')}>{children}</Spoiler>;
    case 'link':
      return REVIEW_LINK.test(node.href) ? (
        <Link to={node.href}>{children}</Link>
      ) : (
        <a href={node.href} rel="noopener noreferrer external">
          {children}
        </a>
      );
  }
}
