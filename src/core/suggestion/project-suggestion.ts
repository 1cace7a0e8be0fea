import { groupKeyOf, UNFILED_KEY, type GroupKey, type Item } from '../model/item.ts';
import { knownProjectByKey, OPENSTACK_PROJECTS } from './openstack-projects.ts';
import { EVIDENCE_WEIGHTS, LEAD_CHARS, SUBJECT_TAG, URL_RULES, type UrlRule, type UrlRuleId } from './suggestion-rules.ts';
import { findProject, isKnownAs, sectionOfProject, type SectionDef, type SuggestionRuleDef, type Template } from '../model/template.ts';
import { siteOf } from '../url/site-of.ts';
import { pageAddress } from '../url/url-canonical.ts';
import type { Issue } from '../model/issue.ts';
import { retiredGroups } from './retired-headings.ts';
import { entryKindOf } from '../model/entry-kind.ts';
import { HEADED_MARKER } from '../issue/headed-marker.ts';

/**
 * The model's version: raised whenever `featuresOf` changes, since a model learned with other
 * features must be learned again (stored ones are, when the extension updates).
 */
export const SUGGESTION_MODEL_VERSION = 9;

/** What past issues teach: word and link statistics per heading, as plain JSON. */
export interface SuggestionModel {
  version: typeof SUGGESTION_MODEL_VERSION;
  /** The digest's heading names as learned from (lower-cased spelling, heading), for the same features. */
  names: [string, string][];
  /** Per group key (see `groupKeyOf`): how many items, how many tokens, and each token's count. */
  groups: Record<string, WordCounts & { section: string | null; project: string | null; dated?: number; kinded?: number; retired?: true }>;
  /** Per kind of page, where the digest marks its entries so (see `ItemStyle.kinds`): the same statistics. */
  kinds?: Record<string, WordCounts>;
  /**
   * Items filed under no heading where that is no group suggested (a digest with no headings at
   * all, lead stories over the first): how many, and how many had a day, so the capture knows
   * whether entries there are written with one.
   */
  unfiled?: { items: number; dated: number };
  /**
   * Per site where an address rule named a past item's project (OpenStack's, see `URL_RULES`):
   * how many items it named one for, and how many of those the editor filed under it.
   */
  ruleSites?: Record<string, { named: number; filed: number }>;
  items: number;
  vocabulary: number;
}

/** How many items and tokens a class of the model learned, and each token's count. */
export interface WordCounts {
  items: number;
  tokens: number;
  counts: Record<string, number>;
}

/** A piece of evidence for a suggestion, as a code the interface words. */
export type SuggestionReason =
  | { code: 'own-rule'; match: string }
  | { code: 'url-rule'; rule: UrlRuleId }
  | { code: 'subject-tag'; tag: string }
  | { code: 'name-in-title'; name: string }
  | { code: 'name-in-address'; name: string }
  | { code: 'same-site'; host: string; heading: string }
  | { code: 'learned'; heading: string }
  | { code: 'day-heading' };

export const SUGGESTION_REASON_CODES: readonly SuggestionReason['code'][] = ['own-rule', 'url-rule', 'subject-tag', 'name-in-title', 'name-in-address', 'same-site', 'learned', 'day-heading'];

export interface Suggestion extends GroupKey {
  score: number;
  /** Why, for the editor: the strongest evidence first. */
  reasons: SuggestionReason[];
}

export interface SuggestionInput {
  url: string;
  title: string;
}

/**
 * Learns from published items: the words of their commentary, the headings they name and where
 * their first link points; and, given the issues, which headings the digest stopped using
 * (`retiredGroups`).
 */
export function trainSuggestionModel(items: readonly (LearnedItem & Partial<Pick<Item, 'issue'>>)[], template: Template, issues: readonly Pick<Issue, 'key' | 'published'>[] = []): SuggestionModel {
  const names = headingNames(template);
  const kinds = template.items.kinds;
  // Every kind the digest marks entries with is known to the model, so its words are read for them.
  const model: SuggestionModel = {
    version: SUGGESTION_MODEL_VERSION,
    names: [...names],
    groups: {},
    ...(kinds ? { kinds: Object.fromEntries(kinds.map((k) => [k, { items: 0, tokens: 0, counts: {} }])) } : {}),
    items: 0,
    vocabulary: 0,
  };
  const vocabulary = new Set<string>();
  // A digest headed by the day files its entries under no heading: a page goes under the day it
  // is found, never under a day of a past issue.
  const days = template.dayHeading !== undefined;
  const filed = (item: LearnedItem): LearnedItem => (days && item.section !== null && !template.sections.some((s) => s.name === item.section) ? { ...item, section: null } : item);
  for (const item of items) {
    addToModel(model, filed(item), names, (token) => vocabulary.add(token), days);
    countRuleSite(model, item, template);
  }
  if (issues.length > 0) {
    for (const key of retiredGroups(items.map((i) => ({ ...filed(i), issue: i.issue ?? null })), issues)) {
      const group = model.groups[key];
      if (group) group.retired = true;
    }
  }
  model.items = items.length;
  model.vocabulary = vocabulary.size;
  return model;
}

