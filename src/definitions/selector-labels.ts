// The labels stock templates put on objects, pod templates and selectors, read by templates as
// `context.labels.{object,pod,selector}`. `hubcast` (the default) selects pods by
// app.kubernetes.io/name + instance; `kubevela` renders KubeVela's own labels, so a Deployment that
// KubeVela or PaletteAI created (its selector is immutable) can be taken over as it is.

export type LabelStyle = 'hubcast' | 'kubevela';
export const LABEL_STYLES: readonly LabelStyle[] = ['hubcast', 'kubevela'];

export interface TemplateLabels {
  /** metadata.labels of every object a template renders. */
  object: Record<string, string>;
  /** Pod template labels (always a superset of `selector`). */
  pod: Record<string, string>;
  /** spec.selector.matchLabels of workloads and Service selectors. */
  selector: Record<string, string>;
}

export function templateLabels(style: LabelStyle, component: string, workload: string): TemplateLabels {
  if (style === 'kubevela') {
    // KubeVela's templates: pods carry app.oam.dev/name (the application) and component; selectors
    // use the component alone. Objects get the same two, as KubeVela stamps them on everything.
    const pod = { 'app.oam.dev/name': workload, 'app.oam.dev/component': component };
    return { object: { ...pod }, pod, selector: { 'app.oam.dev/component': component } };
  }
  const own = { 'app.kubernetes.io/name': component, 'app.kubernetes.io/instance': workload };
  return { object: { ...own }, pod: { ...own }, selector: { ...own } };
}
