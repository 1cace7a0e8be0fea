import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { innermostHeading, type GroupKey } from '../../../../src/core/model/item.ts';
import { featuresOf, headingNames, learnItems, suggestGroups, suggestionShown, trainSuggestionModel } from '../../../../src/core/suggestion/project-suggestion.ts';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';
import { learnTemplate } from '../../../../src/core/template/template-learning.ts';
import { corpusAvailable, corpusFiles, DIGESTS, digestFiles, otherDigestsAvailable } from '../../../helpers/corpus.ts';
import { planImport } from '../../../../src/core/issue/issue-import.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { eachFromThoseBefore, eachHeldOut } from '../../../helpers/leave-one-out.ts';

const top = (url: string, title = '') => {
  const s = suggestGroups({ url, title }, OPENSTACK_PRESET)[0]!;
  return [s.section, s.project];
};

describe('suggestGroups: rules', () => {
  it.each([
    ['https://blueprints.launchpad.net/nova/+spec/x', 'Nova'],
    ['https://bugs.launchpad.net/neutron/+bug/1237807', 'Neutron'],
    ['https://launchpad.net/python-heatclient/+milestone/v0.2.5', 'Heat'],
    ['https://wiki.openstack.org/wiki/Neutron/LBaaS/l7', 'Neutron'],
    ['https://wiki.openstack.org/wiki/Nova_VM_Diagnostics', 'Nova'],
    ['https://github.com/openstack/keystone/tree/milestone-proposed', 'Keystone'],
    ['https://opendev.org/openstack/cinder', 'Cinder'],
    ['http://git.openstack.org/cgit/openstack/nova-specs', 'Nova'],
    ['https://review.opendev.org/q/project:openstack/horizon', 'Horizon'],
    ['https://pypi.python.org/pypi/python-heatclient', 'Heat'],
    ['http://docs.openstack.org/developer/heat/pluginguide.html', 'Heat'],
    ['https://etherpad.openstack.org/p/icehouse-summit-nova-v3-api', 'Nova'],
    ['https://github.com/openstack/quantum', 'Neutron'],
  ])('files %s under %s', (url, project) => {
    expect(top(url)).toEqual(['社区跟踪', project]);
  });

  it('reads mailing-list subject tags and project names in the title', () => {
    expect(top('http://lists.openstack.org/pipermail/openstack-dev/2014-May/1.html', '[openstack-dev] [ceilometer] alarms')).toEqual([
      '社区跟踪',
      'Ceilometer',
    ]);
    expect(top('http://blog.example.com/p', 'Deploying Neutron with OVS')).toEqual(['社区跟踪', 'Neutron']);
  });

  it('does not take a Markdown link for a subject tag, nor a name inside a word', () => {
    const s = suggestGroups({ url: '', title: '[Heater](http://x.example) supernova' }, OPENSTACK_PRESET)[0]!;
    expect(s.reasons).not.toContainEqual({ code: 'subject-tag', tag: 'Heater' });
    expect(s.project).not.toBe('Nova');
  });

  it('gives the next best ones, each group once, with reasons', () => {
    const all = suggestGroups({ url: 'https://blueprints.launchpad.net/nova/+spec/x', title: 'Neutron and Nova' }, OPENSTACK_PRESET);
    // The title naming the rule's project tells the same fact again: it is not counted twice.
    expect(all[0]).toMatchObject({ project: 'Nova', reasons: [{ code: 'url-rule', rule: 'launchpad' }] });
    expect(all[1]).toMatchObject({ project: 'Neutron', reasons: [{ code: 'name-in-title', name: 'Neutron' }] });
    expect(new Set(all.map((s) => `${s.section}/${s.project}`)).size).toBe(all.length);
  });

  it('puts the editor’s own rules first, as text or /patterns/', () => {
    const template = {
      ...OPENSTACK_PRESET,
      rules: [
        { field: 'url' as const, match: 'eccp.csdb.cn', project: 'Ceilometer' },
        { field: 'title' as const, match: '/\\bDVR\\b/', project: 'Neutron' },
        { field: 'title' as const, match: '/[unclosed/', project: 'Nova' },
      ],
    };
    expect(suggestGroups({ url: 'http://eccp.csdb.cn/blog/?p=1', title: '' }, template)[0]).toMatchObject({ project: 'Ceilometer', reasons: [{ code: 'own-rule', match: 'eccp.csdb.cn' }] });
    expect(suggestGroups({ url: 'https://x.example', title: 'dvr in Juno' }, template)[0]?.project).toBe('Neutron');
    expect(suggestGroups({ url: 'https://x.example', title: '[unclosed' }, template)[0]?.project).not.toBe('Nova');
  });

  it('ignores projects the digest does not file', () => {
    const s = suggestGroups({ url: 'https://wiki.openstack.org/wiki/Mistral', title: 'Mistral' }, OPENSTACK_PRESET)[0]!;
    expect(s.project).not.toBe('Mistral');
  });
});

