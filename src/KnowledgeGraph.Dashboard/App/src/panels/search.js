// The search box: the API's full-text search over names and aliases. Arrow keys move through the suggestions,
// Enter selects (the node is selected in the view when it is there, else its evidence is shown), Escape closes.
import { h } from '../dom.js';
import { SEARCH_QUERY } from '../queries.js';

export class SearchBox {
  constructor(root, app) {
    this.app = app;
    this.input = h('input', {
      id: 'search', type: 'search', placeholder: 'Search cities, projects, organisations…', autocomplete: 'off',
      role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'search-results', 'aria-autocomplete': 'list',
      oninput: () => this.schedule(), onkeydown: (e) => this.onKey(e),
    });
    this.list = h('ul', { id: 'search-results', role: 'listbox', class: 'search-results', hidden: true, 'aria-label': 'Search results' });
    this.element = h('div', { class: 'search', role: 'search' }, h('label', { for: 'search', class: 'visually-hidden' }, 'Search the graph'), this.input, this.list);
    root.append(this.element);
    this.items = [];
    this.active = -1;
    this.request = 0;
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), 200);
  }

  async run() {
    const text = this.input.value.trim();
    const request = ++this.request;
    if (text.length < 2) return this.close();
    try {
      const data = await this.app.client.request('search', SEARCH_QUERY, { text, first: 12 });
      if (request !== this.request) return;
      this.items = data.search;
      this.active = this.items.length ? 0 : -1;
      this.render();
    } catch (error) {
      this.items = [];
      this.list.replaceChildren(h('li', { class: 'error' }, error.message));
      this.list.hidden = false;
    }
  }

  render() {
    const inView = (id) => this.app.graph?.hasNode(id);
    this.list.replaceChildren(...this.items.map((item, i) => h('li', {
      id: `search-${i}`, role: 'option', 'aria-selected': String(i === this.active), class: i === this.active ? 'active' : null,
      onmousedown: (e) => { e.preventDefault(); this.choose(i); },
    }, h('span', { class: 'badge' }, item.kind), ` ${item.name}`, inView(item.id) ? '' : h('span', { class: 'muted' }, ' (not in this view)'))));
    if (this.items.length === 0) this.list.replaceChildren(h('li', { class: 'muted' }, 'No match'));
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.input.setAttribute('aria-activedescendant', this.active >= 0 ? `search-${this.active}` : '');
  }

  onKey(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!this.items.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.items.length) % this.items.length;
      this.render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  choose(i) {
    const item = this.items[i];
    this.close();
    this.input.value = item.name;
    this.app.select(item.id, { reveal: true });
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
