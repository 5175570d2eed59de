// The coverage map: storage tiers against perils and lines of cover, worked out from the profile's own
// policies, so gaps show at a glance. It follows the engine's reading of a policy: only crime, specie, or a
// warranty naming a theft peril pays for stolen assets; a policy without sub-limits pays its whole limit for
// every tier; with sub-limits, a tier left out is not covered.

import {clear, h} from './dom.js';
import {formatUsd, shortUsd} from './format.js';
import {PERILS, POLICY_LINES, TIER_CODES, labelOf} from './options.js';

const THEFT_PERILS = new Set(['EXTERNAL_THEFT', 'INTERNAL_THEFT', 'COLLUSION', 'KEY_COMPROMISE']);
const THEFT_LINES = ['CRIME', 'SPECIE', 'WARRANTY'];
const ROWS = ['HOT', 'WARM', 'COLD'];

export const STATUS = {
  covered: {symbol: '✓', text: 'Covered'},
  sublimited: {symbol: '◐', text: 'Sub-limited'},
  none: {symbol: '✕', text: 'Not covered'},
  na: {symbol: '–', text: 'Not theft cover'},
};

function amount(v) {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
}

function covers(policy) {
  return Array.isArray(policy.covers) ? policy.covers : [];
}

export function isTheftCover(policy) {
  return policy.line === 'CRIME' || policy.line === 'SPECIE'
    || (policy.line === 'WARRANTY' && covers(policy).some(p => THEFT_PERILS.has(p)));
}

/** What the policy pays for a loss from the tier. */
export function limitFor(policy, tier) {
  const limit = amount(policy.limitUsd);
  const subs = policy.tierSublimitsUsd;
  if (!subs || typeof subs !== 'object' || Object.keys(subs).length === 0) return limit;
  return Math.min(amount(subs[tier]), limit);
}

/** The map's figures: exposure per tier, and per tier a cell for every peril and line. */
export function coverageOf(profile) {
  const exposure = {COLD: 0, WARM: 0, HOT: 0};
  for (const w of profile.wallets || []) if (w && TIER_CODES.includes(w.tier)) exposure[w.tier] += amount(w.valueUsd);
  const policies = ((profile.insurance || {}).policies || []).filter(p => p && typeof p === 'object');
  const theft = policies.filter(isTheftCover);
  const heldLines = new Set(policies.map(p => p.line));
  // crime and specie always show, held or not: their absence is the gap the map is for
  const lines = POLICY_LINES.map(o => o[0]).filter(l => l === 'CRIME' || l === 'SPECIE' || heldLines.has(l));

  const cell = (tier, candidates) => {
    const best = Math.max(0, ...candidates.map(p => limitFor(p, tier)));
    const status = best <= 0 ? 'none' : best < exposure[tier] ? 'sublimited' : 'covered';
    return {status, best, idle: exposure[tier] === 0};
  };
  const tiers = {};
  for (const tier of TIER_CODES) {
    const perils = {};
    for (const [peril] of PERILS) perils[peril] = cell(tier, theft.filter(p => covers(p).includes(peril)));
    const byLine = {};
    for (const line of lines) {
      const ofLine = policies.filter(p => p.line === line);
      byLine[line] = THEFT_LINES.includes(line) && (ofLine.length === 0 || ofLine.some(isTheftCover))
        ? cell(tier, ofLine.filter(isTheftCover))
        : {status: 'na', best: 0, idle: exposure[tier] === 0, held: ofLine.length > 0};
    }
    const best = Math.max(0, ...theft.map(p => limitFor(p, tier)));
    tiers[tier] = {exposure: exposure[tier], best, perils, lines: byLine};
  }
  return {tiers, lines, theftPolicies: theft.length, policies: policies.length};
}

