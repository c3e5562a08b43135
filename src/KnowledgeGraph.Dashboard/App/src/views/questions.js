// The research questions as views over the API's research fields (docs/analytics.md), with the filters of the
// dashboard as their scope: collaborations on a theme (city pairs ranked), a city's profile, the shortest
// connection between two nodes with the evidence of every hop, the most-connected cities, a programme's projects
// and a country's partners. Each answer comes from one root field (one store statement).
import { h, replace, formatCount } from '../dom.js';
import {
  COLLABORATIONS_QUERY, PROFILE_QUERY, PATH_QUERY, MOST_CONNECTED_QUERY, PROGRAMME_QUERY, COUNTRY_QUERY,
  SEARCH_QUERY, relationshipQuery, scopeArguments,
} from '../queries.js';
import { sourcesList } from '../panels/evidence.js';

export const QUESTIONS = [
  { id: 'collaborations', label: 'Collaborating cities', help: 'Pairs of cities in the same projects, ranked by shared projects, in the scope of the filters.' },
  { id: 'profile', label: 'City profile', help: 'A city\'s networks, projects, partner cities, countries and activity per year.', a: 'City' },
  { id: 'path', label: 'Connection between two nodes', help: 'The shortest paths (up to 4 hops), with the sources of every hop.', a: 'From', b: 'To' },
  { id: 'most', label: 'Most-connected cities', help: 'Cities ranked by partner cities, in the scope of the filters.' },
  { id: 'programme', label: 'Programme\'s projects', help: 'The projects a programme (and its strands) funds, by partner country. Uses the Programme filter.' },
  { id: 'countries', label: 'Partner countries', help: 'A country\'s partner cities and projects. Uses the Country filter.' },
];

export class QuestionsView {
  constructor(root, app) {
    this.app = app;
    this.picker = h('div', { class: 'question-picker', role: 'tablist', 'aria-label': 'Questions' });
    this.form = h('form', { class: 'question-form', onsubmit: (e) => { e.preventDefault(); this.submit(); } });
    this.result = h('div', { class: 'question-result', 'aria-live': 'polite' });
    this.element = h('section', { class: 'view questions-view', 'aria-label': 'Questions' }, this.picker, this.form, this.result);
    root.append(this.element);
    this.request = 0;
  }

  async show() {
    const state = this.app.state.get();
    const question = QUESTIONS.find((q) => q.id === state.q) ?? QUESTIONS[0];
    replace(this.picker, QUESTIONS.map((q) => h('button', {
      type: 'button', role: 'tab', 'aria-selected': String(q === question), class: q === question ? 'active' : null,
      onclick: () => this.app.state.set({ q: q.id }),
    }, q.label)));
    const labelOf = async (id) => (id ? (await this.app.nodeName(id)) : '');
    replace(this.form,
      h('p', { class: 'muted' }, question.help),
      question.a ? h('label', { for: 'qa' }, question.a, h('input', { id: 'qa', name: 'a', type: 'text', value: await labelOf(state.a), placeholder: 'name' })) : null,
      question.b ? h('label', { for: 'qb' }, question.b, h('input', { id: 'qb', name: 'b', type: 'text', value: await labelOf(state.b), placeholder: 'name' })) : null,
      question.a ? h('button', { type: 'submit' }, 'Ask') : null);
    await this.answer(question, state);
  }

  /** Resolves the typed names to ids (the API's search, cities first for a city question) and asks. */
  async submit() {
    const question = QUESTIONS.find((q) => q.id === this.app.state.get().q);
    const patch = {};
    for (const key of ['a', 'b']) {
      const input = this.form.querySelector(`[name=${key}]`);
      if (!input || !input.value.trim()) continue;
      const kinds = question.id === 'profile' ? ['City'] : null;
      const data = await this.app.client.request('search', SEARCH_QUERY, { text: input.value.trim(), first: 1, kinds });
      if (data.search[0]) patch[key] = data.search[0].id;
      else {
        replace(this.result, h('p', { class: 'error', role: 'alert' }, `Nothing is called "${input.value.trim()}".`));
        return;
      }
    }
    this.app.state.set(patch);
  }

