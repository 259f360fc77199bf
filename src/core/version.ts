// Kept in step with package.json by a test; recorded in every lock file and PR comment footer.
export const HUBCAST_VERSION = '0.1.0';