/** An item as the model learns it: where the editor filed it, its words, its page and whether it has a day. */
export type LearnedItem = Pick<Item, 'section' | 'project' | 'comment' | 'links' | 'eventDate' | 'kind'> & Partial<Pick<Item, 'source'>>;

/**
 * The model with more items learned, as the editor files them: a page saved under a heading
 * teaches at once that its host and words go there (and, given the template, whether an address
 * rule's project was the one: see countRuleSite). Plain values: a new model is returned, each
 * group it touches copied once.
 */
export function learnItems(model: SuggestionModel, items: readonly LearnedItem[], template?: Template): SuggestionModel {
  if (items.length === 0) return model;
  const next: SuggestionModel = { ...model, groups: { ...model.groups }, ...(model.kinds ? { kinds: { ...model.kinds } } : {}), ...(model.ruleSites ? { ruleSites: { ...model.ruleSites } } : {}) };
  const copied = new Set<string>();
  const before = Object.values(model.groups);
  const fresh = new Set<string>();
  let added = 0;
  const names = new Map(model.names);
  for (const item of items) {
    const key = groupKeyOf(item);
    const known = next.groups[key];
    if (known && !copied.has(key)) {
      // A heading the editor files under again is in use again.
      const { retired: _retired, ...group } = known;
      next.groups[key] = { ...group, counts: { ...known.counts } };
    }
    copied.add(key);
    const kind = kindLearned(next, item);
    if (kind !== undefined && !copied.has(KIND_KEY + kind)) {
      const known = next.kinds?.[kind];
      if (known && next.kinds) next.kinds[kind] = { ...known, counts: { ...known.counts } };
      copied.add(KIND_KEY + kind);
    }
    addToModel(
      next,
      item,
      names,
      (token) => {
        if (!fresh.has(token) && !before.some((g) => token in g.counts)) added++;
        fresh.add(token);
      },
      UNFILED_KEY in model.groups,
    );
    if (template) countRuleSite(next, item, template);
  }
  next.items = model.items + items.length;
  next.vocabulary = model.vocabulary + added;
  return next;
}

/** Where an address rule names the item's page's project: whether the editor filed the item under it. */
function countRuleSite(model: SuggestionModel, item: LearnedItem, template: Template): void {
  if (template.preset !== 'openstack') return;
  const url = pageAddress(item.links[0]?.url ?? '');
  const fromUrl = urlProject(url, template);
  const host = fromUrl && siteOf(url);
  if (!fromUrl || host === undefined) return;
  const sites = (model.ruleSites ??= {});
  const site = sites[host] ?? { named: 0, filed: 0 };
  // A new count, not the old one changed: a model learned from keeps its own.
  sites[host] = { named: site.named + 1, filed: site.filed + (item.project !== null && findProject(template, item.project)?.name === fromUrl.project ? 1 : 0) };
}

/**
 * How far an address rule is taken at its word on a site: as far as the editor's past filing
 * bears it out there (a project's milestone pages on launchpad.net filed under Common, its
 * blueprints under the project), counting `namePrior` more as borne out; wholly where no past
 * item says.
 */
function ruleTrust(url: string, model: SuggestionModel | undefined): number {
  const host = siteOf(url);
  const site = host === undefined ? undefined : model?.ruleSites?.[host];
  if (!site) return 1;
  return (site.filed + EVIDENCE_WEIGHTS.namePrior) / (site.named + EVIDENCE_WEIGHTS.namePrior);
}

/** Marks a kind among the copied groups' keys (none of which starts so). */
const KIND_KEY = '\u0000kind:';

/**
 * The kind of page an item teaches, where the model learns kinds: the editor's pick, else the one
 * its words open with, or a published headed entry's heading (`### 🐕 [title](…)`).
 */
function kindLearned(model: SuggestionModel, item: LearnedItem): string | undefined {
  if (!model.kinds) return undefined;
  const kinds = Object.keys(model.kinds);
  const heading = item.source === undefined ? null : HEADED_MARKER.exec(item.source);
  return item.kind ?? entryKindOf(item.comment, kinds) ?? (heading ? entryKindOf(heading.input.slice(heading[0].length), kinds) : undefined);
}