  async answer(question, state) {
    const request = ++this.request;
    const scope = scopeArguments(state, this.app.filterOptions);
    this.result.dataset.state = 'loading';
    replace(this.result, h('p', { class: 'muted' }, 'Asking…'));
    try {
      let content;
      switch (question.id) {
        case 'collaborations': content = await this.collaborations(scope); break;
        case 'profile': content = state.a ? await this.profile(state.a, scope) : h('p', {}, 'Type a city and press Ask.'); break;
        case 'path': content = state.a && state.b ? await this.path(state.a, state.b) : h('p', {}, 'Type two names and press Ask.'); break;
        case 'most': content = await this.most(scope); break;
        case 'programme': content = state.programme ? await this.programme(scope) : h('p', {}, 'Choose a programme in the filters.'); break;
        case 'countries': content = scope.country ? await this.country(scope) : h('p', {}, 'Choose a country in the filters.'); break;
        default: content = null;
      }
      if (request !== this.request) return;
      replace(this.result, content);
      this.result.dataset.state = 'ready';
    } catch (error) {
      if (request !== this.request) return;
      replace(this.result, h('p', { class: 'error', role: 'alert' }, error.message));
      this.result.dataset.state = 'error';
    }
  }

  link(id, label) {
    return h('button', { type: 'button', class: 'link', onclick: () => this.app.select(id) }, label);
  }

