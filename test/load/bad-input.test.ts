import { describe, expect, it } from 'vitest';
import { messages, renderFiles } from '../helpers/pipeline.ts';

const env = `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: primary
  namespace: team-a
spec:
  topology:
    type: topology-ocm
    properties:
      placement:
        numberOfClusters: 1
`;

const profile = `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: demo
  namespace: mural-system
spec:
  workload:
    components:
      - name: ui
        type: webservice
        properties:
          image: nginx:1.27
          port: 8080
`;

const deployment = `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: demo
  namespace: team-a
spec:
  workload:
    name: demo
    namespace: team-a
  workloadProfileRef:
    name: demo
  environmentRef:
    name: primary
`;

const base = { 'env.yaml': env, 'profile.yaml': profile, 'deploy.yaml': deployment };

describe('bad input gets positioned errors, all at once', () => {
  it('accepts the valid baseline', () => {
    const r = renderFiles(base);
    expect(messages(r)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('reports an unclosed bracket at the line and column where it was opened', () => {
    const r = renderFiles({ ...base, 'env.yaml': env.replace('numberOfClusters: 1', 'numberOfClusters: [1') });
    expect(r.ok).toBe(false);
    // Where the bracket was opened, not where the parser gave up.
    expect(messages(r)[0]).toMatch(/^env\.yaml:11:27: error: YAML: the flow list opened here with \[ is never closed .* \[yaml-syntax\]/);
  });

  it('reports duplicate keys', () => {
    const r = renderFiles({ ...base, 'env.yaml': env.replace('  name: primary\n', '  name: primary\n  name: other\n') });
    expect(messages(r)[0]).toMatch(/^env\.yaml:5:3: error: YAML DUPLICATE_KEY/);
  });

  it('reports an unknown field with a did-you-mean hint', () => {
    const r = renderFiles({ ...base, 'deploy.yaml': deployment.replace('environmentRef:', 'enviromentRef:') });
    const m = messages(r);
    expect(m).toContain('deploy.yaml:12:3: error: WorkloadDeployment: unknown field "enviromentRef" in spec [schema]\n  hint: did you mean "environmentRef"?');
    expect(m).toContain('deploy.yaml:6:1: error: WorkloadDeployment: missing required field "environmentRef" in spec [schema]');
  });

  it('reports a bad DNS-1123 name and a wrong type', () => {
    const r = renderFiles({
      ...base,
      'env.yaml': env.replace('name: primary', 'name: Primary_Env').replace('numberOfClusters: 1', 'numberOfClusters: one'),
    });
    const m = messages(r);
    expect(m).toContain(
      'env.yaml:4:9: error: Environment: metadata.name must match ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$ [schema]\n  hint: use lowercase letters, digits and "-" (a DNS-1123 name)',
    );
    expect(m).toContain('env.yaml:11:27: error: Environment: spec.topology.properties.placement.numberOfClusters must be an integer [schema]');
  });

  it('reports duplicate identities with the first place', () => {
    const r = renderFiles({ ...base, 'env2.yaml': env });
    expect(messages(r)).toContain(
      'env2.yaml:4:9: error: Environment team-a/primary is defined twice (first at env.yaml:4:9) [duplicate-object]\n  hint: rename one of them or remove the copy',
    );
  });

  it('reports an unknown reference with did-you-mean, and keeps going', () => {
    const r = renderFiles({
      ...base,
      'deploy.yaml': deployment.replace('  environmentRef:\n    name: primary', '  environmentRef:\n    name: primry'),
      'profile.yaml': profile.replace('type: webservice', 'type: websrvice'),
    });
    const m = messages(r);
    expect(m).toContain(
      'deploy.yaml:13:11: error: Environment "primry" not found in namespace team-a or mural-system [unknown-reference]\n  hint: did you mean "primary"?',
    );
  });

  it('reports an unknown component type with did-you-mean', () => {
    const r = renderFiles({ ...base, 'profile.yaml': profile.replace('type: webservice', 'type: websrvice') });
    expect(messages(r)).toContain(
      'profile.yaml:10:15: error: ComponentDefinition "websrvice" does not exist [unknown-definition]\n  hint: did you mean "webservice"?',
    );
  });

  it('rejects a pin that does not exist, listing what does', () => {
    const r = renderFiles({ ...base, 'deploy.yaml': deployment.replace('name: primary', 'name: primary@v2') });
    expect(messages(r)).toEqual(['deploy.yaml:13:11: error: Environment team-a/primary has no revision "v2" [unknown-revision]\n  hint: primary has v1']);
  });

  it('accepts @v1 and a semantic pin on spec.version', () => {
    const versioned = env.replace('spec:\n', 'spec:\n  version: 1.2.0\n');
    expect(renderFiles({ ...base, 'deploy.yaml': deployment.replace('name: primary', 'name: primary@v1') }).ok).toBe(true);
    const r = renderFiles({ ...base, 'env.yaml': versioned, 'deploy.yaml': deployment.replace('name: primary', 'name: primary@v1.2.0') });
    expect(messages(r)).toEqual([]);
    const bad = renderFiles({ ...base, 'env.yaml': versioned, 'deploy.yaml': deployment.replace('name: primary', 'name: primary@v1.3') });
    expect(messages(bad)).toEqual([
      'deploy.yaml:13:11: error: Environment team-a/primary has no revision "v1.3" [unknown-revision]\n  hint: primary has v1; semantic versions 1.2.0',
    ]);
  });

  it('rejects an unknown definition version, listing the available ones', () => {
    const r = renderFiles({ ...base, 'profile.yaml': profile.replace('type: webservice', 'type: webservice@v2') });
    expect(messages(r)).toEqual([
      'profile.yaml:10:15: error: ComponentDefinition "webservice" has no version matching "v2" [unknown-definition-version]\n  hint: available versions: 1.0.0',
    ]);
  });

  it('reports every error in one run', () => {
    const r = renderFiles({
      'env.yaml': env.replace('type: topology-ocm', 'type: topology-x'),
      'profile.yaml': profile.replace('image: nginx:1.27', 'imag: nginx:1.27'),
      'deploy.yaml': deployment.replace('name: demo\n    namespace: team-a', 'name: demo\n    namespace: Team'),
    });
    const files = new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
    expect(files).toEqual(new Set(['env.yaml', 'deploy.yaml']));
    expect(r.tree).toBeUndefined();
  });

  it('reports bad component properties at the profile position', () => {
    const r = renderFiles({ ...base, 'profile.yaml': profile.replace('image: nginx:1.27', 'imag: nginx:1.27') });
    const m = messages(r).join('\n');
    expect(m).toMatch(/profile\.yaml:12:11: error: .*unknown field "imag"/);
    expect(m).toMatch(/did you mean "image"\?/);
  });

  it('warns about kinds it does not render, without failing', () => {
    const r = renderFiles({ ...base, 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' });
    expect(r.ok).toBe(true);
    expect(messages(r)).toEqual(['cm.yaml:2:7: warning: v1 ConfigMap is not read by hubcast; it is ignored [unknown-kind]']);
  });
});
