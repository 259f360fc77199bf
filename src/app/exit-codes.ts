// The exit-code contract of every command (README "Command line"), shared by the use cases and
// the front ends.

export const EXIT_OK = 0;
/** Invalid input (nothing was written), or changes found for `diff --exit-code`. */
export const EXIT_INVALID = 1;
/** hubcast failed to run: usage, an output or remote it cannot write, a bug. */
export const EXIT_FAILURE = 2;
