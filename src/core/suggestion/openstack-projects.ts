/**
 * OpenStack projects by the name digest headings use, with their code names, former names and
 * repositories. Data, not logic: project suggestion and the importer read it.
 */
export interface KnownProject {
  name: string;
  /** Lower-case words that name it in URLs, titles and mailing-list tags. */
  keys: readonly string[];
}

export const OPENSTACK_PROJECTS: readonly KnownProject[] = [
  { name: 'Nova', keys: ['nova', 'novaclient', 'nova-specs', 'gantt', 'placement'] },
  { name: 'Neutron', keys: ['neutron', 'quantum', 'neutronclient', 'neutron-specs', 'lbaas', 'fwaas', 'vpnaas', 'octavia', 'ovn'] },
  { name: 'Cinder', keys: ['cinder', 'cinderclient', 'cinder-specs'] },
  { name: 'Glance', keys: ['glance', 'glanceclient'] },
  { name: 'Swift', keys: ['swift', 'swiftclient'] },
  { name: 'Keystone', keys: ['keystone', 'keystoneclient', 'keystone-specs', 'keystonemiddleware'] },
  { name: 'Horizon', keys: ['horizon', 'django_openstack_auth'] },
  { name: 'Heat', keys: ['heat', 'heatclient', 'heat-templates', 'heat-translator', 'heat-specs'] },
  { name: 'Ceilometer', keys: ['ceilometer', 'ceilometerclient', 'aodh', 'gnocchi', 'panko'] },
  { name: 'Trove', keys: ['trove', 'troveclient'] },
  { name: 'Sahara', keys: ['sahara', 'savanna', 'saharaclient'] },
  { name: 'Ironic', keys: ['ironic', 'ironicclient'] },
  { name: 'Tempest', keys: ['tempest', 'qa-specs', 'grenade'] },
  { name: 'Marconi', keys: ['marconi', 'zaqar'] },
  { name: 'Barbican', keys: ['barbican'] },
  { name: 'Designate', keys: ['designate'] },
  { name: 'Manila', keys: ['manila'] },
  { name: 'Murano', keys: ['murano'] },
  { name: 'Mistral', keys: ['mistral'] },
  { name: 'Magnum', keys: ['magnum'] },
  { name: 'Rally', keys: ['rally'] },
  { name: 'TripleO', keys: ['tripleo', 'tuskar'] },
  { name: 'Oslo', keys: ['oslo', 'oslo.config', 'oslo.messaging', 'oslo-incubator'] },
  { name: 'Devstack', keys: ['devstack'] },
];

export function knownProjectByKey(key: string): KnownProject | undefined {
  const k = key.toLowerCase();
  return OPENSTACK_PROJECTS.find((p) => p.keys.includes(k) || p.name.toLowerCase() === k);
}