describe('suggestGroups: what past issues teach', () => {
  const history = [
    { section: '社区跟踪', project: 'Ceilometer', comment: '监控扩展', links: [{ url: 'http://eccp.csdb.cn/blog/?p=352', title: '' }] },
    { section: '社区跟踪', project: 'Ceilometer', comment: '宿主机监控', links: [{ url: 'http://eccp.csdb.cn/blog/?p=415', title: '' }] },
    { section: '业界动态', project: null, comment: '某公司完成B轮融资', links: [] },
    { section: '业界动态', project: null, comment: '另一公司融资', links: [] },
  ];
  const model = trainSuggestionModel(history, OPENSTACK_PRESET);

  it('a host whose items were mostly Ceilometer suggests Ceilometer', () => {
    expect(suggestGroups({ url: 'http://eccp.csdb.cn/blog/?p=999', title: '' }, OPENSTACK_PRESET, model)[0]!.project).toBe('Ceilometer');
  });

  it('words learned from commentary suggest their section', () => {
    const s = suggestGroups({ url: 'http://news.example.com/x', title: '一家初创公司完成融资' }, OPENSTACK_PRESET, model)[0]!;
    expect([s.section, s.project]).toEqual(['业界动态', null]);
  });

  it('a long commentary of words one large heading had goes there, not to a heading of few items that had none of them', () => {
    // Thirty community items, each with words of its own; two industry items.
    const topics = ['gate', 'review', 'mentors', 'etiquette', 'licensing', 'naming', 'stable', 'branches', 'meetings', 'elections', 'summit', 'voting', 'bylaws', 'charter', 'specs'];
    const community = topics.flatMap((topic, i) => [
      { section: '社区跟踪', project: 'Common', comment: `${topic} process notes ${i}`, links: [{ url: `https://lists.example.org/${i}`, title: '' }] },
      { section: '社区跟踪', project: 'Common', comment: `discussion about ${topic} policy`, links: [{ url: `https://lists.example.org/p${i}`, title: '' }] },
    ]);
    const industry = [
      { section: '业界动态', project: null, comment: 'funding round closed', links: [{ url: 'https://news.example.com/1', title: '' }] },
      { section: '业界动态', project: null, comment: 'startup acquired', links: [{ url: 'https://news.example.com/2', title: '' }] },
    ];
    const learned = trainSuggestionModel([...community, ...industry], OPENSTACK_PRESET);
    const title = 'Mentors and etiquette: elections, bylaws, charter and voting, stable branches, licensing, naming and meetings';
    expect(suggestGroups({ url: 'https://blog.example.net/essay', title }, OPENSTACK_PRESET, learned)[0]).toMatchObject({ section: '社区跟踪', project: 'Common' });
  });

  it('features cover words, character pairs, host and path', () => {
    expect(featuresOf({ url: 'https://www.Example.com/Nova-Specs/1234', title: 'Nova 调度器' }, headingNames(OPENSTACK_PRESET))).toEqual(
      expect.arrayContaining(['w:nova', 'c:调度', 'c:度器', 'h:example.com', 'u:nova', 'u:specs', 'r:example.com/nova-specs/1234', 'p:nova', 'a:nova', 'n:1']),
    );
  });

  it('learns each of an item’s features once, as a page’s are read once when suggesting', () => {
    const learned = trainSuggestionModel([{ section: '社区跟踪', project: 'Nova', comment: 'nova nova nova: 调度调度', links: [] }], OPENSTACK_PRESET);
    const group = Object.values(learned.groups)[0]!;
    expect(group.counts['w:nova']).toBe(1);
    expect(group.counts['c:调度']).toBe(1);
    expect(group.tokens).toBe(Object.keys(group.counts).length);
  });

  it('reads no heading’s name in an address the title quotes', () => {
    const title = 'A wish list of undocumented things [blog](http://blog.example.net/wish-list-common-misunderstanding/)';
    const reasons = suggestGroups({ url: 'http://blog.example.net/wish-list-common-misunderstanding/', title }, OPENSTACK_PRESET).flatMap((s) => s.reasons);
    expect(reasons).not.toContainEqual({ code: 'name-in-title', name: 'Common' });
    expect(featuresOf({ url: '', title }, headingNames(OPENSTACK_PRESET))).not.toContain('p:common');
  });

  it('counts the lead’s words and character pairs once more: where a text says its subject', () => {
    const features = featuresOf({ url: '', title: '  社区发布了新版本 and then a long tail of words about releases' }, new Map());
    expect(features).toEqual(expect.arrayContaining(['g:社区', 'g:版本', 'f:and', 'w:releases']));
    expect(features).not.toContain('f:releases');
    expect(features.filter((f) => f === 'c:社区')).toHaveLength(1);
  });
});

