// The view state: which view, the filters, the selection and the camera. It lives in the URL's query string, so
// a view can be cited, bookmarked and shared; back and forward restore it (popstate).

/** Every key with its default; a key equal to its default is left out of the URL. */
export const DEFAULTS = Object.freeze({
  view: 'network', // network | map | table | questions | query
  theme: '',
  programme: '',
  network: '',
  country: '', // ISO code
  from: '', // year
  to: '', // year
  kinds: '', // comma-separated kinds shown; empty = all loaded kinds
  collapse: '0', // 1: organisations collapsed into their cities
  limit: '300', // the most projects loaded
  color: 'kind', // kind | theme
  sel: '', // a node id, or an edge key (see graph-data.js)
  cam: '', // x,y,ratio of the network view's camera
  q: 'collaborations', // the question shown in the questions view
  a: '', // the question's first node (city, programme, country)
  b: '', // the question's second node (path)
});

/** Keys whose change reloads the graph. */
export const DATA_KEYS = ['theme', 'programme', 'network', 'country', 'from', 'to', 'limit', 'kinds', 'collapse'];

export function parse(search) {
  const params = new URLSearchParams(search);
  const state = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS)) {
    const value = params.get(key);
    if (value !== null) state[key] = value;
  }
  return state;
}

export function serialize(state) {
  const params = new URLSearchParams();
  for (const [key, fallback] of Object.entries(DEFAULTS)) {
    const value = state[key] ?? fallback;
    if (value !== fallback && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : location.pathname;
}

/** The state store: set() writes the URL (a history entry, or a replacement for camera moves) and notifies. */
export class ViewState {
  constructor() {
    this.value = parse(location.search);
    this.listeners = [];
    window.addEventListener('popstate', () => {
      const previous = this.value;
      this.value = parse(location.search);
      this.emit(previous, true);
    });
  }

  get() {
    return this.value;
  }

  subscribe(listener) {
    this.listeners.push(listener);
  }

  /**
   * Changes some keys. replace: true replaces the history entry (camera, hover) instead of adding one.
   */
  set(patch, { replace = false } = {}) {
    const previous = this.value;
    const next = { ...previous, ...patch };
    const changed = Object.keys(DEFAULTS).filter((k) => (next[k] ?? '') !== (previous[k] ?? ''));
    if (changed.length === 0) return;
    this.value = next;
    const url = serialize(next);
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.emit(previous, false);
  }

  emit(previous, fromHistory) {
    const changed = Object.keys(DEFAULTS).filter((k) => (this.value[k] ?? '') !== (previous[k] ?? ''));
    for (const listener of this.listeners) listener(this.value, changed, fromHistory);
  }
}
