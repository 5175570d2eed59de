// The money side of the advisory: the loss scenarios, largest first, and the programme schedule (own layers
// lowest first, gaps, cover relied on but not held, each wallet's declared and assessed tier). Every figure is
// the advisory's; the page only lays them out.

import {clear, h, idFor} from './dom.js';
import {formatUsd, humanize, shortUsd} from './format.js';

/** The loss scenarios as cards: what each is, its loss and what the firm's own layers pay for it. */
export function renderScenarios(container, advisory) {
  clear(container);
  const scenarios = advisory.scenarios || [];
  if (scenarios.length === 0) {
    container.append(h('p', {class: 'empty'}, 'No loss scenario applies: nothing is held in a wallet.'));
    return;
  }
  const names = walletNames(advisory);
  container.append(h('ol', {class: 'scenarios'}, scenarios.map((s, i) => scenario(s, i === 0, names))));
}

function scenario(s, largest, names) {
  const parts = [
    ['insured', s.insuredUsd, 'Insured'],
    ['retained', s.retainedUsd, 'Retained (deductible)'],
    ['uninsured', s.uninsuredUsd, 'Uninsured'],
  ];
  const track = h('div', {class: 'loss-track', 'aria-hidden': 'true'},
    parts.map(([key]) => h('span', {class: 'loss-' + key})));
  // widths come from the figures; set through the style object, which the page's content policy allows
  parts.forEach(([, value], i) => {
    track.children[i].style.width = s.lossUsd ? (100 * value / s.lossUsd).toFixed(2) + '%' : '0';
  });
  const paying = (s.payments || []).filter(p => p.paysUsd > 0);
  return h('li', {class: 'scenario' + (s.uninsuredUsd > 0 ? ' has-gap' : ''), id: 'scenario-' + s.id,
    'data-scenario-id': s.id, 'data-uninsured': String(s.uninsuredUsd)},
  h('p', {class: 'scenario-meta'}, largest ? h('span', {class: 'largest-badge'}, 'Largest') : null,
    h('span', {class: 'scenario-id'}, s.id)),
  h('h4', {class: 'scenario-name'}, s.name),
  h('p', {class: 'scenario-about'}, s.about),
  h('p', {class: 'scenario-loss'}, h('strong', {}, 'Loss ', formatUsd(s.lossUsd)),
    tiersText(s.lossByTier) ? ' (' + tiersText(s.lossByTier) + ')' : ''),
  track,
  h('ul', {class: 'loss-figures'}, parts.map(([key, value, label]) =>
    h('li', {class: 'fig-' + key + (value > 0 ? ' nonzero' : '')}, h('span', {class: 'swatch loss-' + key, 'aria-hidden': 'true'}), label + ': ',
      h('strong', {}, formatUsd(value))))),
  paying.length ? h('p', {class: 'scenario-paid'}, 'Paid by ', paying.map((p, i) =>
    [i ? '; ' : '', p.label, ' ', formatUsd(p.paysUsd)])) : null,
  s.wallets && s.wallets.length ? h('p', {class: 'scenario-wallets'}, 'Wallets: ', s.wallets.map((w, i) =>
    [i ? ', ' : '', h('a', {href: '#' + idFor(w), class: 'evidence-link', 'data-evidence': w}, names.get(w) || w)]))
    : null,
  s.uninsuredUsd > 0 && s.lever ? h('p', {class: 'scenario-lever'}, h('strong', {}, 'To make it smaller: '), s.lever)
    : null);
}

function tiersText(byTier) {
  return Object.entries(byTier || {}).map(([tier, v]) => humanize(tier) + ' ' + shortUsd(v)).join(', ');
}

function walletNames(advisory) {
  return new Map((advisory.wallets || []).map(w => [w.path, w.name ? '"' + w.name + '"' : w.path]));
}