  table(caption, columns, rows) {
    return h('table', { class: 'data' }, h('caption', {}, caption),
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))));
  }

  async collaborations(scope) {
    const data = await this.app.client.request('collaboratingCities', COLLABORATIONS_QUERY, { ...scope, first: 100 });
    const page = data.collaboratingCities;
    return this.table(`${formatCount(page.pairs.length)} of ${formatCount(page.totalCount)} city pairs`, ['City', 'City', 'Shared projects (evidence)', 'Projects'],
      page.pairs.map((p) => [this.link(p.cityA.id, `${p.cityA.name} (${p.cityA.countryCode ?? '?'})`), this.link(p.cityB.id, `${p.cityB.name} (${p.cityB.countryCode ?? '?'})`),
        h('button', { type: 'button', class: 'link pair', onclick: () => this.app.selectPair(p) }, String(p.sharedProjects)), p.projects.slice(0, 4).map((x) => x.acronym ?? x.name).join(', ') + (p.projects.length > 4 ? ', …' : '')]));
  }

  async profile(city, scope) {
    const data = await this.app.client.request('cityProfile', PROFILE_QUERY, { city, ...scope });
    const p = data.cityProfile;
    if (!p) return h('p', {}, 'Not a city.');
    return [
      h('h3', {}, `${p.city.name} (${p.city.countryCode ?? '?'})`),
      this.table(`Networks (${p.networks.length})`, ['Network', 'Status'], p.networks.map((n) => [this.link(n.id, n.name), n.status ?? ''])),
      this.table(`Projects (${p.projects.length})`, ['Project', 'Years', 'Role', 'Through', 'Programmes'], p.projects.map((x) => [this.link(x.id, x.acronym ?? x.name),
        [x.startYear, x.endYear].filter(Boolean).join('–'), x.role ?? '', x.direct ? 'the city' : x.organisations.map((o) => o.name).join(', '), x.programmes.map((g) => g.name).join(', ')])),
      this.table(`Partner cities: ${p.partners.items.length} of ${formatCount(p.partners.totalCount)}`, ['City', 'Shared projects'], p.partners.items.map((x) => [this.link(x.city.id, x.city.name), String(x.sharedProjects)])),
      this.table('Countries reached', ['Country', 'Partner cities', 'Projects'], p.countries.map((c) => [c.country.name, String(c.partnerCities), String(c.projects)])),
      this.table('Activity', ['Year', 'Projects started'], p.activity.map((a) => [String(a.year), String(a.projects)])),
    ];
  }

  async path(from, to) {
    const data = await this.app.client.request('connections', PATH_QUERY, { from, to });
    const c = data.connections;
    if (!c || !c.paths.length) return h('p', {}, 'No connection within 4 hops.');
    const items = [];
    for (const path of c.paths) {
      for (const r of path.relationships) {
        const kind = path.nodes.find((n) => n.id === r.from)?.kind;
        items.push({ owner: r.from, ownerKind: kind, other: r.to, type: r.type, fields: this.app.schema.fieldsFor(kind, r.type) });
      }
    }
    const asked = items.filter((i) => i.fields.length);
    const evidence = asked.length ? await this.app.client.request('connections: evidence', relationshipQuery(asked)) : {};
    const sourcesOf = (r) => {
      const i = asked.findIndex((x) => x.owner === r.from && x.other === r.to && x.type === r.type);
      if (i < 0) return [];
      const answer = evidence[`r${i}`];
      return asked[i].fields.flatMap((_, j) => answer?.[`f${j}`]?.edges ?? []).flatMap((e) => e.sources);
    };
    return [
      h('h3', {}, `${c.from.name} to ${c.to.name}: ${c.length} hop${c.length === 1 ? '' : 's'}`, c.truncated ? ' (more paths exist)' : ''),
      c.paths.map((path, p) => h('ol', { class: 'path', 'aria-label': `Path ${p + 1}` }, path.relationships.map((r, i) => {
        const a = path.nodes[i];
        const b = path.nodes[i + 1];
        return h('li', { class: 'hop' },
          h('p', {}, this.link(a.id, a.name), ` — ${r.type}${r.from === a.id ? ' →' : ' ←'} — `, this.link(b.id, b.name),
            r.properties ? h('span', { class: 'muted' }, ` ${JSON.stringify(r.properties)}`) : null),
          sourcesList(sourcesOf(r)));
      }))),
    ];
  }

  async most(scope) {
    const data = await this.app.client.request('mostConnected', MOST_CONNECTED_QUERY, scope);
    const page = data.mostConnected;
    return this.table(`${page.items.length} of ${formatCount(page.totalCount)} cities`, ['City', 'Country', 'Partner cities', 'Projects'],
      page.items.map((x) => [this.link(x.node.id, x.node.name), x.node.countryCode ?? '', String(x.partners), String(x.projects)]));
  }

  async programme(scope) {
    const data = await this.app.client.request('programmeProjects', PROGRAMME_QUERY, { ...scope, programme: scope.programme });
    const p = data.programmeProjects;
    if (!p) return h('p', {}, 'Not a programme.');
    const eur = (v) => (v ? `${Math.round(v).toLocaleString('en')} €` : '');
    return [
      h('h3', {}, p.programme.name, `: ${formatCount(p.totalCount)} projects, EU funding ${eur(p.euFunding)}`),
      this.table('Strands', ['Programme', 'Projects'], p.programmes.map((x) => [this.link(x.id, x.name), String(x.projects)])),
      this.table('Partner countries', ['Country', 'Projects', 'EU funding'], p.countries.map((x) => [x.country.name, String(x.projects), eur(x.euFunding)])),
      this.table(`Projects: ${p.projects.length} of ${formatCount(p.totalCount)}`, ['Project', 'Years', 'EU funding', 'Partners'], p.projects.map((x) => [this.link(x.id, x.acronym ?? x.name), [x.startDate, x.endDate].filter(Boolean).map((d) => d.slice(0, 4)).join('–'), eur(x.euFunding), String(x.partners)])),
    ];
  }

  async country(scope) {
    const data = await this.app.client.request('countryPartners', COUNTRY_QUERY, { ...scope, country: scope.country });
    const c = data.countryPartners;
    if (!c) return h('p', {}, 'Not a country.');
    return [
      h('h3', {}, c.country.name),
      this.table(`Cities: ${c.cities.items.length} of ${formatCount(c.cities.totalCount)}`, ['City', 'Projects'], c.cities.items.map((x) => [this.link(x.id, x.name), String(x.projects)])),
      this.table(`Projects: ${c.projects.items.length} of ${formatCount(c.projects.totalCount)}`, ['Project', 'Partners from the country'], c.projects.items.map((x) => [this.link(x.id, x.acronym ?? x.name), String(x.partners)])),
    ];
  }
}
