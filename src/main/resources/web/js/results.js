// The advisory as the page shows it: verdict, findings by severity, the plan, providers ranked.

import {append, clear, h, idFor, nearestByPointer} from './dom.js';
import {capitalize, formatNumber, formatUsd, humanize} from './format.js';
import {NEEDS, POLICY_LINES, REGIONS, labelOf} from './options.js';

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'];

const VERDICTS = {
  NOT_READY: {title: 'Not ready', text: 'At least one critical finding is open. Fix the critical findings before '
      + 'you approach a broker or insurer: they go to whether the risk can be insured at all.'},
  NEEDS_WORK: {title: 'Needs work', text: 'No critical findings, but at least one high one is open. Expect '
      + 'underwriters to ask about these, and to price or exclude what is not fixed.'},
  READY: {title: 'Ready to approach a broker', text: 'No critical or high findings are open. The findings below '
      + 'are still worth raising with your broker.'},
};

const CATEGORIES = {RED_FLAG: 'Red flag', MISTAKE: 'Beginner mistake', CHECKLIST: 'Checklist', SECURITY: 'Security',
  COVERAGE: 'Coverage'};

/** The verdict banner: what it means, open findings per severity, exposure per tier. */
export function renderVerdict(container, advisory) {
  const s = advisory.summary;
  const v = VERDICTS[s.verdict] || {title: humanize(s.verdict), text: ''};
  clear(container);
  container.className = 'verdict verdict-' + s.verdict;
  container.dataset.verdict = s.verdict;
  append(container, [
    h('p', {class: 'verdict-label'}, 'Verdict'),
    h('p', {class: 'verdict-title', id: 'verdict-title'}, v.title, ' ', h('code', {class: 'verdict-code'}, s.verdict)),
    h('p', {class: 'verdict-text'}, v.text),
    h('ul', {class: 'counts', 'aria-label': 'Open findings by severity'}, SEVERITIES.map(sev =>
      h('li', {class: 'count sev-' + sev + (s.counts[sev] ? '' : ' zero'), 'data-severity': sev},
        h('span', {class: 'count-n'}, String(s.counts[sev] || 0)), ' ', humanize(sev)))),
    s.waived ? h('p', {class: 'waived-note'}, s.waived + ' accepted finding' + (s.waived === 1 ? ' is' : 's are')
      + ' shown but not counted.') : null,
    h('p', {class: 'exposure'}, 'Held, on the tiers an underwriter would assign: ', tierFigures(s.exposureUsd)),
    TIERS.some(t => s.exposureUsd[t] !== s.declaredExposureUsd[t])
      ? h('p', {class: 'exposure declared'}, 'As you declared them: ', tierFigures(s.declaredExposureUsd)) : null]);
}

const TIERS = ['HOT', 'WARM', 'COLD'];

function tierFigures(byTier) {
  return TIERS.map((t, i) => [i ? ' · ' : '',
    h('span', {class: 'exp-' + t}, humanize(t) + ' ' + formatUsd(byTier[t] || 0))]);
}

/** Findings, grouped by severity; evidence links back to the questions. */
export function renderFindings(container, advisory, describe) {
  clear(container);
  if (advisory.findings.length === 0) {
    container.append(h('p', {class: 'empty'}, 'No findings: nothing in the guide\'s checklist, red flags, security '
      + 'tips or beginner mistakes applies to these answers.'));
    return;
  }
  container.append(h('nav', {class: 'severity-nav', 'aria-label': 'Findings by severity'},
    h('ul', {}, SEVERITIES.filter(sev => advisory.findings.some(f => f.severity === sev)).map(sev =>
      h('li', {}, h('a', {href: '#findings-' + sev, class: 'sev-link sev-' + sev},
        humanize(sev) + ' (' + advisory.findings.filter(f => f.severity === sev).length + ')'))))));
  for (const sev of SEVERITIES) {
    const found = advisory.findings.filter(f => f.severity === sev);
    if (found.length === 0) continue;
    container.append(h('section', {class: 'severity-group sev-' + sev, id: 'findings-' + sev,
      'aria-labelledby': 'findings-' + sev + '-title'},
    h('h4', {id: 'findings-' + sev + '-title'}, humanize(sev), ' ', h('span', {class: 'n'}, '(' + found.length + ')')),
    found.map(f => finding(f, describe))));
  }
}