/** The programme schedule: own layers lowest first, gaps, cover relied on but not held, and the wallets' tiers. */
export function renderProgramme(container, advisory) {
  clear(container);
  const programme = advisory.programme;
  const labels = new Map(programme.layers.map(l => [l.path, l.label]));
  if (programme.layers.length === 0) {
    container.append(h('p', {class: 'empty no-layers'}, 'No crime, specie or theft warranty of your own: nothing of '
      + 'yours pays for stolen assets.'));
  } else {
    container.append(h('ol', {class: 'layers', 'aria-label': 'Your own layers, lowest first'},
      programme.layers.map(l => layer(l, labels))));
  }
  for (const g of programme.gaps) {
    container.append(h('p', {class: 'layer-gap', 'data-above': g.above},
      h('strong', {}, 'Gap: '), 'no layer of yours pays from ', formatUsd(g.fromUsd), ' to ', formatUsd(g.toUsd),
      ' on ', g.tiers.map(humanize).join(', '), ': ', labels.get(g.above) || g.above,
      g.below ? [' attaches above the top of ', labels.get(g.below) || g.below, '.'] : ' has no primary beneath it.'));
  }
  if (programme.reliedOn.length) {
    container.append(h('h4', {class: 'relied-title'}, 'Cover you rely on but do not hold'),
      h('p', {class: 'part-intro'}, 'Not counted toward your limits, the coverage map or the scenarios.'),
      h('ul', {class: 'relied-on'}, programme.reliedOn.map(c => h('li', {'data-path': c.path},
        h('strong', {}, c.label), ', limit ', formatUsd(c.limitUsd), ': ', c.reason))));
  }
  if (advisory.wallets && advisory.wallets.length) container.append(walletTiers(advisory.wallets));
}

function layer(l, labels) {
  return h('li', {class: 'layer' + (l.attachmentUsd > 0 ? ' excess' : ' primary'), 'data-path': l.path},
    h('p', {class: 'layer-band'}, h('span', {class: 'layer-kind'}, l.attachmentUsd > 0 ? 'Excess' : 'Primary'),
      ' pays from ', shortUsd(l.attachmentUsd), ' to ', shortUsd(l.topUsd)),
    h('h4', {class: 'layer-name'}, l.label),
    h('dl', {class: 'layer-facts'},
      h('dt', {}, 'Limit'), h('dd', {}, formatUsd(l.limitUsd), l.deductibleUsd ? ', deductible '
        + formatUsd(l.deductibleUsd) : ''),
      h('dt', {}, 'Tiers'), h('dd', {class: 'layer-tiers'}, Object.keys(l.tierLimitsUsd).length
        ? Object.entries(l.tierLimitsUsd).map(([t, v], i) =>
          [i ? ' ' : '', h('span', {class: 'tier-chip'}, humanize(t) + ' ' + shortUsd(v))])
        : 'none'),
      h('dt', {}, 'Perils'), h('dd', {}, l.perils.length ? l.perils.map(humanize).join(', ') : 'none'),
      h('dt', {}, 'Terms'), h('dd', {}, l.follows.length
        ? 'follows the form of ' + l.follows.map(p => labels.get(p) || p).join(', ') : 'its own')));
}

function walletTiers(wallets) {
  return h('div', {class: 'wallet-tiers'},
    h('h4', {}, 'Wallet tiers'),
    h('p', {class: 'part-intro'}, 'As declared and as an underwriter would assign them; every exposure figure uses '
      + 'the assessed tier.'),
    h('ul', {class: 'wallet-tier-list'}, wallets.map(w => h('li', {
      class: 'wallet-tier' + (w.assessedTier !== w.declaredTier ? ' reassessed' : ''), 'data-path': w.path,
      'data-assessed': w.assessedTier},
    h('strong', {}, w.name || w.path), ' (', formatUsd(w.valueUsd), '): ',
    w.assessedTier !== w.declaredTier
      ? [humanize(w.declaredTier) + ' as declared, ', h('strong', {class: 'assessed'}, humanize(w.assessedTier) + ' as assessed')]
      : humanize(w.assessedTier),
    h('span', {class: 'tier-reason'}, ' — ', w.reason)))));
}
