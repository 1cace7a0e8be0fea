import type { Translate } from '../core/contracts/text-keys.ts';
import type { Template } from '../core/model/template.ts';

/**
 * What the digest calls its two heading levels, in the interface's words where it has named
 * none: "Section" and "Subsection", or OpenStack's "Section" and "Project" under its preset.
 */
export function levelLabels(template: Pick<Template, 'labels' | 'preset'>, t: Translate): { section: string; project: string } {
  return {
    section: template.labels.section?.trim() || t('fieldSection'),
    project: template.labels.project?.trim() || (template.preset === 'openstack' ? t('fieldProject') : t('fieldSubsection')),
  };
}