/** Draws the map and the exposure-against-limit bars into the container. */
export function renderCoverage(container, profile) {
  const map = coverageOf(profile);
  clear(container);
  container.append(
    legend(),
    h('div', {class: 'map-scroll map-wide', tabindex: '0', role: 'region', 'aria-label': 'Coverage map (scrolls sideways)'},
      table(map)),
    narrowTable(map),
    h('h4', {class: 'bars-title'}, 'Exposure against the best limit, per tier'),
    h('p', {class: 'bars-intro'}, 'The longest bar is the value held in the tier; the green part is what the best '
      + 'crime, specie or theft warranty limit for that tier would pay, the red part what it would not.'),
    h('div', {class: 'bars'}, ROWS.map(tier => bar(tier, map.tiers[tier]))));
  return map;
}

function legend() {
  const item = key => h('li', {class: 'legend-item'},
    h('span', {class: 'swatch cell-' + key, 'aria-hidden': 'true'}, STATUS[key].symbol),
    h('span', {}, h('strong', {}, STATUS[key].text), ': ', LEGEND_TEXT[key]));
  return h('div', {class: 'legend'},
    h('ul', {class: 'legend-list', 'aria-label': 'Legend'}, Object.keys(STATUS).map(item)),
    h('p', {class: 'legend-note'}, 'Only crime, specie, and warranties naming a theft peril count: cyber and the '
      + 'other lines do not pay for stolen assets in custody. Figures are each tier\'s best single limit.'));
}

const LEGEND_TEXT = {
  covered: 'a policy that pays for stolen assets names the peril, and its limit for the tier is at least the value held there.',
  sublimited: 'covered, but the best limit for the tier is below the value held there.',
  none: 'no such policy covers this peril (or line) for the tier. Grey when the tier holds nothing.',
  na: 'a policy you hold in this line, which does not pay for stolen assets.',
};

function table(map) {
  const perilHead = PERILS.map(([code, name, short]) => h('th', {scope: 'col', class: 'col-peril'},
    h('span', {'aria-hidden': 'true'}, short), h('span', {class: 'visually-hidden'}, name)));
  const lineHead = map.lines.map((line, i) => h('th', {scope: 'col', class: 'col-line' + (i === 0 ? ' first-line' : '')},
    shortLine(line)));
  const rows = ROWS.map((tier, rowIndex) => {
    const t = map.tiers[tier];
    const cells = PERILS.map(([peril]) => cellEl(tier, peril, t.perils[peril]));
    const lineCells = [];
    map.lines.forEach((line, i) => {
      const c = t.lines[line];
      const extra = i === 0 ? 'first-line' : '';
      if (c.status === 'na') {
        // a line that never pays for theft reads the same for every tier: one cell down the column
        if (rowIndex === 0) lineCells.push(cellEl(tier, line, c, extra, ROWS.length));
      } else {
        lineCells.push(cellEl(tier, line, c, extra));
      }
    });
    return h('tr', {'data-tier': tier},
      h('th', {scope: 'row', class: 'row-tier'}, h('span', {class: 'tier-name'}, tier),
        h('span', {class: 'tier-exposure'}, t.exposure ? shortUsd(t.exposure) + ' held' : 'nothing held')),
      cells, lineCells);
  });
  return h('table', {class: 'coverage-map', id: 'coverage-map'},
    h('caption', {class: 'visually-hidden'}, 'Coverage by storage tier against perils and lines of cover'),
    h('thead', {},
      h('tr', {}, h('td', {class: 'corner'}),
        h('th', {scope: 'colgroup', colspan: PERILS.length, class: 'group'}, 'Perils'),
        h('th', {scope: 'colgroup', colspan: map.lines.length, class: 'group group-lines'}, 'Lines')),
      h('tr', {}, h('th', {scope: 'col', class: 'corner'}, 'Tier'), perilHead, lineHead)),
    h('tbody', {}, rows));
}

/**
 * The same map turned on its side for narrow screens: a row per peril and line, a column per tier, so a
 * phone shows it whole instead of three columns at a time.
 */
