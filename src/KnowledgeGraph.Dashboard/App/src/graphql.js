// The dashboard's only way to the data: POST to the public GraphQL endpoint, as any researcher's client would.
// Every request is logged (query, variables, time, bytes) so the "Query" tab can show what produced the view.

export class GraphQLClient {
  /** @param {string} endpoint the endpoint's path, such as /graphql */
  constructor(endpoint) {
    this.endpoint = endpoint;
    /** The requests of the current view, newest last: { label, query, variables, ms, bytes }. */
    this.log = [];
  }

  /** Forgets the requests of the previous view. */
  startView() {
    this.log = [];
  }

  /**
   * Runs a query and returns its data; throws an Error naming every GraphQL error (with its path) otherwise.
   * @param {string} label what the request is for, shown in the Query tab
   */
  async request(label, query, variables = {}) {
    const started = performance.now();
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json;q=0.9' },
      body: JSON.stringify({ query, variables }),
      credentials: 'same-origin',
    });
    const text = await response.text();
    const entry = { label, query, variables, ms: Math.round(performance.now() - started), bytes: text.length };
    this.log.push(entry);
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`${label}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
    }
    if (body.errors?.length) {
      const messages = body.errors.map((e) => (e.path ? `${e.path.join('.')}: ` : '') + e.message);
      throw new Error(`${label}: ${messages.join('; ')}`);
    }
    return body.data;
  }
}
