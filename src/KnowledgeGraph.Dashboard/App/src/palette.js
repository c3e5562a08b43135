// Colours with at least 3:1 contrast against the white background (WCAG 2.1, 1.4.11 non-text contrast), distinct
// enough to tell kinds and themes apart. Kinds take them in the order the API declares its kinds.
// In the API's order of kinds: City, Country, Region, Network, Programme, Project, Organisation, Theme, Event, Study.
const COLORS = ['#1d4ed8', '#6b7280', '#0e7490', '#dc2626', '#7c3aed', '#b45309', '#15803d', '#be185d', '#4d7c0f', '#9333ea'];

export const kindColor = (index) => COLORS[index % COLORS.length];

/** A stable colour for any key (a theme id). */
export function keyColor(key) {
  let hash = 0;
  for (let i = 0; i < key.length; i += 1) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return COLORS[Math.abs(hash) % COLORS.length];
}

/** Dimmed colour for nodes outside the hovered neighbourhood. */
export const DIMMED = '#e5e7eb';
