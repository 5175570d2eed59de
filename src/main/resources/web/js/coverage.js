// The coverage map: storage tiers, as an underwriter would assign them, against perils and lines of cover. The
// figures are the advisory's (its `coverage`): what the firm's own layers pay, stacked, for losing what each tier
// holds. The page draws them; it works nothing out itself.

import {clear, h} from './dom.js';
import {formatUsd, shortUsd} from './format.js';
import {PERILS, POLICY_LINES, labelOf} from './options.js';

const ROWS = ['HOT', 'WARM', 'COLD'];

// the advisory's cell statuses, as the page names them (and their CSS classes)
const KEYS = {COVERED: 'covered', SUBLIMITED: 'sublimited', NONE: 'none', NOT_THEFT_COVER: 'na'};

export const STATUS = {
  covered: {symbol: '✓', text: 'Covered'},
  sublimited: {symbol: '◐', text: 'Sub-limited'},
  none: {symbol: '✕', text: 'Not covered'},
  na: {symbol: '–', text: 'Not theft cover'},
};

/** The map's figures as the page draws them: per tier, a cell for every peril and line. */
function mapOf(coverage) {
  const tiers = {};
  for (const tier of ROWS) {
    const t = coverage.tiers[tier];
    const idle = t.exposureUsd === 0;
    const cell = c => ({status: KEYS[c.status] || 'none', best: c.coveredUsd, idle});
    const perils = {};
    for (const [peril] of PERILS) perils[peril] = cell(t.perils[peril] || {status: 'NONE', coveredUsd: 0});
    const lines = {};
    for (const line of coverage.lines) lines[line] = cell(t.lines[line]);
    tiers[tier] = {exposure: t.exposureUsd, best: t.coveredUsd, gap: t.uninsuredUsd, perils, lines};
  }
  return {tiers, lines: coverage.lines};
}

/** Draws the advisory's coverage map and the exposure-against-cover bars into the container. */
export function renderCoverage(container, advisory) {
  const map = mapOf(advisory.coverage);
  clear(container);
  container.append(
    legend(),
    h('div', {class: 'map-scroll map-wide', tabindex: '0', role: 'region', 'aria-label': 'Coverage map (scrolls sideways)'},
      table(map)),
    narrowTable(map),
    h('h4', {class: 'bars-title'}, 'Exposure against your own cover, per tier'),
    h('p', {class: 'bars-intro'}, 'The longest bar is the value held in the tier as an underwriter would assign it; '
      + 'the green part is what your own crime, specie or theft warranty layers would pay, stacked, for losing it '
      + 'all, the red part what they would not.'),
    h('div', {class: 'bars'}, ROWS.map(tier => bar(tier, map.tiers[tier]))));
  return map;
}

function legend() {
  const item = key => h('li', {class: 'legend-item'},
    h('span', {class: 'swatch cell-' + key, 'aria-hidden': 'true'}, STATUS[key].symbol),
    h('span', {}, h('strong', {}, STATUS[key].text), ': ', LEGEND_TEXT[key]));
  return h('div', {class: 'legend'},
    h('ul', {class: 'legend-list', 'aria-label': 'Legend'}, Object.keys(STATUS).map(item)),
    h('p', {class: 'legend-note'}, 'Only your own crime, specie, and warranties naming a theft peril count: cyber '
      + 'and the other lines do not pay for stolen assets in custody, and policies that do not name you are not your '
      + 'cover. Tiers are those an underwriter would assign; figures are what your layers pay, stacked.'));
}

const LEGEND_TEXT = {
  covered: 'your own layers answer for the peril, and together pay at least the value held in the tier.',
  sublimited: 'covered, but your layers pay less than the value held in the tier.',
  none: 'no layer of your own covers this peril (or line) for the tier. Grey when the tier holds nothing.',
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
  // for a tier holding something, best is what the layers pay for losing it, and gap what they leave
  const scale = Math.max(t.exposure, t.best, 1);
  const pct = v => (100 * v / scale).toFixed(2) + '%';
  const track = h('div', {class: 'bar-track', 'aria-hidden': 'true'},
    h('span', {class: 'bar-paid'}), h('span', {class: 'bar-gap'}), h('span', {class: 'bar-limit'}));
  // widths come from the figures; set through the style object, which the page's content policy allows
  track.children[0].style.width = pct(t.exposure ? t.best : 0);
  track.children[1].style.width = pct(t.gap);
  track.children[2].style.left = 'calc(' + pct(t.best) + ' - 1px)';
  if (t.best === 0) track.children[2].hidden = true;
  let label;
  if (t.exposure === 0) {
    label = ['nothing held', t.best ? '; your layers would pay up to ' + formatUsd(t.best) : '', '.'];
  } else {
    const summary = t.gap === 0 ? 'Fully covered.'
      : formatUsd(t.gap) + ' uninsured (' + Math.round(100 * t.gap / t.exposure) + '% of the tier).';
    label = [formatUsd(t.exposure), ' held; your cover pays ', formatUsd(t.best), '. ',
      h('span', {class: t.gap ? 'gap-text' : ''}, summary)];
  }
  return h('div', {class: 'bar-row' + (tier === 'HOT' ? ' bar-hot' : ''), 'data-tier': tier,
    'data-uninsured': String(t.gap)},
  h('p', {class: 'bar-label'}, h('strong', {}, tier), ': ', label),
  track);
}
