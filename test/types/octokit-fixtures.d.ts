// @octokit/fixtures ships no types; tests use only its `get` (recorded, normalized traffic).
declare module '@octokit/fixtures' {
  const fixtures: { get(scenario: string): unknown };
  export default fixtures;
}