function finding(f, describe) {
  const waived = f.status === 'WAIVED';
  return h('article', {class: 'finding sev-' + f.severity + (waived ? ' waived' : ''), id: 'finding-' + f.id,
    'data-finding-id': f.id, 'aria-labelledby': 'finding-' + f.id + '-title'},
  h('p', {class: 'finding-meta'},
    h('span', {class: 'sev-badge sev-' + f.severity}, humanize(f.severity)), ' ',
    h('span', {class: 'finding-id'}, f.id), ' ',
    h('span', {class: 'category'}, CATEGORIES[f.category] || humanize(f.category)),
    waived ? h('span', {class: 'waived-badge'}, 'Accepted') : null),
  h('h5', {class: 'finding-title', id: 'finding-' + f.id + '-title'}, f.title),
  h('p', {class: 'finding-detail'}, f.detail),
  waived && f.waiverReason ? h('p', {class: 'waiver-reason'}, h('strong', {}, 'Accepted because: '), f.waiverReason) : null,
  f.covers && f.covers.length ? h('div', {class: 'covers'},
    h('p', {class: 'covers-title'}, 'The same gap, also named by ' + f.covers.length + ' finding'
      + (f.covers.length === 1 ? '' : 's') + ' listed here instead of on their own:'),
    h('ul', {}, f.covers.map(c => h('li', {class: 'covered', 'data-covered-id': c.id},
      h('span', {class: 'sev-badge sev-' + c.severity}, humanize(c.severity)), ' ',
      h('span', {class: 'finding-id'}, c.id), ' ', h('span', {class: 'covered-title'}, c.title), ': ',
      h('span', {class: 'covered-detail'}, c.detail))))) : null,
  h('dl', {class: 'finding-facts'},
    h('dt', {}, 'What to do'), h('dd', {class: 'finding-remediation'}, f.remediation),
    h('dt', {}, 'Source'), h('dd', {class: 'finding-source'}, f.source),
    f.evidence && f.evidence.length ? [h('dt', {}, 'Evidence'), h('dd', {},
      h('ul', {class: 'evidence'}, f.evidence.map(e => evidence(e, describe))))] : null));
}

/**
 * The questions the answers leave open, most decisive first, as the advisory orders them: each links to the
 * question in the questionnaire, says which findings its answer would settle, and whether it keeps the verdict
 * from READY.
 */
export function renderQuestions(container, advisory, describe) {
  clear(container);
  const c = advisory.completeness;
  const open = advisory.openQuestions || [];
  container.append(h('p', {class: 'completeness', 'data-percent': String(c.percent)},
    'You answered ' + c.answered + ' of the ' + c.asked + ' questions the rules rely on (' + c.percent + '%).'));
  if (open.length === 0) return;
  container.append(h('ol', {class: 'open-questions'}, open.map(q =>
    h('li', {class: 'open-question' + (q.blocksReady ? ' blocks-ready' : ''), 'data-pointer-asked': q.pointer},
      h('p', {class: 'question-text'}, q.question),
      h('p', {class: 'question-meta'},
        h('a', {href: '#' + idFor(q.pointer), class: 'evidence-link', 'data-evidence': q.pointer,
          title: 'Answer it in the questionnaire'}, describe(q.pointer)),
        ' ', h('code', {class: 'pointer'}, q.pointer),
        q.blocksReady ? h('span', {class: 'blocks-badge'}, 'Keeps the verdict from Ready') : null),
      q.findings.length ? h('p', {class: 'question-settles'}, 'Would settle: ' + q.findings.join(', ')) : null))));
}

/** Puts each open question beside the answer it points to in the questionnaire (and clears the old ones). */
export function markQuestions(root, advisory) {
  root.querySelectorAll('.open-question-note').forEach(n => n.remove());
  for (const q of advisory.openQuestions || []) {
    const target = nearestByPointer(q.pointer, root);
    if (!target) continue;
    const box = target.closest('.field, .row, .q-group') || target;
    box.append(h('p', {class: 'open-question-note', 'data-pointer-asked': q.pointer},
      h('strong', {}, 'Open question: '), q.question));
  }
}

function evidence(e, describe) {
  return h('li', {},
    h('a', {href: '#' + idFor(e.path), class: 'evidence-link', 'data-evidence': e.path,
      title: 'Show this answer in the questionnaire'}, describe(e.path)),
    ' — ', h('span', {class: 'evidence-value'}, 'value' in e ? showValue(e.value) : 'not confirmed (left out)'),
    ' ', h('code', {class: 'pointer'}, e.path));
}

