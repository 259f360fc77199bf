import { describe, expect, it } from 'vitest';
import type { K8sObject } from '../../src/core/types.ts';
import { messages, renderFiles } from '../helpers/pipeline.ts';

const env = `apiVersion: spectrocloud.com/v1beta1
kind: Environment
metadata:
  name: prod
  namespace: shop
spec:
  topology:
    type: topology-ocm
`;

const profile = (image: string, extra = '') => `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadProfile
metadata:
  name: web
  namespace: mural-system
spec:
  workload:
    components:
      - name: web
        type: webservice
        properties:
          image: ${image}
          port: 8080
${extra}`;

const systemVars = `apiVersion: spectrocloud.com/v1beta1
kind: VariableSet
metadata:
  name: mural-variables
  namespace: mural-system
spec:
  variables:
    - name: registry
      variableType: string
      value: registry.example.com
      locked: true
    - name: tag
      variableType: string
      value: "1.0.0"
    - name: replicas
      variableType: int32
      value: 2
`;

const projectVars = `apiVersion: spectrocloud.com/v1beta1
kind: VariableSet
metadata:
  name: mural-variables
  namespace: shop
spec:
  variables:
    - name: tag
      value: "1.1.0"
    - name: owner
      variableType: string
      validationMode: required
`;

const deployment = (vars: string) => `apiVersion: spectrocloud.com/v1beta1
kind: WorkloadDeployment
metadata:
  name: web
  namespace: shop
spec:
  workload:
    name: web
    namespace: shop
  workloadProfileRef:
    name: web
  environmentRef:
    name: prod
${vars}`;

function deploymentOf(r: ReturnType<typeof renderFiles>): K8sObject {
  const manifests = r.rendered![0].manifests;
  return manifests.find((m) => m.kind === 'Deployment')!;
}

const image = (d: K8sObject) => (d.spec as any).template.spec.containers[0].image as string;

describe('variables', () => {
  const files = (vars: string, img = '"{{ .var.registry }}/web:{{ var.tag }}"', extra = '') => ({
    'env.yaml': env,
    'profile.yaml': profile(img, extra),
    'system.yaml': systemVars,
    'project.yaml': projectVars,
    'deploy.yaml': deployment(vars),
  });

  it('applies precedence deployment > project > system and both macro spellings', () => {
    const r = renderFiles(files('  variables:\n    owner: team-shop\n'));
    expect(messages(r)).toEqual([]);
    expect(image(deploymentOf(r))).toBe('registry.example.com/web:1.1.0');
    const r2 = renderFiles(files('  variables:\n    owner: team-shop\n    tag: "2.0.0"\n'));
    expect(image(deploymentOf(r2))).toBe('registry.example.com/web:2.0.0');
    expect(r2.resolved![0].variables.find((v) => v.name === 'tag')!.source).toBe('deployment');
  });

  it('keeps the type of a value that is exactly one reference', () => {
    const r = renderFiles(
      files(
        '  variables:\n    owner: x\n',
        'nginx',
        `        traits:\n          - type: scaler\n            properties:\n              replicas: "{{ .var.replicas }}"\n`,
      ),
    );
    expect(messages(r)).toEqual([]);
    expect((deploymentOf(r).spec as any).replicas).toBe(2);
  });

  it('refuses to override a locked variable, naming both places', () => {
    const r = renderFiles(files('  variables:\n    owner: x\n    registry: evil.example.com\n'));
    expect(messages(r)).toEqual([
      'deploy.yaml:16:15: error: variable "registry" is locked by the system VariableSet at system.yaml:10:14 and cannot be overridden here [locked-variable]\n  hint: remove this value, or unlock the variable where it is locked',
    ]);
  });

  it('refuses undeclared deployment variables', () => {
    const r = renderFiles(files('  variables:\n    owner: x\n    colour: blue\n'));
    expect(messages(r)[0]).toMatch(
      /^deploy\.yaml:16:13: error: variable "colour" is not declared in any VariableSet or in the ProfileBundle \[undeclared-variable\]/,
    );
  });

  it('requires required variables', () => {
    const r = renderFiles(files(''));
    expect(messages(r)).toEqual([
      'deploy.yaml:6:1: error: required variable "owner" has no value [missing-variable]\n  hint: set it in spec.variables of this WorkloadDeployment',
    ]);
  });

  it('checks the declared type', () => {
    const r = renderFiles(files('  variables:\n    owner: x\n    replicas: many\n'));
    expect(messages(r)).toEqual(['deploy.yaml:16:15: error: variable "replicas" must be a 32-bit integer (variableType int32) [variable-type]']);
  });

  it('points an unknown variable reference at the profile', () => {
    const r = renderFiles(files('  variables:\n    owner: x\n', '"{{ .var.nope }}/web"'));
    expect(messages(r)[0]).toMatch(/^profile\.yaml:12:18: error: component "web" references variable "nope", which has no value \[unknown-variable\]/);
  });

  it('accepts a list form of deployment variables and carries ProfileBundle values', () => {
    const bundle = `apiVersion: spectrocloud.com/v1beta1
kind: ProfileBundle
metadata:
  name: web-bundle
  namespace: shop
spec:
  workloadProfileRef:
    name: web
  variableSet:
    variables:
      - name: tag
        value: "3.0.0"
`;
    const f = files('  variables:\n    - name: owner\n      value: x\n');
    f['deploy.yaml'] = f['deploy.yaml'].replace('  workloadProfileRef:\n    name: web\n', '  profileBundleRef:\n    name: web-bundle\n');
    const r = renderFiles({ ...f, 'bundle.yaml': bundle });
    expect(messages(r)).toEqual([]);
    expect(image(deploymentOf(r))).toBe('registry.example.com/web:3.0.0');
    expect(r.resolved![0].variables.find((v) => v.name === 'tag')!.source).toBe('bundle');
  });
});