describe('suggestGroups: an address rule, as far as the editor bears it out on its site', () => {
  // Milestone pages on launchpad.net name one project each, and the editor files them under
  // Common (the release of several); blueprints go under their project.
  const milestone = (p: string, m: string) => ({ section: '社区跟踪', project: 'Common', comment: `${m} 发布`, links: [{ url: `https://launchpad.net/${p}/icehouse/${m}`, title: '' }] });
  const blueprint = (p: string, id: string) => ({ section: '社区跟踪', project: p, comment: `新的设计 ${id}`, links: [{ url: `https://blueprints.launchpad.net/${p.toLowerCase()}/+spec/${id}`, title: '' }] });
  const others = [blueprint('Nova', 'a'), blueprint('Neutron', 'b'), blueprint('Heat', 'c'), { section: '业界动态', project: null, comment: '某公司融资', links: [] }];

  it('files a page under the rule’s project where the editor filed that site’s pages so, and not where the editor did not', () => {
    const model = trainSuggestionModel([milestone('keystone', 'icehouse-3'), milestone('glance', 'icehouse-rc1'), milestone('heat', 'icehouse-rc2'), ...others], OPENSTACK_PRESET);
    const best = (url: string) => suggestGroups({ url, title: 'RC1' }, OPENSTACK_PRESET, model)[0]!;
    expect(best('https://launchpad.net/nova/icehouse/icehouse-rc1')).toMatchObject({ project: 'Common' });
    expect(best('https://blueprints.launchpad.net/cinder/+spec/d')).toMatchObject({ project: 'Cinder', reasons: [{ code: 'url-rule', rule: 'launchpad' }] });
    // Where no past page of the site was read by a rule, the rule is taken at its word.
    expect(suggestGroups({ url: 'https://launchpad.net/nova/icehouse/icehouse-rc1', title: 'RC1' }, OPENSTACK_PRESET, trainSuggestionModel(others, OPENSTACK_PRESET))[0]).toMatchObject({ project: 'Nova' });
  });

  it('learns it from the editor’s saves at once', () => {
    let model = trainSuggestionModel(others, OPENSTACK_PRESET);
    const page = (p: string) => ({ url: `https://launchpad.net/${p}/icehouse/icehouse-rc1`, title: 'RC1' });
    expect(suggestGroups(page('nova'), OPENSTACK_PRESET, model)[0]).toMatchObject({ project: 'Nova' });
    model = learnItems(model, [milestone('glance', 'icehouse-rc1'), milestone('heat', 'icehouse-rc1')], OPENSTACK_PRESET);
    expect(suggestGroups(page('nova'), OPENSTACK_PRESET, model)[0]).toMatchObject({ project: 'Common' });
  });
});