/** Items filed under no heading are a group learned only where that is a place (a digest headed by the day). */
function addToModel(
  model: SuggestionModel,
  item: LearnedItem,
  names: ReadonlyMap<string, string>,
  onToken: (token: string) => void,
  unfiled: boolean,
): void {
  if (item.section === null && item.project === null && !unfiled) {
    model.unfiled = { items: (model.unfiled?.items ?? 0) + 1, dated: (model.unfiled?.dated ?? 0) + (item.eventDate ? 1 : 0) };
    return;
  }
  const key = groupKeyOf(item);
  const group = (model.groups[key] ??= { section: item.section, project: item.project, items: 0, tokens: 0, counts: {} });
  group.items++;
  if (item.eventDate) group.dated = (group.dated ?? 0) + 1;
  const kindName = kindLearned(model, item);
  const kind = kindName === undefined || !model.kinds ? undefined : (model.kinds[kindName] ??= { items: 0, tokens: 0, counts: {} });
  if (kind) {
    kind.items++;
    // Which headings' entries carry a kind (老司机 iOS 周报's articles do, its news does not).
    group.kinded = (group.kinded ?? 0) + 1;
  }
  // (A page linked through the digest's redirect is read as the page itself: its site and words.)
  const page = { url: pageAddress(item.links[0]?.url ?? ''), title: item.comment };
  // Each feature once: a page's are read once each when suggesting (`learnedScores`), so a word
  // a long commentary repeats teaches no more of its heading than it would say of a new page.
  for (const token of new Set(featuresOf(page, names))) {
    group.counts[token] = (group.counts[token] ?? 0) + 1;
    group.tokens++;
    onToken(token);
  }
  if (!kind) return;
  // A kind is suggested from the page's title: learned from the title its link was given.
  for (const token of kindFeaturesOf({ url: page.url, title: item.links[0]?.title || item.comment }, names)) {
    kind.counts[token] = (kind.counts[token] ?? 0) + 1;
    kind.tokens++;
  }
}

/**
 * The names a digest's second-level headings go by, lower-cased, each with its heading: the
 * template's own names and spellings, and under OpenStack's preset its code names and
 * repositories (quantum → Neutron) for the projects it files.
 */
export function headingNames(template: Pick<Template, 'sections' | 'preset'>): Map<string, string> {
  const names = new Map<string, string>();
  for (const section of template.sections) {
    for (const project of section.projects) {
      for (const n of [project.name, ...project.aliases]) names.set(n.toLowerCase(), project.name);
    }
  }
  // A digest of one level names its sections as another names its projects (This Week in React's
  // `📱 React-Native`); a project's name comes first.
  for (const section of template.sections) {
    if (section.name === null || section.projects.length > 0) continue;
    for (const n of [section.name, ...(section.aliases ?? [])]) if (!names.has(n.toLowerCase())) names.set(n.toLowerCase(), section.name);
  }
  // A name written with a hyphen is the same name in words: `React-Native`, "React Native".
  for (const [name, heading] of [...names]) {
    const spaced = name.replace(/(?<=[\p{L}\p{N}])[-_](?=[\p{L}\p{N}])/gu, ' ');
    if (!names.has(spaced)) names.set(spaced, heading);
  }
  if (template.preset === 'openstack') {
    for (const known of OPENSTACK_PROJECTS) {
      const target = findProject(template as Template, known.name)?.name;
      if (!target) continue;
      for (const key of [known.name.toLowerCase(), ...known.keys]) if (!names.has(key)) names.set(key, target);
    }
  }
  return names;
}

/**
 * Sections and projects for a page, best first. Rules kept as data (`URL_RULES`, subject tags,
 * project names in the title) speak first; what past issues teach (`model`) weighs in on every
 * candidate, so a host whose items were mostly Ceilometer suggests Ceilometer.
 */
