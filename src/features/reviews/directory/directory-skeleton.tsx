import styles from './directory.module.css';

/** The shape of a page about a person, critic or list while it loads, so nothing jumps when it lands. */
export function DirectorySkeleton() {
  return <div className={styles.skeleton} aria-hidden="true" />;
}