describe('suggestGroups: a digest headed by the day', () => {
  it('suggests the day a page is found, never a day of a past issue, and still a section the digest has', () => {
    const template = { ...DEFAULT_TEMPLATE, dayHeading: '## {day:dddd, MMMM D}', sections: [{ name: 'Sponsors', hidden: false, projects: [] }] };
    const history = [
      { section: 'Monday, May 6', project: null, comment: 'Rust 1.78 released', links: [{ url: 'https://blog.rust-lang.org/1.78', title: '' }] },
      { section: 'Friday, May 10', project: null, comment: 'Rust 1.79 beta', links: [{ url: 'https://blog.rust-lang.org/1.79', title: '' }] },
      { section: 'Sponsors', project: null, comment: 'Hosting by Example', links: [{ url: 'https://sponsor.example/a', title: '' }] },
      { section: 'Sponsors', project: null, comment: 'Hosting by Example', links: [{ url: 'https://sponsor.example/b', title: '' }] },
    ];
    const model = trainSuggestionModel(history, template);
    const rust = suggestGroups({ url: 'https://blog.rust-lang.org/1.80', title: 'Rust 1.80 released' }, template, model);
    expect(rust.map((s) => s.section)).toEqual([null, 'Sponsors']);
    expect(rust[0]?.reasons).toEqual([{ code: 'day-heading' }]);
    expect(suggestGroups({ url: 'https://sponsor.example/c', title: 'Hosting' }, template, model)[0]?.section).toBe('Sponsors');
  });
});

describe('suggestGroups: a project the page names outright', () => {
  // Past issues as the OpenStack editors wrote them: mostly Common and Nova, Swift never; and a
  // vendor's blog whose pages went under Nova.
  const history = [
    ...Array.from({ length: 12 }, (_, i) => ({ section: '社区跟踪', project: 'Common', comment: `Community process notes, gate and review ${i}`, links: [{ url: `http://lists.example.org/${i}`, title: '' }] })),
    ...Array.from({ length: 6 }, (_, i) => ({ section: '社区跟踪', project: 'Nova', comment: `Nova scheduler and cells work ${i}`, links: [{ url: `https://www.vendor-blog.example/nova-${i}`, title: '' }] })),
    { section: '业界动态', project: null, comment: 'A company raised money', links: [] },
  ];
  const model = trainSuggestionModel(history, OPENSTACK_PRESET);
  const best = (url: string, title: string) => suggestGroups({ url, title }, OPENSTACK_PRESET, model)[0]!;

  it.each([
    ['Swift erasure codes explained', 'https://unknown.example/posts/7', 'Swift'],
    ['Sahara in Juno: what is new', 'https://www.vendor-blog.example/sahara-juno', 'Sahara'],
    ['Using Glance tasks to import images', 'https://unknown.example/glance', 'Glance'],
    ['Cinder volume replication in Juno', 'https://www.vendor-blog.example/cinder-replication', 'Cinder'],
    ['Cinder volume replication in Juno', 'https://other.example/2014/10/replication', 'Cinder'],
  ])('“%s” at %s goes to %s, though past issues filed little or nothing there', (title, url, project) => {
    expect(best(url, title)).toMatchObject({ section: '社区跟踪', project, reasons: [{ code: 'name-in-title', name: project }] });
  });

  it('a project named in the address where the title names none', () => {
    expect(best('https://trove-notes.example/replication', 'Replication tutorial')).toMatchObject({ project: 'Trove', reasons: [{ code: 'name-in-address', name: 'Trove' }] });
  });

  it('a project named by the fragment of a page shared by all, title or not; none where it names several', () => {
    const wiki = 'https://wiki.example.net/Blueprints';
    const part = suggestGroups({ url: `${wiki}#Nova`, title: 'Proposals' }, OPENSTACK_PRESET, model);
    expect(part[0]).toMatchObject({ project: 'Nova', reasons: [{ code: 'name-in-address', name: 'Nova' }] });
    const both = suggestGroups({ url: `${wiki}#Nova`, title: 'Nova reviews blueprints anew' }, OPENSTACK_PRESET, model);
    expect(both[0]!.reasons).toContainEqual({ code: 'name-in-address', name: 'Nova' });
    expect(suggestGroups({ url: `${wiki}#Nova_and_Cinder`, title: 'Proposals' }, OPENSTACK_PRESET, model)[0]!.reasons).not.toContainEqual({ code: 'name-in-address', name: 'Nova' });
  });

  it('wins over a site whose pages, and words, went under another heading', () => {
    expect(best('http://lists.example.org/99', 'Swift: gate and review queues')).toMatchObject({ project: 'Swift' });
  });

  it('something stronger still says otherwise: an address rule or a subject tag', () => {
    expect(best('https://bugs.launchpad.net/neutron/+bug/1', 'Swift proxy and the network')).toMatchObject({ project: 'Neutron' });
    expect(best('http://lists.example.org/x', '[openstack-dev] [keystone] Swift ACLs')).toMatchObject({ project: 'Keystone' });
  });

  it('a name deep in a long commentary, mentioned in passing, counts less than one leading a title', () => {
    const passing = `Community process notes, gate and review, community gate and review process notes, and review; also swift`;
    expect(best('http://lists.example.org/99', passing).project).toBe('Common');
    expect(best('http://lists.example.org/99', `Swift: ${passing}`).project).toBe('Swift');
  });
});