export function suggestGroups(page: SuggestionInput, template: Template, model?: SuggestionModel): Suggestion[] {
  // A link through a redirect (`…/click?target=https://…`) is read as the page it leads to.
  const input = { ...page, url: pageAddress(page.url) };
  const candidates = new Map<string, Suggestion>();
  const candidate = (key: GroupKey): Suggestion => {
    const id = groupKeyOf(key);
    let found = candidates.get(id);
    if (!found) {
      found = { ...key, score: 0, reasons: [] };
      candidates.set(id, found);
    }
    return found;
  };
  for (const section of template.sections) {
    if (section.hidden) continue;
    if (section.name !== null && section.projects.length === 0) candidate({ section: section.name, project: null });
    for (const project of section.projects) if (!project.hidden) candidate({ section: section.name, project: project.name });
  }

  let learnedBest: Suggestion | undefined;
  if (model && model.items > 0) {
    const learned = new Map<string, number>();
    for (const [id, score] of learnedScores(input, model)) {
      const group = model.groups[id] as GroupKey;
      const key = groupKeyOf(candidate(canonicalGroup(group, template)));
      learned.set(key, Math.max(learned.get(key) ?? -Infinity, score));
    }
    // A heading no past issue used is less likely than the least likely one that was used.
    let unseen = 0;
    for (const score of learned.values()) unseen = Math.min(unseen, score - 1);
    for (const [id, c] of candidates) {
      // What the words suggest weighs in, but a heading the page names outright is not argued
      // down by words past issues happened to use: the learned text can say only so much against it.
      c.score = Math.max(EVIDENCE_WEIGHTS.learnedFloor, learned.get(id) ?? unseen) * EVIDENCE_WEIGHTS.learnedText;
      if (learned.get(id) === 0) learnedBest = c;
    }
  }

  // Each reason with what it weighed, for the strongest to come first.
  const weighed = new Map<SuggestionReason, number>();
  const add = (target: Suggestion, weight: number, why: SuggestionReason) => {
    target.score += weight;
    target.reasons.push(why);
    weighed.set(why, weight);
  };
  for (const evidence of ruleEvidence(input, template, model)) add(candidate(projectGroup(evidence.project, template, model)), evidence.weight, evidence.why);
  const site = model ? siteAffinity(input.url, model) : undefined;
  if (site) {
    const target = candidate(canonicalGroup(site.group, template));
    add(target, EVIDENCE_WEIGHTS.sameSite * site.share, { code: 'same-site', host: site.host, heading: target.project ?? target.section ?? '' });
  }
  for (const c of candidates.values()) if (c.reasons.length > 1) c.reasons.sort((a, b) => (weighed.get(b) ?? 0) - (weighed.get(a) ?? 0));
  // What past items teach is a reason too, after any rule's.
  if (learnedBest) learnedBest.reasons.push({ code: 'learned', heading: learnedBest.project ?? learnedBest.section ?? '' });
  // Under no heading, in a digest headed by the day, is under the day the page is found: that
  // is the reason, not a heading past items went under.
  const byDay = template.dayHeading === undefined ? undefined : candidates.get(UNFILED_KEY);
  if (byDay) byDay.reasons = [{ code: 'day-heading' }, ...byDay.reasons.filter((r) => r.code !== 'learned' && r.code !== 'same-site')];

  return [...candidates.values()].sort((a, b) => b.score - a.score);
}

/**
 * A learned heading as the template files it now (through renames and aliases): under its own
 * section while that section holds it (a name two sections share, Cargo in This Week in Rust's
 * updates and its calls for testing, stays where it was filed).
 */
function canonicalGroup(group: GroupKey, template: Template): GroupKey {
  if (group.project === null) return group;
  const own = template.sections.find((s) => s.name === group.section)?.projects.find((p) => isKnownAs(p, group.project as string));
  if (own) return { section: group.section, project: own.name };
  const project = findProject(template, group.project);
  if (!project) return group;
  return { section: sectionOfProject(template, project.name)?.name ?? group.section, project: project.name };
}

/**
 * The heading a name, a rule's or the page's, points to: where two sections hold a project of
 * that name, the one past issues filed more items under.
 */
function projectGroup(name: string, template: Template, model: SuggestionModel | undefined): GroupKey {
  const project = findProject(template, name);
  if (project) {
    const holding = template.sections.filter((s) => s.projects.some((p) => p.name === project.name));
    const filed = (section: string | null) => (model?.groups[groupKeyOf({ section, project: project.name })]?.items ?? 0);
    const section = holding.reduce((best, s) => (filed(s.name) > filed(best.name) ? s : best), holding[0] as SectionDef);
    return { section: section.name, project: project.name };
  }
  const section = template.sections.find((s) => s.name === name && s.projects.length === 0);
  if (section) return { section: section.name, project: null };
  const withProjects = template.sections.find((s) => s.projects.length > 0);
  return { section: withProjects?.name ?? null, project: name };
}

interface Evidence {
  project: string;
  weight: number;
  why: SuggestionReason;
}

