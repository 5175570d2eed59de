// The path to READY: the improvements the advisory found, each checked by the engine, and the action plan. "Apply"
// puts an improvement's JSON Patch (the advisory's, as given) on the profile the advisory was made from and assesses
// it again; the page works out nothing of its own.

import {clear, h} from './dom.js';

const OWNER = {FIRM: 'Your firm', VENDOR: 'Your custody or wallet vendor', BROKER: 'Your broker'};
const EFFORT = {LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High'};

/** The improvements, what they achieve together, and the action plan; onApply(improvement) applies one. */
export function renderPathToReady(container, advisory, onApply) {
  clear(container);
  const improvements = advisory.improvements || [];
  const path = advisory.pathToReady;
  if (improvements.length === 0) {
    container.append(h('p', {class: 'empty path-none'}, path && path.notClearable.length === 0
      ? 'No CRITICAL or HIGH finding is open: there is nothing to change to reach READY but the open questions below.'
      : 'No change the engine can check clears the findings that hold you from READY; see why below.'));
  } else {
    container.append(h('ol', {class: 'improvements'}, improvements.map(i => improvement(i, onApply))));
  }
  if (path) container.append(outcome(path));
  container.append(actionPlan(advisory.actionPlan || []));
}

function improvement(i, onApply) {
  return h('li', {class: 'improvement', 'data-lever': i.lever},
    h('h4', {class: 'improvement-title'}, i.title),
    h('p', {class: 'improvement-change'}, i.change),
    h('p', {class: 'improvement-meta'}, 'Who: ', OWNER[i.owner] || i.owner, ' · effort: ', EFFORT[i.effort] || i.effort,
      ' · clears: ', i.clears.map((id, n) => [n ? ', ' : '', h('a', {href: '#finding-' + id}, id)])),
    h('button', {type: 'button', class: 'secondary apply-improvement', on: {click: () => onApply(i)}},
      'Apply to my answers and assess again'));
}

function outcome(path) {
  const counts = path.countsAfter;
  return h('div', {class: 'path-outcome', 'data-proven': String(path.proven), 'data-verdict': path.verdictAfter},
    h('p', {}, path.proven
      ? 'With every improvement applied, no CRITICAL or HIGH finding is open (checked by assessing the changed profile).'
      : 'With every improvement applied, CRITICAL or HIGH findings stay open: no change the engine can check clears them.',
    ' Verdict after: ', h('strong', {class: 'verdict-after'}, path.verdictAfter.replace('_', ' ')),
    ' (' + counts.CRITICAL + ' critical, ' + counts.HIGH + ' high, ' + counts.MEDIUM + ' medium open).',
    path.verdictAfter === 'NEEDS_WORK' && path.proven ? ' The open questions below, which only you can answer, keep '
      + 'it from READY.' : ''),
    path.notClearable.length ? h('ul', {class: 'not-clearable'}, path.notClearable.map(n =>
      h('li', {'data-finding': n.finding}, h('a', {href: '#finding-' + n.finding}, n.finding), ' (' + n.severity
        + '): ' + n.reason))) : null);
}

function actionPlan(steps) {
  if (steps.length === 0) return h('p', {class: 'empty'}, 'No action to plan.');
  return h('div', {class: 'table-scroll'}, h('table', {class: 'action-plan'},
    h('caption', {}, 'Action plan, in order'),
    h('thead', {}, h('tr', {}, ['#', 'What to do', 'Who', 'Settles', 'By'].map(c => h('th', {scope: 'col'}, c)))),
    h('tbody', {}, steps.map(s => h('tr', {'data-lever': s.lever || null, 'data-question': s.question || null},
      h('td', {}, String(s.order)),
      h('td', {'data-label': 'What to do'}, s.action),
      h('td', {'data-label': 'Who'}, OWNER[s.owner] || s.owner),
      h('td', {'data-label': 'Settles'}, s.clears.join(', ')),
      h('td', {'data-label': 'By', class: s.daysLate ? 'late' : null},
        s.due ? s.due + (s.daysLate ? ', ' + s.daysLate + (s.daysLate === 1 ? ' day' : ' days') + ' late' : '')
          : '—'))))));
}

/**
 * The document with an RFC 6902 patch applied (a copy; the patch's operations in order). Only the mechanics: the
 * patch is the advisory's.
 */
export function applyPatch(document, patch) {
  let doc = structuredClone(document);
  for (const op of patch) {
    const path = parse(op.path);
    if (op.op === 'add' || op.op === 'replace') doc = put(doc, path, structuredClone(op.value), op.op === 'add');
    else if (op.op === 'remove') doc = remove(doc, path);
    else if (op.op === 'test') {
      if (JSON.stringify(get(doc, path)) !== JSON.stringify(op.value)) throw new Error('test failed at ' + op.path);
    } else if (op.op === 'move' || op.op === 'copy') {
      const value = structuredClone(get(doc, parse(op.from)));
      if (op.op === 'move') doc = remove(doc, parse(op.from));
      doc = put(doc, path, value, true);
    } else throw new Error('unknown operation ' + op.op);
  }
  return doc;
}

function parse(pointer) {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function get(doc, path) {
  return path.reduce((node, key) => {
    if (node === null || typeof node !== 'object' || !(key in node)) throw new Error('no value at /' + path.join('/'));
    return node[key];
  }, doc);
}

function put(doc, path, value, insert) {
  if (path.length === 0) return value;
  const parent = get(doc, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent)) {
    const index = key === '-' ? parent.length : Number(key);
    if (insert) parent.splice(index, 0, value);
    else parent[index] = value;
  } else {
    parent[key] = value;
  }
  return doc;
}

function remove(doc, path) {
  const parent = get(doc, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return doc;
}