describe('suggestGroups: a name past pages carried whatever their heading', () => {
  // This Week in Rust's shape: "Rust" is a heading of its updates and the subject of the whole
  // digest, named in most titles and every `rust-lang` address; Cargo is a heading of two sections.
  const project = (name: string) => ({ name, aliases: [], hidden: false });
  const template = {
    ...DEFAULT_TEMPLATE,
    sections: [
      { name: 'Calls for Testing', hidden: false, projects: [project('Cargo')] },
      { name: 'Updates from the Rust Project', hidden: false, projects: [project('Rust'), project('Cargo'), project('Rust-Analyzer')] },
      { name: 'Upcoming Events', hidden: false, projects: [project('Europe'), project('Asia')] },
    ],
  };
  const entry = (section: string, name: string, comment: string, url: string) => ({ section, project: name, comment, links: [{ url, title: '' }] });
  const cities = ['Berlin', 'Paris', 'Oslo', 'Madrid', 'Vienna', 'Prague'];
  const history = [
    ...cities.map((city, i) => entry('Upcoming Events', 'Europe', `Rust ${city} meetup`, `https://www.meetup.com/rust-${city.toLowerCase()}/${i}`)),
    ...['Tokyo', 'Seoul', 'Delhi'].map((city, i) => entry('Upcoming Events', 'Asia', `Rust ${city} meetup`, `https://www.meetup.com/rust-${city.toLowerCase()}/${i}`)),
    ...Array.from({ length: 6 }, (_, i) => entry('Updates from the Rust Project', 'Cargo', `publish: lockfile handling ${i}`, `https://github.com/rust-lang/cargo/pull/${i}`)),
    entry('Calls for Testing', 'Cargo', 'Test the new resolver', 'https://github.com/rust-lang/cargo/issues/1'),
    ...Array.from({ length: 4 }, (_, i) => entry('Updates from the Rust Project', 'Rust', `stabilize a Rust feature ${i}`, `https://github.com/rust-lang/rust/pull/${i}`)),
    ...Array.from({ length: 3 }, (_, i) => entry('Updates from the Rust Project', 'Rust', `point release ${i}`, `https://releases.example/${i}`)),
  ];
  const model = trainSuggestionModel(history, template);
  const best = (url: string, title: string) => suggestGroups({ url, title }, template, model)[0]!;
  // Before any issue is imported.
  const fresh = (url: string, title: string) => suggestGroups({ url, title }, template)[0]!;

  it('does not take the digest’s own subject for a heading: where past pages naming it went tells', () => {
    expect(best('https://www.meetup.com/rust-lisbon/events', 'Rust Lisbon meetup')).toMatchObject({ section: 'Upcoming Events', project: 'Europe' });
  });

  it('gives the strongest reason first: a site whose pages went there, over a name that says little', () => {
    expect(best('https://releases.example/9', 'Rust 1.99 released').reasons.map((r) => r.code)).toEqual(['same-site', 'name-in-title', 'learned']);
  });

  it('takes a name at its word where past pages say nothing about it', () => {
    expect(fresh('https://example.org/post', 'Rust 2024 edition plans')).toMatchObject({ project: 'Rust', reasons: [{ code: 'name-in-title', name: 'Rust' }] });
  });

  it('reads a name with its own punctuation in an address', () => {
    expect(fresh('https://github.com/rust-lang/rust-analyzer/pull/9', 'handle enum variants')).toMatchObject({
      project: 'Rust-Analyzer',
      reasons: [{ code: 'name-in-address', name: 'Rust-Analyzer' }],
    });
    expect(featuresOf({ url: 'https://github.com/rust-lang/rust-analyzer/pull/9', title: '' }, headingNames(template))).toEqual(expect.arrayContaining(['a:rust', 'a:rust-analyzer']));
  });

  it('files a name two sections share where past pages went, and learns each apart', () => {
    expect(best('https://github.com/rust-lang/cargo/pull/99', 'Cargo: faster lockfile writes')).toMatchObject({ section: 'Updates from the Rust Project', project: 'Cargo' });
    const ranked = suggestGroups({ url: 'https://github.com/rust-lang/cargo/issues/2', title: 'Test the new resolver' }, template, model);
    expect(ranked.map((s) => `${s.section} › ${s.project}`)).toEqual(expect.arrayContaining(['Calls for Testing › Cargo', 'Updates from the Rust Project › Cargo']));
  });
});