function showValue(value) {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return value.length ? value.map(showValue).join(', ') : 'none';
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    // a small map of plain values (a policy's sub-limits) reads best in full
    if (entries.length <= 4 && entries.every(([, v]) => v === null || typeof v !== 'object')) {
      return entries.map(([k, v]) => k + ' ' + showValue(v)).join(', ');
    }
    const n = entries.length;
    return n + ' answer' + (n === 1 ? '' : 's') + ' in this part';
  }
  return String(value);
}

/**
 * The plan: the target limit and its layers as the advisory sizes them, then the order of approach, step by step,
 * each provider with its place in the ranking, why it fits, and what a broker needs to know of it (lines, tiers,
 * regions, line size or "not published", notes).
 */
export function renderPlan(container, advisory) {
  clear(container);
  const target = advisory.plan && advisory.plan.target;
  if (target) container.append(planTarget(target));
  const steps = (advisory.plan && advisory.plan.steps) || [];
  if (steps.length === 0) {
    container.append(h('p', {class: 'empty'}, 'No provider in the catalogue fits these answers, so there is no '
      + 'order of approach to suggest.'));
    return;
  }
  container.append(h('ol', {class: 'plan-steps'}, steps.map(step =>
    h('li', {class: 'plan-step', 'data-step': step.step, 'aria-labelledby': 'step-' + step.step + '-title'},
      h('h4', {id: 'step-' + step.step + '-title'}, step.title, h('span', {class: 'role-part'}, ': ' + step.does)),
      h('ul', {class: 'plan-providers'}, step.providers.map(plannedProvider))))));
}

/** The target limit, what to do, and the layers lowest first, each figure as the advisory gives it. */
function planTarget(t) {
  return h('div', {class: 'plan-target', 'data-scenario': t.scenario, 'data-answered': String(t.answered)},
    h('h4', {}, 'Target limit: ', h('span', {class: 'target-usd'}, formatUsd(t.targetUsd))),
    h('p', {class: 'target-for'}, 'Sized to \u201c' + t.scenarioName + '\u201d (' + t.why + '), a loss of '
      + formatUsd(t.lossUsd) + '. What can be bought for it: ' + formatUsd(t.buyableUsd) + ' (' + t.buyableWhy + ').'),
    h('p', {class: 'target-advice'}, t.advice),
    h('table', {class: 'target-layers'},
      h('caption', {}, 'Layers, lowest first'),
      h('thead', {}, h('tr', {}, ['Layer', 'Attaches at', 'Limit', 'Up to', 'Written by'].map(c =>
        h('th', {scope: 'col'}, c)))),
      h('tbody', {},
        t.layers.map(l => h('tr', {class: l.inForce ? 'layer-in-force' : 'layer-to-place', 'data-kind': l.kind},
          h('th', {scope: 'row'}, l.label, l.inForce ? h('span', {class: 'layer-state'}, ' in force') : null),
          h('td', {'data-label': 'Attaches at'}, formatUsd(l.attachmentUsd)),
          h('td', {'data-label': 'Limit'}, formatUsd(l.limitUsd)),
          h('td', {'data-label': 'Up to'}, formatUsd(l.topUsd)),
          h('td', {'data-label': 'Written by'}, l.inForce ? 'your programme'
            : (l.writers || []).length ? [l.stepTitle + ': ', l.writers.map(w => w.name + ' (line ' + w.lineSize + ')')
              .join(', ')] : 'no provider in the plan writes it'))),
        t.uninsuredUsd > 0 ? h('tr', {class: 'layer-uninsured'},
          h('th', {scope: 'row'}, 'Uninsured'),
          h('td', {'data-label': 'Attaches at'}, formatUsd(t.targetUsd)),
          h('td', {'data-label': 'Limit'}, formatUsd(t.uninsuredUsd)),
          h('td', {'data-label': 'Up to'}, formatUsd(t.lossUsd)),
          h('td', {'data-label': 'Written by'}, 'no one, until the loss is made smaller')) : null)));
}

