// The Query tab: the GraphQL requests behind the current view, as sent, with their time and size; each opens in
// GraphiQL (a new tab there, same origin) so a researcher can run, change and cite it.
import { h, replace, formatCount } from '../dom.js';

export class QueryView {
  constructor(root, app) {
    this.app = app;
    this.element = h('section', { class: 'view query-view', 'aria-label': 'Queries of the view' });
    root.append(this.element);
  }

  show() {
    const log = this.app.viewLog();
    const graphiql = this.app.graphqlPath;
    replace(this.element,
      h('h2', {}, 'The GraphQL behind this view'),
      h('p', {}, 'The dashboard reads the graph only through the public GraphQL API. These are the requests of the current view; any client can send them.'),
      log.map((entry) => {
        const link = `${graphiql}#${new URLSearchParams({ query: entry.query, variables: JSON.stringify(entry.variables ?? {}, null, 2) })}`;
        return h('article', { class: 'query-entry' },
          h('h3', {}, entry.label, h('span', { class: 'muted' }, ` ${entry.ms} ms, ${formatCount(entry.bytes)} bytes`)),
          h('pre', { class: 'query-text' }, entry.query),
          h('pre', { class: 'query-variables' }, JSON.stringify(entry.variables ?? {}, null, 2)),
          h('a', { href: link, target: '_blank', rel: 'noopener' }, 'Open in GraphiQL'));
      }));
  }
}