describe('suggestGroups: a name in the host of a site past issues linked', () => {
  // R Weekly's shape: new packages on CRAN go under New Packages › CRAN, updated ones under
  // Updated Packages, both linking `cran.r-project.org`; most entries are elsewhere.
  const template = {
    ...DEFAULT_TEMPLATE,
    sections: [
      { name: 'New Packages', hidden: false, projects: [{ name: 'CRAN', aliases: [], hidden: false }] },
      { name: 'Updated Packages', hidden: false, projects: [] },
      { name: 'Tutorials', hidden: false, projects: [] },
    ],
  };
  const entry = (section: string, project: string | null, comment: string, url: string) => ({ section, project, comment, links: [{ url, title: '' }] });
  const history = [
    ...['alpha', 'beta', 'gamma', 'delta', 'zeta', 'eta'].map((p) => entry('New Packages', 'CRAN', `{${p}} 0.1.0`, `https://cran.r-project.org/package=${p}`)),
    ...['iota', 'kappa', 'lambda', 'omicron', 'sigma', 'tau', 'omega'].map((p) => entry('Updated Packages', null, `{${p}} 2.4.1`, `https://cran.r-project.org/package=${p}`)),
    ...Array.from({ length: 20 }, (_, i) => entry('Tutorials', null, `Plotting walkthrough part ${i}`, `https://blog.example.org/${i}`)),
  ];
  const model = trainSuggestionModel(history, template);

  it('says no more than where the site’s pages went, new packages and updated ones alike', () => {
    expect(suggestGroups({ url: 'https://cran.r-project.org/package=psi', title: '{psi} 1.0.2' }, template, model)[0]).toMatchObject({
      section: 'Updated Packages',
      project: null,
    });
  });

  it('names its heading on a site no past issue linked', () => {
    const best = suggestGroups({ url: 'https://cran.example.net/package=psi', title: '{psi} 1.0.2' }, template, model)[0];
    expect(best).toMatchObject({ section: 'New Packages', project: 'CRAN' });
    expect(best?.reasons[0]).toEqual({ code: 'name-in-address', name: 'CRAN' });
  });
});

describe('suggestGroups: a digest of one level names its sections', () => {
  // This Week in React's shape: sections, no projects, their emoji spelled away in an alias.
  const section = (name: string, alias: string) => ({ name, aliases: [alias], hidden: false, projects: [] });
  const template = { ...DEFAULT_TEMPLATE, projectLevel: 0, sections: [section('⚛️ React', 'React'), section('📱 React-Native', 'React-Native'), section('🔀 Other', 'Other')] };
  const entry = (group: string, comment: string, url: string) => ({ section: group, project: null, comment, links: [{ url, title: '' }] });
  const history = [
    ...Array.from({ length: 6 }, (_, i) => entry('📱 React-Native', `Expo SDK ${i} for React Native released`, `https://github.com/expo/expo/releases/${i}`)),
    ...Array.from({ length: 4 }, (_, i) => entry('⚛️ React', `React hooks at scale, in practice ${i}`, `https://blog.example.org/${i}`)),
    ...Array.from({ length: 3 }, (_, i) => entry('🔀 Other', `Vite ${i} released`, `https://github.com/vitejs/vite/releases/${i}`)),
  ];
  const model = trainSuggestionModel(history, template);

  it('files a page under the section its title names, over what the words past pages said suggest', () => {
    // "React" went under React; this title names React Native, in words.
    const ranked = suggestGroups({ url: 'https://news.example.net/9', title: 'React Native hooks at scale, in practice' }, template, model);
    expect(ranked[0]).toMatchObject({ section: '📱 React-Native', project: null, reasons: [{ code: 'name-in-title', name: '📱 React-Native' }] });
    expect(ranked.find((s) => s.reasons.some((r) => r.code === 'learned'))).toMatchObject({ section: '⚛️ React' });
  });

  it('reads a name written with a hyphen in its words too, and a project’s name before a section’s', () => {
    const names = headingNames(template);
    expect([names.get('react native'), names.get('react-native'), names.get('react')]).toEqual(['📱 React-Native', '📱 React-Native', '⚛️ React']);
    const both = { ...template, sections: [...template.sections, { name: 'Tools', hidden: false, aliases: [], projects: [{ name: 'Other', aliases: [], hidden: false }] }] };
    expect(headingNames(both).get('other')).toBe('Other');
  });
});

