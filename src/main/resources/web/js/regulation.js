// The regulators' side of the advisory: each regime that applies, why, and each of its figures met, not met or not
// assessable; then the CCSS level aspect by aspect. Every word and figure is the advisory's; the page lays them out.

import {clear, h, idFor} from './dom.js';

const STATUS = {MET: 'Met', NOT_MET: 'Not met', NOT_ASSESSABLE: 'Not assessable'};

/** The regimes as cards, one row per figure; a figure not met links to its finding, one not assessable to its question. */
export function renderRegulation(container, advisory) {
  clear(container);
  const regimes = advisory.regimes || [];
  if (regimes.length === 0) {
    container.append(h('p', {class: 'empty'}, 'No listed regime applies: no licence in a listed jurisdiction, and '
      + 'your domicile is not one. Add your licences under Firm to be checked against them.'));
  }
  container.append(...regimes.map(regime));
  container.append(ccss(advisory.ccss));
}

function regime(r) {
  return h('article', {class: 'regime status-' + r.status, id: 'regime-' + r.id, 'data-regime-id': r.id,
    'aria-labelledby': 'regime-' + r.id + '-title'},
  h('h4', {class: 'regime-title', id: 'regime-' + r.id + '-title'}, badge(r.status), ' ', r.id + ' (' + r.regulator
    + '): ' + r.name),
  h('p', {class: 'regime-why'}, 'Applies: ', r.appliedBecause.map((a, i) => [i ? '; ' : '', a.why])),
  h('ul', {class: 'regime-checks'}, r.checks.map(check)),
  r.notChecked.length ? h('details', {class: 'regime-not-checked'},
    h('summary', {}, 'Not checked (' + r.notChecked.length + ')'),
    h('ul', {}, r.notChecked.map(n => h('li', {}, n)))) : null);
}

function check(c) {
  return h('li', {class: 'regime-check status-' + c.status, 'data-kind': c.kind, 'data-status': c.status},
    h('p', {class: 'check-head'}, badge(c.status), ' ', h('strong', {}, c.obligation), ': ', c.requirement),
    h('p', {class: 'check-measured'}, c.measured),
    h('p', {class: 'check-source'}, h('span', {class: 'certainty certainty-' + c.certainty}, c.certaintyLabel), ' ',
      c.source),
    c.findingId ? h('p', {class: 'check-link'}, 'See finding ',
      h('a', {href: '#finding-' + c.findingId}, c.findingId)) : null,
    c.missing ? h('p', {class: 'check-link'}, 'To check it, answer: ',
      h('a', {href: '#' + idFor(c.missing.path), class: 'evidence-link', 'data-evidence': c.missing.path},
        c.missing.ask)) : null);
}

function badge(status) {
  return h('span', {class: 'status-badge status-' + status}, STATUS[status] || status);
}

function ccss(summary) {
  const parts = [h('h4', {class: 'ccss-title', id: 'ccss-title'}, 'CCSS level: ',
    summary.level === undefined || summary.level === null ? 'not assessed' : String(summary.level),
    summary.target ? ' (target ' + summary.target + ')' : '', summary.claimed ? ' (claimed ' + summary.claimed + ')'
      : '')];
  const assessed = summary.aspects.length - summary.notAssessed.length;
  parts.push(h('p', {class: 'part-intro'}, assessed === 0
    ? 'Your answers describe none of the CryptoCurrency Security Standard\'s aspects: answer the CCSS questions '
      + 'under Key management and Controls to see your level.'
    : 'The overall level is the lowest aspect assessed; ' + (summary.notAssessed.length
      ? summary.notAssessed.length + ' aspect(s) your answers say nothing of are not assessed and could lower it.'
      : 'every aspect is assessed.')));
  if (assessed > 0) {
    parts.push(h('div', {class: 'table-scroll'}, h('table', {class: 'ccss-table', 'aria-labelledby': 'ccss-title'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Aspect'), h('th', {scope: 'col'}, 'Level'),
        h('th', {scope: 'col'}, 'Next level needs'))),
      h('tbody', {}, summary.aspects.map(aspect)))));
  }
  return h('section', {class: 'ccss', 'aria-labelledby': 'ccss-title'}, parts);
}

function aspect(a) {
  const assessed = a.level !== undefined && a.level !== null;
  const level = assessed ? String(a.level) + (a.exact || !a.next ? '' : ' or more') : 'not assessed';
  const next = a.next;
  return h('tr', {'data-aspect': a.number, 'data-level': assessed ? String(a.level) : ''},
    h('th', {scope: 'row'}, a.number + ' ' + a.title),
    h('td', {class: 'ccss-level' + (assessed ? '' : ' not-assessed')}, level),
    h('td', {}, next ? [next.number + ': ' + next.requirement + ' ',
      next.state === 'NOT_IN_PLACE' ? h('span', {class: 'next-state'}, '(not in place)')
        : h('a', {href: '#' + idFor(next.path), class: 'evidence-link', 'data-evidence': next.path},
          '(not confirmed: answer it)')] : '—'));
}