function narrowTable(map) {
  const head = h('tr', {}, h('th', {scope: 'col', class: 'corner'}, 'Peril or line'), ROWS.map(tier =>
    h('th', {scope: 'col', class: 'col-tier'}, h('span', {class: 'tier-name'}, tier),
      h('span', {class: 'tier-exposure'}, map.tiers[tier].exposure ? shortUsd(map.tiers[tier].exposure) + ' held'
        : 'nothing held'))));
  const group = title => h('tr', {class: 'group-row'}, h('th', {scope: 'colgroup', colspan: ROWS.length + 1}, title));
  const perilRows = PERILS.map(([peril, name]) => h('tr', {},
    h('th', {scope: 'row', class: 'row-name'}, name),
    ROWS.map(tier => cellEl(tier, peril, map.tiers[tier].perils[peril]))));
  const lineRows = map.lines.map(line => {
    const first = map.tiers[ROWS[0]].lines[line];
    return h('tr', {},
      h('th', {scope: 'row', class: 'row-name'}, labelOf(POLICY_LINES, line)),
      first.status === 'na'
        ? naCell(line, ROWS.length)
        : ROWS.map(tier => cellEl(tier, line, map.tiers[tier].lines[line])));
  });
  return h('table', {class: 'coverage-map coverage-narrow', id: 'coverage-map-narrow'},
    h('caption', {class: 'visually-hidden'}, 'Coverage by peril and line of cover against storage tiers'),
    h('thead', {}, head),
    h('tbody', {}, group('Perils'), perilRows, group('Lines'), lineRows));
}

function naCell(line, colspan) {
  const td = cellEl('ALL', line, {status: 'na', best: 0, idle: false});
  td.colSpan = colspan;
  return td;
}

function shortLine(line) {
  return {D_AND_O: 'D&O', E_AND_O: 'E&O', SMART_CONTRACT: 'Smart contract', STAKING_SLASHING: 'Staking'}[line]
    || labelOf(POLICY_LINES, line);
}

function cellEl(tier, column, c, extraClass, rowspan) {
  const s = STATUS[c.status];
  // an uncovered tier that holds nothing is no gap: it is drawn quietly and says why
  const idle = c.idle && c.status === 'none';
  const figure = c.status === 'covered' || c.status === 'sublimited' ? shortUsd(c.best) : null;
  let text = s.text;
  if (c.status === 'na') text = 'Held: not theft cover';
  else if (idle) text = 'Nothing held';
  return h('td', {class: ['cell', 'cell-' + c.status, idle ? 'idle' : '', extraClass].filter(Boolean).join(' '),
    'data-tier': tier, 'data-column': column, 'data-status': c.status, rowspan: rowspan || null},
  h('span', {class: 'sym', 'aria-hidden': 'true'}, idle ? '·' : s.symbol),
  h('span', {class: 'cell-text'}, text),
  figure ? h('span', {class: 'cell-figure'}, figure) : null);
}

function bar(tier, t) {
  const scale = Math.max(t.exposure, t.best, 1);
  const paid = Math.min(t.best, t.exposure);
  const gap = Math.max(0, t.exposure - t.best);
  const pct = v => (100 * v / scale).toFixed(2) + '%';
  const track = h('div', {class: 'bar-track', 'aria-hidden': 'true'},
    h('span', {class: 'bar-paid'}), h('span', {class: 'bar-gap'}), h('span', {class: 'bar-limit'}));
  // widths come from the figures; set through the style object, which the page's content policy allows
  track.children[0].style.width = pct(paid);
  track.children[1].style.width = pct(gap);
  track.children[2].style.left = 'calc(' + pct(t.best) + ' - 1px)';
  if (t.best === 0) track.children[2].hidden = true;
  let summary;
  if (t.exposure === 0) summary = 'Nothing held.';
  else if (gap === 0) summary = 'Fully within the limit.';
  else summary = formatUsd(gap) + ' uninsured (' + Math.round(100 * gap / t.exposure) + '% of the tier).';
  return h('div', {class: 'bar-row' + (tier === 'HOT' ? ' bar-hot' : ''), 'data-tier': tier,
    'data-uninsured': String(gap)},
  h('p', {class: 'bar-label'}, h('strong', {}, tier), ': ', formatUsd(t.exposure), ' held; best ',
    tier.toLowerCase(), ' limit ', formatUsd(t.best), '. ', h('span', {class: gap ? 'gap-text' : ''}, summary)),
  track);
}