function plannedProvider(p) {
  const size = p.lineSize || {};
  return h('li', {class: 'planned', 'data-provider-id': p.id},
    h('p', {class: 'planned-head'}, h('a', {href: '#provider-' + p.id, class: 'planned-name'}, p.name),
      ' ', h('span', {class: 'planned-position'}, '#' + p.position + ' in the ranking')),
    h('p', {class: 'planned-why'}, p.why),
    h('dl', {class: 'planned-facts'},
      h('dt', {}, 'Lines'), h('dd', {}, p.lines.length ? p.lines.map(l => labelOf(POLICY_LINES, l)).join(', ') : 'none listed'),
      h('dt', {}, 'Tiers'), h('dd', {}, p.storageTiers.length ? p.storageTiers.map(humanize).join(', ')
        : 'none (not custody cover)'),
      h('dt', {}, 'Regions'), h('dd', {}, p.regionsText || (p.regions || []).join(', ')),
      h('dt', {}, 'Line size'), h('dd', {class: 'planned-line-size'}, size.text,
        size.basis ? h('span', {class: 'basis'}, ' (' + size.basis + ')') : null)),
    (p.notes || []).length ? h('ul', {class: 'planned-notes'}, p.notes.map(n =>
      h('li', {}, n.text, ' ', h('span', {class: 'basis'}, '(' + n.basis + ')')))) : null);
}

/** The providers that fit, in ranked order, each with fit, standing, reasons, consider-if and alternatives. */
export function renderProviders(container, advisory, catalogue) {
  clear(container);
  const names = new Map((catalogue || []).map(p => [p.id, p.name]));
  for (const p of advisory.providers) names.set(p.id, p.name);
  const shown = new Set(advisory.providers.map(p => p.id));
  if (advisory.needs && advisory.needs.length) {
    container.append(h('div', {class: 'needs-matched'},
      h('p', {}, h('strong', {}, 'Matched on these needs:')),
      h('ul', {}, advisory.needs.map(n => h('li', {},
        labelOf(NEEDS, n.need), ' ', h('span', {class: 'need-how'},
          n.stated ? '(you asked for it)' : '(derived: ' + (n.why || 'from your answers') + ')'))))));
  }
  if (advisory.providers.length === 0) {
    container.append(h('p', {class: 'empty'}, 'No provider in the catalogue fits these answers; see the findings '
      + 'about regions (CL-REGION) for why.'));
    return;
  }
  container.append(h('ol', {class: 'cards ranked'}, advisory.providers.map((p, i) =>
    h('li', {}, card(p, i + 1, names, shown)))));
}

function card(p, position, names, shown) {
  const fit = h('span', {class: 'fit-fill'});
  fit.style.width = Math.max(0, Math.min(100, p.fit)) + '%';
  return h('article', {class: 'provider', id: 'provider-' + p.id, 'data-provider-id': p.id,
    'data-position': String(position), 'aria-labelledby': 'provider-' + p.id + '-title'},
  h('h5', {id: 'provider-' + p.id + '-title', class: 'provider-name'},
    h('span', {class: 'provider-position'}, '#' + position), ' ', p.name),
  p.headline ? h('p', {class: 'provider-headline'}, p.headline) : null,
  h('div', {class: 'fit'},
    h('span', {class: 'fit-label'}, 'Fit ', h('strong', {class: 'fit-value'}, String(p.fit)), '/100'),
    h('span', {class: 'fit-bar', 'aria-hidden': 'true'}, fit)),
  h('p', {class: 'provider-role'}, humanize(p.role), ' · ', (p.regions || []).map(r =>
    r === 'GLOBAL' ? 'Global' : labelOf(REGIONS, r)).join(', ')),
  p.standing ? h('p', {class: 'provider-standing', 'data-standing': p.standing.id},
    capitalize(p.standing.label)) : null,
  h('p', {class: 'sub'}, 'Why it fits'),
  h('ul', {class: 'reasons'}, p.reasons.map(r => h('li', {}, r))),
  p.considerIf ? h('p', {class: 'consider'}, h('strong', {}, 'Consider if: '), p.considerIf) : null,
  p.alternatives && p.alternatives.length ? h('p', {class: 'alternatives'}, h('strong', {}, 'Alternatives: '),
    p.alternatives.map((id, i) => [i ? ', ' : '', shown.has(id)
      ? h('a', {href: '#provider-' + id}, names.get(id) || id)
      : names.get(id) || id])) : null);
}

/** One sentence for screen readers when the advisory arrives. */
export function announcement(advisory) {
  const s = advisory.summary;
  const v = VERDICTS[s.verdict] ? VERDICTS[s.verdict].title : s.verdict;
  const counts = SEVERITIES.filter(sev => s.counts[sev]).map(sev => s.counts[sev] + ' ' + sev.toLowerCase());
  return 'Advisory ready. Verdict: ' + v + '. ' + (counts.length ? 'Findings: ' + counts.join(', ') + '.' : 'No findings.')
    + ' ' + advisory.providers.length + ' providers fit.';
}