describe('suggestGroups: a page naming several projects', () => {
  // Release notes that list several projects went under Common; pages about one went under it.
  const history = [
    ...Array.from({ length: 8 }, (_, i) => ({ section: '社区跟踪', project: 'Common', comment: `Milestone ${i} released for Keystone, Glance, Nova and Heat`, links: [{ url: `http://lists.example.org/${i}`, title: '' }] })),
    ...Array.from({ length: 8 }, (_, i) => ({ section: '社区跟踪', project: 'Nova', comment: `Nova scheduler work ${i}`, links: [{ url: `https://blueprints.launchpad.net/nova/+spec/s${i}`, title: '' }] })),
  ];
  const model = trainSuggestionModel(history, OPENSTACK_PRESET);
  const all = (url: string, title: string) => suggestGroups({ url, title }, OPENSTACK_PRESET, model);

  it('does not take the project of the address for the subject when the title lists several', () => {
    // The link is the first project's release page; the note is about all of them.
    const url = 'https://launchpad.net/nova/icehouse/icehouse-rc1';
    expect(all(url, 'Icehouse RC1 released for Nova, Cinder, Glance and Keystone')[0]).toMatchObject({ project: 'Common' });
    // The same address under a title about Nova alone stays Nova's.
    const alone = all(url, 'Icehouse RC1 of Nova fixes 131 bugs')[0]!;
    expect(alone).toMatchObject({ project: 'Nova' });
    expect(alone.reasons[0]).toEqual({ code: 'url-rule', rule: 'launchpad' });
  });

  it('gives the first of names listed together no more than the others; a title that leads with one name still does', () => {
    const listed = all('https://unknown.example/rc2', 'Glance, Swift released RC2');
    expect(listed.find((s) => s.project === 'Glance')!.score).toBeCloseTo(listed.find((s) => s.project === 'Swift')!.score);
    const leading = all('https://unknown.example/swift', 'Glance image uploads: what changed, and a word on Swift');
    expect(leading[0]).toMatchObject({ project: 'Glance' });
    expect(leading[0]!.score).toBeGreaterThan(leading.find((s) => s.project === 'Swift')!.score);
  });
});

describe('suggestGroups: whose and what', () => {
  it.each([
    ['目前Neutron的Tempest测试的并行度很差', 'Tempest'],
    ["Neutron's Tempest tests run slowly in the gate", 'Tempest'],
    ['Nova的调度器与Neutron', 'Nova'],
    ['Tempest: parallel runs in the gate, and what Neutron needs', 'Tempest'],
  ])('“%s” is about %s', (title, project) => {
    expect(suggestGroups({ url: 'https://unknown.example/p', title }, OPENSTACK_PRESET)[0]).toMatchObject({ project });
  });

  it('gives the subject its whole weight: the name saying whose is not a second subject to share it with', () => {
    const score = (title: string) => suggestGroups({ url: 'https://unknown.example/p', title }, OPENSTACK_PRESET).find((s) => s.project === 'Tempest')!.score;
    expect(score('Neutron的Tempest测试')).toBeCloseTo(score('Tempest测试'));
    // Two subjects listed still share it.
    expect(score('Neutron和Tempest测试')).toBeLessThan(score('Tempest测试'));
  });
});