function ruleEvidence(input: SuggestionInput, template: Template, model: SuggestionModel | undefined): Evidence[] {
  const trust = (project: string, where: NamedWhere) => (model ? nameTrust(project, where, model, template) : 1);
  const out: Evidence[] = [];
  for (const rule of template.rules ?? []) {
    if (!ruleMatches(rule, rule.field === 'url' ? input.url : input.title)) continue;
    out.push({
      project: rule.project,
      weight: rule.field === 'url' ? EVIDENCE_WEIGHTS.urlRule : EVIDENCE_WEIGHTS.subjectTag,
      why: { code: 'own-rule', match: rule.match },
    });
  }
  const names = headingNames(template);
  // An address quoted in the title is the page's link, not the title's words: a heading's name in
  // it (`…/wish-list-common-misunderstanding/`) does not make the title name the heading.
  const title = withoutAddresses(input.title);
  const namedAt = namesAt(title, names);
  const named = namedAt.map((n) => n.project);
  const [first, second] = namedAt;
  // "Neutron的Tempest测试", "Neutron's Tempest tests": the second name is the subject, the first
  // only says whose; it takes the first place (and its position).
  const possessive = first !== undefined && second !== undefined && POSSESSIVE.test(title.toLowerCase().slice(first.at, second.at));
  // A title naming several projects is about all of them, none in particular: the names share
  // their weight, and so does an address rule's project, one of those several (a release note
  // for five projects linking the first one's page). A name saying only whose is no subject.
  const subjectCount = named.length - (possessive ? 1 : 0);
  const share = subjectCount > 1 ? 1 / subjectCount : 1;
  // OpenStack's address rules know its projects only: they speak under its preset alone.
  const fromUrl = template.preset === 'openstack' ? urlProject(input.url, template) : undefined;
  if (fromUrl) out.push({ project: fromUrl.project, weight: EVIDENCE_WEIGHTS.urlRule * share * ruleTrust(input.url, model), why: fromUrl.why });
  for (const m of input.title.matchAll(SUBJECT_TAG)) {
    const project = resolveProject(m[1] as string, template);
    if (project) {
      out.push({ project, weight: EVIDENCE_WEIGHTS.subjectTag, why: { code: 'subject-tag', tag: m[1] as string } });
      break;
    }
  }
  const subjects = possessive ? [{ project: second.project, at: first.at }, { project: first.project, at: second.at }, ...namedAt.slice(2)] : namedAt;
  // Names listed together ("Glance, Swift and Cinder released…") put none of them first.
  const listed = !possessive && first !== undefined && second !== undefined && second.at - first.at < EVIDENCE_WEIGHTS.listedWithin;
  subjects.forEach(({ project, at }, i) => {
    // The title naming the project an address rule read is one fact told twice (`[Cinder](…/cinder/…)`):
    // the rule's weight alone, as a name in the address where no rule read it (below).
    if (fromUrl?.project === project) return;
    // Where a title says its subject, in its first words, a name counts whole; named deep in a
    // long text (a commentary mentioning it in passing), less and less.
    const prominence = at < EVIDENCE_WEIGHTS.prominentWithin ? 1 : EVIDENCE_WEIGHTS.prominentWithin / at;
    const lead = i === 0 && !listed ? EVIDENCE_WEIGHTS.firstNameInTitle : 0;
    out.push({
      project,
      weight: (EVIDENCE_WEIGHTS.nameInTitle + lead) * share * prominence * trust(project, 'title'),
      why: { code: 'name-in-title', name: project },
    });
  });
  // A heading named in the address's words (`/laying-cinder-block-volume`) where no rule read it.
  // An address goes from the site to the page: the name nearest the page says most
  // (`/rust-lang/rust-analyzer/` is about rust-analyzer), each one before it half as much. A
  // name in the host of a site past issues linked says no more than where its pages went
  // (R Weekly's `cran.r-project.org` pages, new packages and updated ones alike): only its path's do.
  if (!fromUrl) {
    const inAddress = namesInAddress(input.url, names, model !== undefined && siteSeen(input.url, model) ? 'path' : 'host-and-path');
    inAddress.forEach((project, i) => {
      if (named.includes(project)) return;
      const depth = 2 ** (i - (inAddress.length - 1));
      out.push({ project, weight: EVIDENCE_WEIGHTS.nameInAddress * depth * trust(project, 'address'), why: { code: 'name-in-address', name: project } });
    });
    // A fragment naming one heading picks that heading's part of a page shared by all (a wiki's
    // `Blueprints#Nova`, release notes' `#Nova`): the page's words say where the site's page goes,
    // the fragment where this part of it does, whatever the title names besides.
    const [part, ...others] = namesInAddress(input.url, names, 'fragment');
    if (part !== undefined && others.length === 0) out.push({ project: part, weight: EVIDENCE_WEIGHTS.nameInAddress * trust(part, 'address'), why: { code: 'name-in-address', name: part } });
  }
  return out;
}

/** A rule's text or `/pattern/` against a URL or title; a broken pattern matches nothing. */
export function ruleMatches(rule: SuggestionRuleDef, text: string): boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(rule.match);
  if (!regex) return text.toLowerCase().includes(rule.match.toLowerCase());
  try {
    return new RegExp(regex[1] as string, (regex[2] as string).includes('i') ? regex[2] : `${regex[2]}i`).test(text);
  } catch {
    return false;
  }
}

function urlProject(url: string, template: Template): { project: string; why: SuggestionReason } | undefined {
  const host = siteOf(url);
  if (host === undefined) return undefined;
  const parsed = new URL(url);
  const rest = parsed.pathname + parsed.search + parsed.hash;
  for (const rule of URL_RULES) {
    if (!hostMatches(rule, host)) continue;
    const m = rule.pattern.exec(rest);
    if (!m) continue;
    const key = (m[1] as string).split(/[_/]/)[0] as string;
    const project = resolveProject(key, template);
    if (project) return { project, why: { code: 'url-rule', rule: rule.id } };
  }
  return undefined;
}

function hostMatches(rule: UrlRule, host: string): boolean {
  return typeof rule.host === 'string' ? rule.host === host : rule.host.test(host);
}

