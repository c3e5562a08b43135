// The filters: theme, programme, network, country, years, node kinds, colour, the most projects loaded, and the
// "collapse organisations into their cities" switch. Every control writes the view state (and so the URL).
import { h } from '../dom.js';

const select = (id, label, options, value, onchange) => h('label', { for: id }, label,
  h('select', { id, name: id, onchange },
    h('option', { value: '' }, 'All'),
    options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label))));

export class FiltersPanel {
  constructor(root, app) {
    this.app = app;
    this.element = h('form', { class: 'filters', 'aria-label': 'Filters', onsubmit: (e) => e.preventDefault() });
    root.append(this.element);
  }

  /** options: the lists from FILTER_OPTIONS_QUERY; kinds: [{ name, color, count }] loaded in the view. */
  render(options, kinds) {
    const state = this.app.state.get();
    const set = (key) => (e) => this.app.state.set({ [key]: e.target.value, sel: '', cam: '' });
    const shown = state.kinds ? new Set(state.kinds.split(',')) : null;
    const toggleKind = (name) => (e) => {
      const all = kinds.map((k) => k.name);
      const current = new Set(shown ?? all);
      if (e.target.checked) current.add(name);
      else current.delete(name);
      const list = all.filter((k) => current.has(k));
      this.app.state.set({ kinds: list.length === all.length ? '' : list.join(','), cam: '' });
    };
    this.element.replaceChildren(
      h('h2', {}, 'Filters'),
      select('theme', 'Theme', options.themes.map((t) => ({ value: t.id, label: t.name })), state.theme, set('theme')),
      select('programme', 'Programme (with its strands)', options.programmes.map((p) => ({ value: p.id, label: p.acronym ? `${p.name} (${p.acronym})` : p.name })), state.programme, set('programme')),
      select('network', 'Network (partners that are members)', options.networks.map((n) => ({ value: n.id, label: n.acronym ? `${n.name} (${n.acronym})` : n.name })), state.network, set('network')),
      select('country', 'Country (a partner there)', options.countries.filter((c) => c.isoCode).map((c) => ({ value: c.isoCode, label: c.name })), state.country, set('country')),
      h('fieldset', { class: 'years' }, h('legend', {}, 'Years (projects running)'),
        h('label', { for: 'from' }, 'from', h('input', { id: 'from', type: 'number', min: '1950', max: '2100', inputmode: 'numeric', value: state.from, onchange: set('from') })),
        h('label', { for: 'to' }, 'to', h('input', { id: 'to', type: 'number', min: '1950', max: '2100', inputmode: 'numeric', value: state.to, onchange: set('to') }))),
      h('fieldset', { class: 'kinds' }, h('legend', {}, 'Node kinds'),
        kinds.map((k) => h('label', { class: 'check' },
          h('input', { type: 'checkbox', name: 'kind', value: k.name, checked: !shown || shown.has(k.name), onchange: toggleKind(k.name) }),
          h('span', { class: 'swatch', dataset: { color: k.color } }), ` ${k.name} (${k.count})`))),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'collapse', checked: state.collapse === '1', onchange: (e) => this.app.state.set({ collapse: e.target.checked ? '1' : '0', cam: '' }) }),
        ' Collapse organisations into their cities'),
      h('label', { for: 'color' }, 'Colour by', h('select', { id: 'color', onchange: set('color') },
        h('option', { value: 'kind', selected: state.color === 'kind' }, 'kind'),
        h('option', { value: 'theme', selected: state.color === 'theme' }, 'theme (projects)'))),
      h('label', { for: 'limit' }, 'Most projects loaded', h('select', { id: 'limit', onchange: set('limit') },
        ['100', '300', '1000', '3000', '5000'].map((v) => h('option', { value: v, selected: state.limit === v }, v)))),
      h('button', { type: 'button', class: 'reset', onclick: () => this.app.state.set({ theme: '', programme: '', network: '', country: '', from: '', to: '', kinds: '', collapse: '0', sel: '', cam: '' }) }, 'Clear filters'),
    );
    for (const swatch of this.element.querySelectorAll('.swatch')) swatch.style.background = swatch.dataset.color;
  }
}