describe.skipIf(!corpusAvailable)('suggestion accuracy over the shared corpus', () => {
  it('files at least 80 % of items under their published heading, learning from the other issues', () => {
    const parsed: ParsedIssue[] = corpusFiles().map((f) => {
      const r = parseIssue(f.text, { fileName: f.name });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    });
    let hits = 0;
    let offered = 0;
    let total = 0;
    const counts = new Map<string, number>();
    const confusion = new Map<string, number>();
    for (const held of parsed) {
      const others = parsed.filter((p) => p !== held);
      const template = learnTemplate(OPENSTACK_PRESET, others);
      const model = trainSuggestionModel(others.flatMap((p) => p.items), template);
      for (const item of held.items) {
        const want = innermostHeading(item) as string;
        counts.set(want, (counts.get(want) ?? 0) + 1);
        const suggestions = suggestGroups({ url: item.links[0]?.url ?? '', title: item.comment }, template, model);
        const best = suggestions[0]!;
        const got = best.project ?? best.section;
        // The corpus's one `### Tempst` is Tempest under another spelling.
        const right = (s: GroupKey) => (s.project ?? s.section) === (want === 'Tempst' ? 'Tempest' : want);
        if (right(best)) hits++;
        else confusion.set(`${want} ← ${got}`, (confusion.get(`${want} ← ${got}`) ?? 0) + 1);
        // What the form offers: the suggestion, and the alternatives one click away.
        if (right(best) || suggestionShown(suggestions, best).alternatives.some(right)) offered++;
        total++;
      }
    }
    const accuracy = hits / total;
    const baseline = Math.max(...counts.values()) / total;
    // As the editor meets them: each issue from the ones before it.
    let forwardHits = 0;
    let forwardTotal = 0;
    eachFromThoseBefore(parsed, OPENSTACK_PRESET, (held, template, model) => {
      for (const item of held.items) {
        const best = suggestGroups({ url: item.links[0]?.url ?? '', title: item.comment }, template, model)[0]!;
        if ((best.project ?? best.section) === (innermostHeading(item) === 'Tempst' ? 'Tempest' : innermostHeading(item))) forwardHits++;
        forwardTotal++;
      }
    });
    console.log(
      `Project suggestion, top-1, leave-one-issue-out over ${total} corpus items: ${(accuracy * 100).toFixed(1)} % ` +
        `(always the most common heading: ${(baseline * 100).toFixed(1)} %); ` +
        `the suggestion or one of the alternatives the form offers beside it: ${((offered / total) * 100).toFixed(1)} %; ` +
        `each issue from the ones before it: ${((forwardHits / forwardTotal) * 100).toFixed(1)} % of ${forwardTotal}\n` +
        `Most common misses (published ← suggested): ${[...confusion]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 10)
          .map(([pair, n]) => `${pair} ×${n}`)
          .join(', ')}`,
    );
    // Issue 14's target, met at its edge (248 of 309): a change that loses one item shows here.
    expect(accuracy).toBeGreaterThanOrEqual(0.8);
    // A wrong first suggestion is mostly one click from right: a guard against losing that.
    expect(offered / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe.skipIf(!otherDigestsAvailable)('suggestion accuracy for the other digests of the corpus', () => {
  it.each(DIGESTS.filter((d) => d !== 'openstack-digest'))('%s: well above always the most common heading, learning from its other issues and from the issues before each', (digest) => {
    const plan = planImport(digestFiles(digest), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-12-01');
    let hits = 0;
    let total = 0;
    const counts = new Map<string, number>();
    eachHeldOut(digest, (held, template, model) => {
      for (const item of held.items) {
        const want = `${item.section} › ${item.project}`;
        counts.set(want, (counts.get(want) ?? 0) + 1);
        // A capture has the page's title: the entry's link text where it has one.
        const best = suggestGroups({ url: item.links[0]?.url ?? '', title: item.links[0]?.title || item.comment }, template, model)[0];
        if (best && `${best.section} › ${best.project}` === want) hits++;
        total++;
      }
    });
    const accuracy = hits / total;
    const baseline = Math.max(...counts.values()) / total;
    // As the editor meets them: each issue from the ones before it.
    let forwardHits = 0;
    let forwardTotal = 0;
    eachFromThoseBefore(plan.parsed, DEFAULT_TEMPLATE, (held, template, model) => {
      for (const item of held.items) {
        const best = suggestGroups({ url: item.links[0]?.url ?? '', title: item.links[0]?.title || item.comment }, template, model)[0];
        if (best && best.section === item.section && best.project === item.project) forwardHits++;
        forwardTotal++;
      }
    });
    const forward = forwardHits / forwardTotal;
    console.log(
      `${digest}: ${(accuracy * 100).toFixed(1)} % of ${total} entries (always the most common heading: ${(baseline * 100).toFixed(1)} %); each issue from the ones before it: ${(forward * 100).toFixed(1)} % of ${forwardTotal}`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(1.5 * baseline);
    expect(forward).toBeGreaterThanOrEqual(1.5 * baseline);
    // A model learned for each of This Week in Rust's 1,800 entries and each of its issues: 18 s
    // alone on a two-core machine, over the default 20 s when the machine is busy.
  }, 90_000);
});