/** A project name from a repository, code name or heading spelling, if it is one. */
function resolveProject(key: string, template: Template): string | undefined {
  const cleaned = key
    .toLowerCase()
    .replace(/^python-/, '')
    .replace(/-specs$/, '')
    .replace(/client$/, '');
  const inTemplate = findProject(template, cleaned) ?? findProject(template, key);
  if (inTemplate) return inTemplate.name;
  // Code names and repositories (quantum → Neutron), under OpenStack's preset; only projects the
  // digest files count.
  if (template.preset !== 'openstack') return undefined;
  const known = knownProjectByKey(cleaned) ?? knownProjectByKey(key.toLowerCase());
  return known ? findProject(template, known.name)?.name : undefined;
}

/** Which of an address's parts are read for names. */
type AddressParts = 'host-and-path' | 'path' | 'fragment';

/** The words of an address's host and path, or its fragment, for names in it (`cinder` in `/laying-cinder-block-volume`). */
function addressWords(url: string, parts: AddressParts): string {
  try {
    const parsed = new URL(url);
    return (parts === 'fragment' ? decodeURIComponent(parsed.hash) : `${parts === 'path' ? '' : parsed.hostname} ${decodeURIComponent(parsed.pathname)}`).replace(/[^\p{L}\p{N}]+/gu, ' ');
  } catch {
    return '';
  }
}

/**
 * The headings an address names in its host's and path's words, in the order they appear:
 * `cinder` in `/laying-cinder-block-volume`, `rust-analyzer` in `/rust-lang/rust-analyzer/pull/1`
 * (a name's own punctuation read as the address's word breaks).
 */
function namesInAddress(url: string, names: ReadonlyMap<string, string>, parts: AddressParts = 'host-and-path'): string[] {
  let spelled = SPELLED_AS_ADDRESS.get(names);
  if (!spelled) {
    spelled = new Map([...names].map(([name, heading]) => [name.replace(WORD_BREAKS, ' ').trim(), heading]));
    SPELLED_AS_ADDRESS.set(names, spelled);
  }
  return namesAt(addressWords(url, parts), spelled).map((h) => h.project);
}

const SPELLED_AS_ADDRESS = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, string>>();

const WORD_BREAKS = /[^\p{L}\p{N}]+/gu;

/**
 * How far a heading's name in a page says the page goes under it (0 to 1), learned from past
 * items that named it in their text or address: how much likelier they were to be filed under it
 * than any item was (1 − 1/lift). A name most items carry whatever their heading ("Rust" in This
 * Week in Rust, `rust-lang` in its every address) says next to nothing; a name few past items
 * carried is taken nearly at its word (`EVIDENCE_WEIGHTS.namePrior`).
 */
function nameTrust(heading: string, where: NamedWhere, model: SuggestionModel, template: Template): number {
  const token = NAMED_TOKEN[where] + heading.toLowerCase();
  let naming = 0;
  let under = 0;
  let items = 0;
  for (const group of Object.values(model.groups)) {
    const count = group.counts[token] ?? 0;
    naming += count;
    if ((group.project === null ? group.section : canonicalGroup(group, template).project) !== heading) continue;
    under += count;
    items += group.items;
  }
  const share = (under + EVIDENCE_WEIGHTS.namePrior) / (naming + EVIDENCE_WEIGHTS.namePrior);
  const base = items / Math.max(1, model.items);
  return Math.max(0, 1 - base / share);
}

/** Where a page names a heading. */
type NamedWhere = 'title' | 'address';

/** The feature saying an item named a heading, by where (see `featuresOf`). */
const NAMED_TOKEN: Record<NamedWhere, string> = { title: 'p:', address: 'a:' };

