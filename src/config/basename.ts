/** The path the app is served under (the build setting BASE_PATH), for the router: "/" or "/repo-name". */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** The address of a file the build writes beside the pages (a feed), under the base path: for plain links, outside the router. */
export function filePath(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
}
