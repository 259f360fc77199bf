// YAML syntax and encodings: one problem once, where it starts; anchors and merge keys read, alias
// bombs, unknown tags and bytes that are not UTF-8 refused.

import { base, edit, env, profile, type Files } from '../base.ts';
import { error, type CorpusCase } from '../corpus-case.ts';

const p = (from: string | RegExp, to: string): Files => edit(base, 'profile.yaml', from, to);
const e = (from: string | RegExp, to: string): Files => edit(base, 'env.yaml', from, to);

const bomb = `a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
`;

export const yamlCases: CorpusCase[] = [
  {
    name: 'unclosed flow map names the line it was opened on',
    files: e('numberOfClusters: 1', 'numberOfClusters: {a: 1'),
    errors: [error('env.yaml:11:27', 'yaml-syntax', /flow map opened here/)],
    errorCount: 1,
  },
  {
    name: 'unclosed flow list names the line it was opened on',
    files: e('numberOfClusters: 1', 'numberOfClusters: [1, 2'),
    errors: [error('env.yaml:11:27', 'yaml-syntax', /flow list opened here/)],
    errorCount: 1,
  },
  {
    name: 'unclosed double quote in the middle of a file',
    files: p('image: nginx:1.27', 'image: "nginx:1.27'),
    errors: [error('profile.yaml:12:18', 'yaml-syntax', /quoted string opened here/)],
    errorCount: 1,
  },
  {
    name: 'unclosed single quote in the middle of a file',
    files: p('image: nginx:1.27', "image: 'nginx:1.27"),
    errors: [error('profile.yaml:12:18', 'yaml-syntax', /quoted string opened here/)],
    errorCount: 1,
  },
  {
    name: 'an escaped quote does not close a double-quoted string',
    files: p('image: nginx:1.27', 'image: "nginx:1.27\\"'),
    errors: [error('profile.yaml:12:18', 'yaml-syntax', /never closed/)],
    errorCount: 1,
  },
  {
    name: 'nested unclosed brackets are one problem',
    files: e('numberOfClusters: 1', 'numberOfClusters: {a: [1, {b: 2'),
    errors: [error('env.yaml:11:27', 'yaml-syntax')],
    errorCount: 1,
  },
  { name: 'a bad flow mapping is reported once', files: e('numberOfClusters: 1', 'numberOfClusters: { a: 1\n          b: 2 }'), errorCount: 1 },
  {
    name: 'entries of a flow map without a comma',
    files: e('numberOfClusters: 1', 'numberOfClusters: {a: 1 b: 2}'),
    errors: [error('env.yaml:11:31', 'yaml-syntax')],
    errorCount: 1,
  },
  {
    name: 'a stray closing bracket',
    files: e('numberOfClusters: 1', 'numberOfClusters: {a: 1}}'),
    errors: [error('env.yaml:11:33', 'yaml-syntax')],
    errorCount: 1,
  },
  { name: 'tab indentation', files: p('          port: 8080', '\t\t  port: 8080'), errors: [error('profile.yaml:13:1', 'yaml-syntax', /TAB/)], errorCount: 1 },
  {
    name: 'duplicate key in a block map',
    files: e('  name: primary\n', '  name: primary\n  name: other\n'),
    errors: [error('env.yaml:5:3', 'yaml-syntax', /DUPLICATE_KEY/)],
    errorCount: 1,
  },
  {
    name: 'duplicate key in a flow map',
    files: e('numberOfClusters: 1', 'numberOfClusters: 1\n        x: {a: 1, a: 2}'),
    errors: [error('env.yaml:12:19', 'yaml-syntax', /DUPLICATE_KEY/)],
  },
  {
    name: 'two duplicate keys are two problems',
    files: e('  name: primary\n  namespace: team-a\n', '  name: primary\n  name: x\n  namespace: team-a\n  namespace: y\n'),
    errors: [error('env.yaml:5:3', 'yaml-syntax'), error('env.yaml:7:3', 'yaml-syntax')],
    errorCount: 2,
  },
  {
    name: 'a key indented deeper than its siblings',
    files: p('          port: 8080', '             port: 8080'),
    errors: [error('profile.yaml:12:18', 'yaml-syntax')],
    errorCount: 1,
  },
  {
    name: 'a value with ": " that needs quotes',
    files: p('image: nginx:1.27', 'image: nginx: 1.27'),
    errors: [error('profile.yaml:12:18', 'yaml-syntax')],
    errorCount: 1,
  },
  {
    name: 'unknown local tag (!vault) is refused, not read as a string',
    files: p('image: nginx:1.27', 'image: !vault secret/nginx'),
    errors: [error('profile.yaml:12:18', 'yaml-unknown-tag', /!vault/)],
    errorCount: 1,
  },
  {
    name: 'the YAML 1.1 !!binary tag is refused',
    files: p('image: nginx:1.27', 'image: !!binary bmdpbng='),
    errors: [error('profile.yaml:12:18', 'yaml-unknown-tag', /!!binary/)],
    errorCount: 1,
  },
  {
    name: 'a tag on a map is refused',
    files: p('        properties:\n', '        properties: !env\n'),
    errors: [error('profile.yaml:11:21', 'yaml-unknown-tag')],
    errorCount: 1,
  },
  {
    name: 'a !!set is refused',
    files: e('numberOfClusters: 1', 'numberOfClusters: 1\n        clusterSets: !!set {global}'),
    errors: [error('env.yaml:12:22', 'yaml-unknown-tag')],
    errorCount: 1,
  },
  { name: 'core schema tags are accepted', exit: 0, files: p('image: nginx:1.27', 'image: !!str nginx:1.27') },
  {
    name: 'anchors and aliases are accepted',
    exit: 0,
    files: p(
      '        properties:\n          image: nginx:1.27\n          port: 8080\n',
      '        properties: &ui\n          image: nginx:1.27\n          port: 8080\n      - name: ui2\n        type: webservice\n        properties: *ui\n',
    ),
  },
  {
    name: 'merge keys are accepted',
    exit: 0,
    files: {
      ...base,
      'profile.yaml': profile
        .replace(
          '        properties:\n          image: nginx:1.27\n          port: 8080\n',
          '        properties:\n          <<: {image: "nginx:1.27", port: 8080}\n',
        )
        .replace('spec:\n', 'x-defaults: &d {image: "nginx:1.27"}\nspec:\n'),
    },
  },
  { name: 'an alias bomb is refused', files: { ...base, 'bomb.yaml': bomb }, errors: [error('bomb.yaml:2:8', 'yaml-alias-limit')], errorCount: 1 },
  {
    name: 'an alias bomb inside a spec is refused',
    files: p(
      '          port: 8080',
      `          port: 8080\n          env:\n${bomb
        .split('\n')
        .filter(Boolean)
        .map((l) => `            ${l}`)
        .join('\n')}`,
    ),
    errors: [error('profile.yaml:16:20', 'yaml-alias-limit')],
    errorCount: 1,
  },
  {
    name: 'an alias to an undefined anchor',
    files: p('image: nginx:1.27', 'image: *nginx'),
    errors: [error('profile.yaml:12:18', 'yaml-syntax', /alias/)],
    errorCount: 1,
  },
  {
    name: 'a byte that is not UTF-8 is named at its line',
    files: {
      ...base,
      'profile.yaml': Buffer.concat([
        Buffer.from(profile.replace('image: nginx:1.27', 'image: nginx')),
        Buffer.from('          description: caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
    },
    errors: [error('profile.yaml:14:27', 'encoding')],
  },
  {
    name: 'a UTF-16 file is not UTF-8',
    files: { ...base, 'env.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(env, 'utf16le')]) },
    errors: [error('env.yaml:1:1', 'encoding')],
  },
  {
    name: 'an overlong UTF-8 sequence is refused',
    files: { ...base, 'x.yaml': Buffer.concat([Buffer.from('# a comment\n# '), Buffer.from([0xc0, 0xaf]), Buffer.from('\n')]) },
    errors: [error('x.yaml:2:3', 'encoding')],
  },
  {
    name: 'a truncated UTF-8 sequence at the end of the file',
    files: { ...base, 'x.yaml': Buffer.concat([Buffer.from('# end '), Buffer.from([0xe2, 0x82])]) },
    errors: [error('x.yaml:1:7', 'encoding')],
  },
  { name: 'a UTF-8 byte order mark is accepted', exit: 0, files: { ...base, 'env.yaml': `\ufeff${env}` } },
  { name: 'CRLF line ends are accepted', exit: 0, files: { ...base, 'env.yaml': env.replace(/\n/g, '\r\n') } },
  { name: 'a list at the root of a document', files: { ...base, 'list.yaml': '- a\n- b\n' }, errors: [error('list.yaml:1:1', 'not-an-object')], errorCount: 1 },
  {
    name: 'a scalar at the root of a document',
    files: { ...base, 'scalar.yaml': 'just text\n' },
    errors: [error('scalar.yaml:1:1', 'not-an-object')],
    errorCount: 1,
  },
  {
    name: 'a syntax error in the second document names that document',
    files: { ...base, 'env.yaml': `${env}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n` },
    errors: [error('env.yaml:15:11', 'yaml-syntax')],
    errorCount: 1,
  },
  {
    name: 'apiVersion without kind',
    files: { ...base, 'half.yaml': 'apiVersion: spectrocloud.com/v1beta1\nmetadata:\n  name: x\n' },
    errors: [error('half.yaml:1:13', 'schema')],
    errorCount: 1,
  },
  {
    name: 'kind that is not a string',
    files: { ...base, 'half.yaml': 'apiVersion: spectrocloud.com/v1beta1\nkind: [Environment]\n' },
    errors: [error('half.yaml:1:13', 'schema')],
    errorCount: 1,
  },
  {
    name: 'nesting deeper than the parser goes is an error, not a crash',
    files: { ...base, 'deep.yaml': `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n` },
    errorCount: 1,
  },
  {
    name: 'deeply nested properties end in an error or a render, not a crash',
    exit: 1,
    files: p('          port: 8080', `          port: 8080\n          env: ${'['.repeat(3000)}${']'.repeat(3000)}`),
    errors: [error('profile.yaml:14:110', 'yaml-too-deep')],
    errorCount: 1,
  },
  { name: 'a document that is only a comment is no object', exit: 0, files: { ...base, 'notes.yaml': '# nothing here\n' } },
  { name: 'an empty file is no object', exit: 0, files: { ...base, 'empty.yaml': '' } },
  {
    name: 'a deeply nested map is refused at its depth limit',
    files: { ...base, 'deep.yaml': `apiVersion: v1\nkind: ConfigMap\ndata: ${'{a: '.repeat(150)}1${'}'.repeat(150)}\n` },
    errors: [error('deep.yaml:3:403', 'yaml-too-deep')],
    errorCount: 1,
  },
];