/** From one name to the next, nothing but a possessive: `Neutron的`, `Neutron's `. */
const POSSESSIVE = /^[^\s的]+\s*(?:的|'s|’s)\s*$/u;

/** A project a text names, and where it is first named. */
interface NameAt {
  project: string;
  at: number;
}

/** Headings the text names (by `names`, see `headingNames`), each with where it is first named. */
function namesAt(text: string, names: ReadonlyMap<string, string>): NameAt[] {
  let lower = text.toLowerCase();
  const hits: NameAt[] = [];
  for (const [name, project] of longestFirst(names)) {
    let at = wordIndex(lower, name, 0);
    if (at === -1) continue;
    const existing = hits.find((h) => h.project === project);
    if (existing) existing.at = Math.min(existing.at, at);
    else hits.push({ project, at });
    // A longer name takes its words: `rust-analyzer` does not name Rust as well.
    for (; at !== -1; at = wordIndex(lower, name, at + name.length)) lower = lower.slice(0, at) + ' '.repeat(name.length) + lower.slice(at + name.length);
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** The names of three letters or more, the longest first; once per map (training reads it for every item). */
function longestFirst(names: ReadonlyMap<string, string>): readonly (readonly [string, string])[] {
  let sorted = LONGEST_FIRST.get(names);
  if (!sorted) {
    sorted = [...names].filter(([name]) => name.length >= 3).sort((a, b) => b[0].length - a[0].length);
    LONGEST_FIRST.set(names, sorted);
  }
  return sorted;
}

const LONGEST_FIRST = new WeakMap<ReadonlyMap<string, string>, readonly (readonly [string, string])[]>();

function wordIndex(haystack: string, word: string, from: number): number {
  for (;;) {
    const at = haystack.indexOf(word, from);
    if (at === -1) return -1;
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + word.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return at;
    from = at + 1;
  }
}

/**
 * Where the editor filed earlier pages of the same site, when that is mostly one heading (a
 * site shared by every heading, github.com or a mailing list, says nothing): the group, how sure
 * (its share of the site's pages, less for a site seen once or twice), and the host.
 */
function siteAffinity(url: string, model: SuggestionModel): { group: GroupKey; share: number; host: string } | undefined {
  const host = siteOf(url);
  if (host === undefined) return undefined;
  const token = hostToken(host);
  let total = 0;
  let best: { group: GroupKey; count: number } | undefined;
  for (const group of Object.values(model.groups)) {
    // Pages filed under a heading the digest stopped using say nothing of where the site goes now.
    if (group.retired) continue;
    const count = group.counts[token] ?? 0;
    total += count;
    if (count > 0 && (!best || count > best.count)) best = { group: { section: group.section, project: group.project }, count };
  }
  if (!best) return undefined;
  // Mostly one heading, and the more pages seen, the surer (full weight from three on).
  const share = best.count / total;
  return share >= 0.6 ? { group: best.group, share: share * Math.min(1, total / 3), host } : undefined;
}

/** The feature saying a page is on a site (see `featuresOf`). */
function hostToken(host: string): string {
  return 'h:' + host;
}

/** Whether past issues linked pages of the address's site. */
function siteSeen(url: string, model: SuggestionModel): boolean {
  const host = siteOf(url);
  if (host === undefined) return false;
  const token = hostToken(host);
  return Object.values(model.groups).some((group) => (group.counts[token] ?? 0) > 0);
}

/** Naive Bayes log-posteriors, relative to the best group (0 for the best, negative below). */
function learnedScores(input: SuggestionInput, model: SuggestionModel): Map<string, number> {
  const features = [...new Set(featuresOf(input, new Map(model.names)))];
  const groups = Object.entries(model.groups);
  const v = model.vocabulary + 1;
  const digestWide = digestShares(groups.map(([, group]) => group), features, v);
  const raw = new Map<string, number>();
  for (const [id, group] of groups) {
    // A heading the digest stopped using is no place for this week's page, whatever its words
    // (it ranks with the headings no issue used).
    if (group.retired) continue;
    // Add-one smoothing over the digest's whole vocabulary leaves a word a heading never had more
    // likely under a heading of few items than under a large one, so a long commentary of words
    // seen elsewhere went to the smallest headings (This Week in Rust's pages to Rust-Analyzer, an
    // industry news item to Cinder); a heading's own share of a word blended with the digest's
    // has no such lean, but takes a heading of one item too much at its word. The two together.
    const likelihood = (wordsLikelihood(group, features, v) + blendedLikelihood(group, features, digestWide)) / 2;
    raw.set(id, Math.log((group.items + 1) / (model.items + groups.length)) + likelihood);
  }
  let best = -Infinity;
  for (const score of raw.values()) best = Math.max(best, score);
  // Word counts are not independent; damping by the square root of their number keeps a long
  // commentary from drowning out the rules.
  const damping = Math.sqrt(Math.max(1, features.length));
  return new Map([...raw].map(([id, s]) => [id, (s - best) / damping]));
}

/**
 * How likely a class's word counts make the features, as a log (naive Bayes, add-one smoothed
 * over a vocabulary of `v` words): what a heading's or a kind's past items teach.
 */
export function wordsLikelihood(counts: WordCounts, features: readonly string[], v: number): number {
  let score = 0;
  for (const f of features) score += Math.log(((counts.counts[f] ?? 0) + 1) / (counts.tokens + v));
  return score;
}

/** How much of a heading's word share counts against the digest's (see `blendedLikelihood`). */
const OWN_SHARE = 0.9;

/** Each feature's share of all the words the digest's items were learned with (add-one smoothed). */
function digestShares(groups: readonly WordCounts[], features: readonly string[], v: number): Map<string, number> {
  let tokens = 0;
  for (const group of groups) tokens += group.tokens;
  const shares = new Map<string, number>();
  for (const f of features) {
    let count = 0;
    for (const group of groups) count += group.counts[f] ?? 0;
    shares.set(f, (count + 1) / (tokens + v));
  }
  return shares;
}

/**
 * How likely a class's word counts make the features, as a log: each word's share of the class's
 * words blended with its share of the digest's (`OWN_SHARE`), so a word the class never had is as
 * likely under every class.
 */
function blendedLikelihood(counts: WordCounts, features: readonly string[], digestWide: ReadonlyMap<string, number>): number {
  let score = 0;
  for (const f of features) {
    const own = counts.tokens > 0 ? (counts.counts[f] ?? 0) / counts.tokens : 0;
    score += Math.log(OWN_SHARE * own + (1 - OWN_SHARE) * (digestWide.get(f) as number));
  }
  return score;
}

/**
 * What says a page's kind: its title's words, its host and its path's words (of the headings'
 * features, those that tell an article from a release or a post: the lead's and names' again
 * add nothing and double what is stored), and whether its title names a version (a release:
 * `Preact 11.0 RC`, `v2.5.8`).
 */
export function kindFeaturesOf(input: SuggestionInput, names: ReadonlyMap<string, string>): string[] {
  const features = new Set(featuresOf(input, names).filter((f) => KIND_FEATURE.test(f)));
  if (VERSION.test(input.title)) features.add('k:version');
  return [...features];
}

/** Title words, host, domain, path words (see `featuresOf`). */
const KIND_FEATURE = /^(?:w|h|d|u):/;

const VERSION = /(?:^|[^\p{L}\p{N}.])v?\d+\.\d+(?:\.\d+)*(?![\p{L}\p{N}])|\b(?:rc|alpha|beta)\b/iu;

/**
 * Words of the title (CJK as character pairs), those of its lead once more (`LEAD_CHARS`: the
 * subject is said first), the headings it and its address name (`names`, see `headingNames`),
 * and the link's host, path words and first two path parts.
 */
export function featuresOf(input: SuggestionInput, names: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const text = withoutAddresses(input.title).toLowerCase();
  for (const m of text.matchAll(/[a-z][a-z0-9]+/g)) out.push('w:' + m[0]);
  const lead = text.trimStart().slice(0, LEAD_CHARS);
  for (const m of lead.matchAll(/[a-z][a-z0-9]+/g)) out.push('f:' + m[0]);
  for (const m of lead.matchAll(/[\u4e00-\u9fff]+/g)) for (let i = 0; i + 1 < m[0].length; i++) out.push('g:' + m[0].slice(i, i + 2));
  // Which headings the text names, and how many: several names mark an item across them.
  const named = namesAt(text, names);
  for (const { project } of named) out.push(NAMED_TOKEN.title + project.toLowerCase());
  out.push('n:' + Math.min(named.length, 3));
  for (const heading of namesInAddress(input.url, names)) out.push(NAMED_TOKEN.address + heading.toLowerCase());
  for (const m of text.matchAll(/[\u4e00-\u9fff]+/g)) {
    const run = m[0];
    if (run.length === 1) out.push('c:' + run);
    for (let i = 0; i + 1 < run.length; i++) out.push('c:' + run.slice(i, i + 2));
  }
  try {
    const url = new URL(input.url);
    const host = siteOf(input.url) as string;
    out.push(hostToken(host));
    const labels = host.split('.');
    if (labels.length > 2) out.push('d:' + labels.slice(-2).join('.'));
    const words = (url.pathname + ' ' + url.hash)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3 && !/^\d+$/.test(w));
    for (const w of words.slice(0, 8)) out.push('u:' + w);
    // The path's first two parts together name a repository or a site's part
    // (`github.com/rust-lang/rust` apart from `github.com/rust-lang/rust-analyzer`).
    const segments = url.pathname.toLowerCase().split('/').filter(Boolean);
    if (segments.length >= 2) out.push('r:' + host + '/' + segments.slice(0, 2).join('/'));
  } catch {
    // No usable URL: the words alone decide.
  }
  return out;
}

/** A text with the addresses it quotes (`https://…`, `www.…`) taken out: its words alone. */
function withoutAddresses(text: string): string {
  return text.replace(/(?:https?:\/\/|www\.)\S+/gi, ' ');
}

/** The group a new item starts in: the best suggestion, else the template's first section. */
export function defaultGroup(suggestions: readonly Suggestion[], template: Template): GroupKey {
  const best = suggestions[0];
  return best ? { section: best.section, project: best.project } : { section: template.sections[0]?.name ?? null, project: null };
}

/**
 * What the form shows of the suggestions for the headings it holds: the strongest reason while
 * the headings are the first suggestion's, and up to three others one click away.
 */
export function suggestionShown(suggestions: readonly Suggestion[], current: GroupKey): { reason: SuggestionReason | undefined; alternatives: GroupKey[] } {
  const best = suggestions[0];
  const reason = best && best.section === current.section && best.project === current.project ? best.reasons[0] : undefined;
  const alternatives = suggestions
    .slice(0, 4)
    .filter((s) => s.section !== current.section || s.project !== current.project)
    .slice(0, 3)
    .map((s): GroupKey => ({ section: s.section, project: s.project }));
  return { reason, alternatives };
}
