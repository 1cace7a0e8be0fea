import type { HeadingForm, PictureStyle, Template } from '../model/template.ts';

/** A picture under the line linking the page, the way most digests that show one do. */
const UNDER: PictureStyle = { at: 'under', linked: false, titled: false };

/**
 * The template with its entries showing their pages' pictures (as learned, else under the link
 * line) or none at all, by the editor's choice in the format: off drops what was learned for the
 * digest and each heading; on keeps a heading's own way, the others' taking the digest's.
 */
export function withPictures(template: Template, on: boolean): Template {
  const { picture, ...items } = template.items;
  const plain = <T extends HeadingForm>(form: T): T => {
    if (form.picture === undefined) return form;
    const { picture: _own, ...rest } = form;
    return rest as T;
  };
  if (!on) return { ...template, items, sections: template.sections.map((s) => ({ ...plain(s), projects: s.projects.map(plain) })) };
  return { ...template, items: { ...items, picture: picture ?? UNDER } };
}
