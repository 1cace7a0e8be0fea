/**
 * Where a URL names its OpenStack project. Data, not logic: each rule says which hosts it is
 * for and where in the URL the project's repository or code name stands (capture group 1).
 * Names are resolved through the template's projects and `OPENSTACK_PROJECTS`.
 */
export interface UrlRule {
  /** The host, or a pattern for hosts (matched against the host without `www.`). */
  host: string | RegExp;
  /** Matched against path + query + hash. */
  pattern: RegExp;
  /** What the rule stands for, given as the reason for a suggestion (the interface words it). */
  id: UrlRuleId;
}

export type UrlRuleId =
  | 'launchpad'
  | 'wiki'
  | 'repository'
  | 'specification'
  | 'review'
  | 'documentation'
  | 'client-library'
  | 'tarball'
  | 'etherpad'
  | 'mailing-list';

export const URL_RULE_IDS: readonly UrlRuleId[] = [
  'launchpad',
  'wiki',
  'repository',
  'specification',
  'review',
  'documentation',
  'client-library',
  'tarball',
  'etherpad',
  'mailing-list',
];

export const URL_RULES: readonly UrlRule[] = [
  { host: /(^|\.)launchpad\.net$/, pattern: /^\/(?:python-)?([a-z][\w.-]*)/i, id: 'launchpad' },
  { host: 'wiki.openstack.org', pattern: /^\/(?:wiki\/)?([A-Za-z][A-Za-z-]*)/, id: 'wiki' },
  {
    host: 'github.com',
    pattern: /^\/(?:openstack|openstack-dev|openstack-infra|stackforge|openstack-archive)\/(?:python-)?([\w.-]+)/i,
    id: 'repository',
  },
  { host: /(^|\.)opendev\.org$/, pattern: /^\/(?:openstack|x)\/(?:python-)?([\w.-]+)/i, id: 'repository' },
  {
    host: 'git.openstack.org',
    pattern: /^\/cgit\/(?:openstack|stackforge|openstack-dev)\/(?:python-)?([\w.-]+)/i,
    id: 'repository',
  },
  { host: 'specs.openstack.org', pattern: /^\/openstack\/([\w-]+?)-specs/i, id: 'specification' },
  { host: /^(review\.openstack\.org|review\.opendev\.org)$/, pattern: /project:openstack\/(?:python-)?([\w.-]+)/i, id: 'review' },
  { host: 'docs.openstack.org', pattern: /^\/(?:developer|[\w-]+\/latest|latest)\/(?:python-)?([\w-]+)/i, id: 'documentation' },
  { host: /^pypi\.(python\.)?org$/, pattern: /^\/(?:pypi|project)\/python-([a-z]+?)(?:client)?(?:[/?#]|$)/i, id: 'client-library' },
  { host: 'tarballs.openstack.org', pattern: /^\/(?:python-)?([a-z]+?)(?:client)?(?:[/?#-]|$)/i, id: 'tarball' },
  { host: /^etherpad\.(openstack|opendev)\.org$/, pattern: /^\/p\/(?:[a-z]+-summit-)?([a-z]+)/i, id: 'etherpad' },
  {
    host: /^lists\.(openstack|opendev)\.org$/,
    pattern: /^\/(?:pipermail|archives\/list)\/([a-z]+)(?:-dev|-discuss)?\//i,
    id: 'mailing-list',
  },
];

/**
 * A mailing-list subject tag, `[nova]` or `[Neutron][LBaaS]`, names the project; a Markdown
 * link's text (`[Nova](…)`) does not.
 */
export const SUBJECT_TAG = /\[([a-z][\w.-]{1,30})\](?![([])/gi;

/**
 * A title's or commentary's lead, in characters: where it says its subject. Its words count
 * once more as lead words in what the model learns, and a project named in it counts whole.
 */
export const LEAD_CHARS = 20;

/** Weights of each kind of evidence, in log-odds units. */
export const EVIDENCE_WEIGHTS = {
  urlRule: 6,
  subjectTag: 5,
  /**
   * A project named in the title; the first named counts most: together (4.1) more than a
   * site's affinity and the learned words can say for another heading (`sameSite` plus
   * `learnedText` times `-learnedFloor`, 4), so a page naming its project outright gets it.
   */
  nameInTitle: 2.2,
  firstNameInTitle: 1.9,
  /** Named within the title's lead (`LEAD_CHARS`), a name counts whole; less and less beyond. */
  prominentWithin: LEAD_CHARS,
  /**
   * A second name this close (in characters) after the first makes a list ("Glance, Swift"):
   * then neither is the title's subject and the first gets no more than the others.
   */
  listedWithin: LEAD_CHARS,
  /** A project named in the address's words, where no address rule read it. */
  nameInAddress: 2.2,
  /**
   * How many past items a heading's name is taken at its word for: a name counts by how much
   * likelier the items naming it were to go under it than any item was, counting this many more
   * as if they had (a name no item carried counts all but its heading's share of the items).
   * The corpus's digests gave the same accuracy from 1 to 20; with three issues' history, more
   * let a name every item carries win.
   */
  namePrior: 1,
  /** Earlier pages of the same site filed under one heading (times the share of them it holds). */
  sameSite: 2,
  /** The share of the learned text model (naive Bayes over words and the link's host and path). */
  learnedText: 2,
  /**
   * The lowest the learned text puts a heading, relative to its best (times `learnedText`): a
   * heading past issues rarely used loses at most this much, so a name in the title wins.
   */
  learnedFloor: -1,
} as const;
