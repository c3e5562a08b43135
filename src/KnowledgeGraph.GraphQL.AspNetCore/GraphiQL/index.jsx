// GraphiQL for the GraphQL endpoint that serves this page. Bundled by build.mjs into dist/graphiql.js and
// dist/graphiql.css, which the endpoint serves itself: nothing is loaded from any other origin.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './page.css';

// The page is served at the endpoint's own path (a GET without a query), so requests go to that path.
const endpoint = window.location.pathname;

const accept = 'application/graphql-response+json, application/json;q=0.9';

// Posts {query, operationName, variables} as JSON. Request errors come back as GraphQL responses with a 4xx
// status; they are shown as they are. Anything that is not JSON is reported as an error response.
async function fetcher(params, options) {
  const headers = { 'Content-Type': 'application/json', Accept: accept, ...(options?.headers ?? {}) };
  const response = await fetch(endpoint, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: params.query,
      operationName: params.operationName ?? null,
      variables: params.variables ?? null,
    }),
    credentials: 'same-origin',
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status} ${response.statusText}: ${text.slice(0, 500)}` }] };
  }
}

const container = document.getElementById('graphiql');
const defaultQuery = container.dataset.defaultQuery || undefined;
// A link may carry a query to open in a tab of its own: #query=...&variables=... (the fragment never reaches the
// server, so the endpoint still answers the page). The dashboard's "Open in GraphiQL" uses it.
const linked = new URLSearchParams(window.location.hash.slice(1));
const query = linked.get('query') ?? undefined;
const variables = linked.get('variables') ?? undefined;

createRoot(container).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={defaultQuery}
    query={query}
    variables={variables}
    isHeadersEditorEnabled
    shouldPersistHeaders={false}
    showPersistHeadersSettings
  />,
);
