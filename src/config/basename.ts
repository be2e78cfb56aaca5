/** The path the app is served under (the build setting BASE_PATH), for the router: "/" or "/repo-name". */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
