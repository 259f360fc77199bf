// Counts in messages read as English: "1 deployment", "2 deployments", never "1 deployments" or
// "deployment(s)". Every front-end message that prints a count goes through here.

/** `n` with its noun in the right number; `many` for nouns whose plural is not `one` + "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${nounFor(n, one, many)}`;
}

/** The noun alone, for messages that print the number apart from it. */
export function nounFor(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
