// Builds the questionnaire from questions.js and moves values between it and a profile object.
// Every question carries data-pointer, the JSON Pointer of its value in the profile, which is how
// validation errors, server problems and findings' evidence find their way back to it.

import {byPointer, clear, h, idFor} from './dom.js';
import {formatNumber, parseAmount, parseInteger} from './format.js';
import {TIER_CODES, labelOf, TIERS} from './options.js';
import {flatFields, itemObject, PROFILE, SECTIONS} from './questions.js';

const BOOL_CHOICES = [['yes', 'Yes'], ['no', 'No'], ['', 'Not sure']];

let host = null;
let onChange = () => {};

/** Builds the whole questionnaire, empty, into the container. */
export function renderForm(container, changed) {
  host = container;
  onChange = changed || onChange;
  clear(container);
  for (const section of SECTIONS) {
    const headingId = 'section-' + section.id + '-title';
    const sectionEl = h('section', {class: 'q-section', id: 'section-' + section.id, 'aria-labelledby': headingId},
      h('h2', {id: headingId, tabindex: '-1'}, section.title),
      section.intro ? h('p', {class: 'section-intro'}, section.intro) : null);
    sectionEl.append(...renderChildren(section.fields, '', section.title));
    container.append(sectionEl);
  }
}

/** The questions of an object at its pointer; a details group shows its own under a summary line. */
function renderChildren(fields, pointer, contextLabel) {
  return fields.map(f => f.type === 'details'
    ? renderDetails(f, pointer, contextLabel)
    : renderField(f, pointer + '/' + f.name, contextLabel));
}

/** Questions most first assessments leave out, collapsed until opened (or until they hold an answer). */
function renderDetails(spec, pointer, contextLabel) {
  return h('details', {class: 'more-detail'},
    h('summary', {}, h('span', {class: 'more-detail-title'}, spec.label),
      spec.help ? h('span', {class: 'more-detail-help'}, spec.help) : null),
    h('div', {class: 'q-grid'}, renderChildren(spec.fields, pointer, contextLabel)));
}

function renderField(spec, pointer, contextLabel) {
  switch (spec.type) {
    case 'object': return renderObject(spec, pointer, contextLabel);
    case 'list': return renderList(spec, pointer);
    case 'bool': return renderBool(spec, pointer);
    case 'multi': return renderMulti(spec, pointer);
    case 'sublimits': return renderSublimits(spec, pointer);
    default: return renderInput(spec, pointer);
  }
}

function renderObject(spec, pointer, contextLabel) {
  const children = renderChildren(spec.fields, pointer, spec.label || contextLabel);
  if (spec.flat) {
    return h('div', {class: 'q-group', 'data-pointer': pointer, 'data-label': spec.label || contextLabel},
      h('div', {class: 'q-grid'}, children));
  }
  return h('fieldset', {class: 'q-group', 'data-pointer': pointer, 'data-label': spec.label},
    h('legend', {}, spec.label),
    h('div', {class: 'q-grid'}, children));
}

/** Help text and error slot shared by every kind of question. */
function helpAndError(pointer, help) {
  const helpEl = help ? h('p', {class: 'help', id: idFor(pointer, 'help')}, help) : null;
  const errorEl = h('p', {class: 'field-error', id: idFor(pointer, 'error'), hidden: true});
  return [helpEl, errorEl];
}

function renderInput(spec, pointer) {
  const id = idFor(pointer);
  const [helpEl, errorEl] = helpAndError(pointer, spec.help);
  const common = {
    id, name: pointer, 'data-pointer': pointer, 'data-kind': spec.type, 'data-label': spec.label,
    'aria-describedby': helpEl ? helpEl.id : null, 'aria-required': spec.required ? 'true' : null,
    on: {input: () => onChange(pointer), change: () => onChange(pointer)},
  };
  let control;
  if (spec.type === 'enum') {
    control = h('select', common,
      h('option', {value: ''}, spec.required ? 'Choose…' : 'Not sure / not applicable'),
      spec.options.map(([value, label]) => h('option', {value}, label)));
  } else if (spec.type === 'textarea' || spec.type === 'lines') {
    control = h('textarea', {...common, rows: spec.type === 'lines' ? 3 : 2, placeholder: spec.placeholder,
      maxlength: spec.type === 'textarea' ? spec.maxLength : null});
  } else {
    const attrs = {...common, type: 'text', autocomplete: 'off', placeholder: spec.placeholder,
      maxlength: spec.maxLength, list: spec.list};
    if (spec.type === 'usd') Object.assign(attrs, {inputmode: 'decimal', placeholder: spec.placeholder || 'e.g. 30m'});
    if (spec.type === 'int') Object.assign(attrs, {inputmode: 'numeric'});
    if (spec.type === 'country') Object.assign(attrs, {maxlength: 2, autocapitalize: 'characters', class: 'short'});
    if (spec.upper) Object.assign(attrs, {autocapitalize: 'characters'});
    if (spec.short) attrs.class = 'short';
    if (spec.type === 'date') Object.assign(attrs, {type: 'date'});
    control = h('input', attrs);
  }
  const label = h('label', {for: id}, spec.label, spec.required ? h('span', {class: 'req'}, ' (required)') : null);
  const wrapper = h('div', {class: 'field field-' + spec.type}, label, helpEl, control, errorEl);
  if (spec.type === 'usd') {
    // echoes the amount as read, so "30m" is seen to mean 30,000,000 before submitting
    const echo = h('p', {class: 'amount-echo', id: idFor(pointer, 'echo'), 'aria-live': 'off'});
    wrapper.insertBefore(echo, errorEl);
    control.addEventListener('input', () => echoAmount(control, echo));
  }
  if (spec.type === 'country' || spec.upper) {
    control.addEventListener('input', () => {
      const upper = control.value.toUpperCase();
      if (upper !== control.value) control.value = upper;
    });
  }
  return wrapper;
}

function echoAmount(control, echo) {
  const parsed = parseAmount(control.value);
  echo.textContent = parsed.value !== undefined && !/^[0-9]+$/.test(control.value.trim())
    ? '= ' + formatNumber(parsed.value) + ' USD' : '';
}

function renderBool(spec, pointer) {
  const [helpEl, errorEl] = helpAndError(pointer, spec.help);
  const name = pointer;
  const choices = BOOL_CHOICES.map(([value, text]) => {
    const id = idFor(pointer, value || 'unsure');
    return h('label', {class: 'choice', for: id},
      h('input', {type: 'radio', id, name, value, checked: value === '',
        on: {change: () => onChange(pointer)}}),
      h('span', {}, text));
  });
  return h('fieldset', {class: 'field field-bool', 'data-pointer': pointer, 'data-kind': 'bool', 'data-label': spec.label,
    'aria-describedby': helpEl ? helpEl.id : null},
  h('legend', {}, spec.label), helpEl, h('div', {class: 'choices'}, choices), errorEl);
}

function renderMulti(spec, pointer) {
  const [helpEl, errorEl] = helpAndError(pointer, spec.help);
  const boxes = spec.options.map(option => {
    const [value, text] = option;
    const note = option.length > 2 ? option[option.length - 1] : null;
    const id = idFor(pointer, value);
    return h('label', {class: 'check', for: id},
      h('input', {type: 'checkbox', id, name: pointer, value, on: {change: event => {
        noteOrder(event.target.closest('[data-kind]'), value, event.target.checked);
        onChange(pointer);
      }}}),
      h('span', {}, text, note ? h('span', {class: 'note'}, ': ' + note) : null));
  });
  return h('fieldset', {class: 'field field-multi', 'data-pointer': pointer, 'data-kind': 'multi', 'data-label': spec.label,
    'aria-describedby': helpEl ? helpEl.id : null},
  h('legend', {}, spec.label), helpEl, h('div', {class: 'checks'}, boxes), errorEl);
}

/**
 * Lists keep the order they were given in (a loaded file's, or the order boxes were ticked): the report
 * quotes them as entered, e.g. "Regions: UK, US, EU".
 */
function noteOrder(el, value, present) {
  const order = (el.dataset.order || '').split(',').filter(v => v && v !== value);
  if (present) order.push(value);
  el.dataset.order = order.join(',');
}

function inOrder(el, values) {
  const order = (el.dataset.order || '').split(',').filter(v => values.includes(v));
  return order.concat(values.filter(v => !order.includes(v)));
}

function renderSublimits(spec, pointer) {
  const [helpEl, errorEl] = helpAndError(pointer, spec.help);
  const inputs = TIER_CODES.map(tier => renderInput({
    name: tier, type: 'usd', label: labelOf(TIERS, tier).split(' (')[0] + ' sub-limit', placeholder: 'not set',
  }, pointer + '/' + tier));
  return h('fieldset', {class: 'field field-sublimits', 'data-pointer': pointer, 'data-kind': 'sublimits',
    'data-label': spec.label, 'aria-describedby': helpEl ? helpEl.id : null},
  h('legend', {}, spec.label), helpEl, h('div', {class: 'q-grid tiers'}, inputs), errorEl);
}

// ---- lists (wallets, policies, accepted findings): rows added and removed

const listSpecs = new Map();

function renderList(spec, pointer) {
  listSpecs.set(pointer, spec);
  const rows = h('div', {class: 'rows', id: idFor(pointer, 'rows')});
  const [helpEl, errorEl] = helpAndError(pointer, spec.help);
  const add = h('button', {type: 'button', class: 'add-row', id: idFor(pointer, 'add'),
    on: {click: () => addRow(pointer, true)}}, '+ ' + spec.addLabel);
  const list = h('div', {class: 'q-list', 'data-pointer': pointer, 'data-kind': 'list', 'data-label': spec.label},
    spec.titled === false ? null : h('h3', {class: 'list-title'}, spec.label), helpEl, errorEl, rows, add);
  for (let i = 0; i < (spec.initialRows || 0); i++) rows.append(renderRow(spec, pointer, i));
  return list;
}

function renderRow(spec, listPointer, index) {
  const pointer = listPointer + '/' + index;
  const title = spec.itemLabel + ' ' + (index + 1);
  const remove = h('button', {type: 'button', class: 'remove-row', id: idFor(pointer, 'remove'),
    on: {click: () => removeRow(listPointer, index)}},
  'Remove', h('span', {class: 'visually-hidden'}, ' ' + title.toLowerCase()));
  return h('fieldset', {class: 'row', 'data-pointer': pointer, 'data-label': title},
    h('legend', {}, title),
    h('div', {class: 'row-tools'}, remove),
    h('div', {class: 'q-grid'}, renderChildren(spec.item.fields, pointer, title)));
}

function rowsOf(listPointer) {
  return document.getElementById(idFor(listPointer, 'rows'));
}

export function rowCount(listPointer) {
  return rowsOf(listPointer).children.length;
}

/** Appends an empty row; with focus, moves to its first question. */
export function addRow(listPointer, focus) {
  const spec = listSpecs.get(listPointer);
  const rows = rowsOf(listPointer);
  if (rows.children.length >= spec.maxItems) return null;
  const row = renderRow(spec, listPointer, rows.children.length);
  rows.append(row);
  if (focus) row.querySelector('input, select, textarea').focus();
  onChange(listPointer);
  announce(spec.itemLabel + ' ' + rows.children.length + ' added.');
  return row;
}

/** Removes a row; the rows after it move up, with their answers, so every pointer stays right. */
function removeRow(listPointer, index) {
  const spec = listSpecs.get(listPointer);
  const rows = rowsOf(listPointer);
  const count = rows.children.length;
  const saved = [];
  for (let i = 0; i < count; i++) saved.push(i === index ? null : snapshot(listPointer + '/' + i));
  clear(rows);
  const kept = saved.filter(s => s !== null);
  kept.forEach((values, i) => {
    rows.append(renderRow(spec, listPointer, i));
    restore(values, listPointer + '/' + i);
  });
  const next = rows.children[Math.min(index, kept.length - 1)];
  (next ? next.querySelector('.remove-row') : document.getElementById(idFor(listPointer, 'add'))).focus();
  onChange(listPointer);
  announce(spec.itemLabel + ' ' + (index + 1) + ' removed.');
}

/** The raw answers of a row, keyed by pointer relative to it (nested lists included). */
function snapshot(rowPointer) {
  const row = byPointer(rowPointer, host);
  const values = {lists: {}, fields: {}};
  for (const el of row.querySelectorAll('[data-kind]')) {
    const rel = el.dataset.pointer.slice(rowPointer.length);
    if (el.dataset.kind === 'list') values.lists[rel] = rowCount(el.dataset.pointer);
    else values.fields[rel] = getRaw(el);
  }
  return values;
}

function restore(values, rowPointer) {
  for (const [rel, n] of Object.entries(values.lists)) {
    for (let i = 0; i < n; i++) addRow(rowPointer + rel, false);
  }
  for (const [rel, raw] of Object.entries(values.fields)) {
    const el = byPointer(rowPointer + rel, host);
    if (el) setRaw(el, raw);
  }
}

// ---- raw values: what is in a control, before any parsing

function getRaw(el) {
  switch (el.dataset.kind) {
    case 'bool': {
      const checked = el.querySelector('input:checked');
      return checked ? checked.value : '';
    }
    case 'multi':
      return inOrder(el, [...el.querySelectorAll('input:checked')].map(i => i.value));
    case 'sublimits':
      return el.dataset.order || '';
    default:
      return el.value;
  }
}

function setRaw(el, raw) {
  switch (el.dataset.kind) {
    case 'bool':
      for (const input of el.querySelectorAll('input')) input.checked = input.value === (raw ?? '');
      break;
    case 'multi':
      for (const input of el.querySelectorAll('input')) input.checked = (raw || []).includes(input.value);
      el.dataset.order = (raw || []).join(',');
      break;
    case 'sublimits':
      el.dataset.order = raw || '';
      break;
    case 'usd':
      el.value = raw ?? '';
      el.dispatchEvent(new Event('input'));
      break;
    default:
      el.value = raw ?? '';
  }
}

// ---- reading the profile

/**
 * The profile the answers describe. A question left empty (or "Not sure") is left out of it. A value that
 * cannot be read (letters in an amount) is kept as typed, for validation to name.
 */
export function readProfile() {
  const issues = [];
  const profile = readObject(PROFILE, '', issues) || {};
  return {profile, issues};
}

function readField(spec, pointer, issues) {
  switch (spec.type) {
    case 'object': return readObject(spec, pointer, issues);
    case 'list': {
      const n = rowCount(pointer);
      if (n === 0) return undefined;
      return Array.from({length: n},
        (_, i) => compacted(spec.item, readObject(spec.item, pointer + '/' + i, issues) || {}));
    }
    case 'sublimits': {
      const out = {};
      for (const tier of inOrder(byPointer(pointer, host), TIER_CODES)) {
        const value = readField({type: 'usd'}, pointer + '/' + tier, issues);
        if (value !== undefined) out[tier] = value;
      }
      return Object.keys(out).length ? out : undefined;
    }
    default: {
      const el = byPointer(pointer, host);
      return el ? readLeaf(spec, el, pointer, issues) : undefined;
    }
  }
}

/** An item with only its compact field answered (a sub-custodian's name) is written as that value alone. */
function compacted(item, value) {
  const keys = Object.keys(value);
  return item.compact && keys.length === 1 && keys[0] === item.compact ? value[item.compact] : value;
}

function readObject(spec, pointer, issues) {
  const out = {};
  for (const field of flatFields(spec)) {
    const value = readField(field, pointer + '/' + field.name, issues);
    if (value !== undefined) out[field.name] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

function readLeaf(spec, el, pointer, issues) {
  const raw = getRaw(el);
  switch (spec.type) {
    case 'bool': return raw === 'yes' ? true : raw === 'no' ? false : undefined;
    case 'multi': return raw.length ? raw : undefined;
    case 'usd': return numeric(parseAmount(raw), raw, pointer, issues);
    case 'int': return numeric(parseInteger(raw), raw, pointer, issues);
    case 'enum': return raw === '' ? undefined : spec.integer ? Number(raw) : raw;
    case 'lines': {
      const lines = raw.split('\n').map(s => s.trim()).filter(Boolean);
      return lines.length ? lines : undefined;
    }
    case 'textarea': case 'date': case 'text': case 'country': {
      const text = raw.trim();
      return text === '' ? undefined : text;
    }
    default: return undefined;
  }
}

function numeric(parsed, raw, pointer, issues) {
  if (parsed.empty) return undefined;
  if (parsed.error) {
    issues.push({path: pointer, message: parsed.error});
    return raw.trim();
  }
  return parsed.value;
}

// ---- filling the form from a profile

/**
 * Resets the questionnaire and fills it from a profile (from a file). Returns the pointers of values it has
 * no question for, so the page can say they were left out.
 */
export function fillProfile(profile) {
  renderForm(host, onChange);
  for (const [pointer, spec] of listSpecs) if (spec.initialRows && byPointer(pointer, host)) clearRows(pointer);
  const ignored = [];
  fillObject(PROFILE, '', profile, ignored);
  for (const group of host.querySelectorAll('details.more-detail')) group.open = holdsAnswer(group);
  return ignored;
}

/** True when some question in the element has an answer (a row counts as one). */
function holdsAnswer(el) {
  if (el.querySelector('.row')) return true;
  return [...el.querySelectorAll('[data-kind]')]
    .some(q => q.dataset.kind !== 'list' && [].concat(getRaw(q)).join('') !== '');
}

function clearRows(listPointer) {
  clear(rowsOf(listPointer));
}

function fillObject(spec, pointer, value, ignored) {
  if (value === undefined || value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    ignored.push(pointer || '/');
    return;
  }
  const fields = flatFields(spec);
  const known = new Set(fields.map(f => f.name));
  for (const key of Object.keys(value)) if (!known.has(key)) ignored.push(pointer + '/' + escapeToken(key));
  for (const field of fields) fillField(field, pointer + '/' + field.name, value[field.name], ignored);
}

function fillField(spec, pointer, value, ignored) {
  if (value === undefined || value === null) return;
  switch (spec.type) {
    case 'object':
      fillObject(spec, pointer, value, ignored);
      return;
    case 'list': {
      if (!Array.isArray(value)) { ignored.push(pointer); return; }
      value.forEach((item, i) => {
        addRow(pointer, false);
        fillObject(spec.item, pointer + '/' + i, itemObject(spec.item, item), ignored);
      });
      return;
    }
    case 'sublimits': {
      if (typeof value !== 'object' || Array.isArray(value)) { ignored.push(pointer); return; }
      setRaw(byPointer(pointer, host), Object.keys(value).join(','));
      for (const [tier, amount] of Object.entries(value)) {
        const el = byPointer(pointer + '/' + tier, host);
        if (el) setRaw(el, asText(amount, 'usd'));
        else ignored.push(pointer + '/' + escapeToken(tier));
      }
      return;
    }
    default: {
      const el = byPointer(pointer, host);
      if (!el) { ignored.push(pointer); return; }
      if (spec.type === 'bool') {
        if (typeof value === 'boolean') setRaw(el, value ? 'yes' : 'no');
        else ignored.push(pointer);
      } else if (spec.type === 'multi') {
        const values = Array.isArray(value) ? value.map(String) : [];
        const allowed = new Set(spec.options.map(o => o[0]));
        values.forEach((v, i) => { if (!allowed.has(v)) ignored.push(pointer + '/' + i); });
        setRaw(el, values);
      } else if (spec.type === 'lines') {
        setRaw(el, Array.isArray(value) ? value.join('\n') : String(value));
      } else if (spec.type === 'enum') {
        const text = String(value);
        if (spec.options.some(o => o[0] === text)) setRaw(el, text);
        else ignored.push(pointer);
      } else {
        setRaw(el, asText(value, spec.type));
      }
    }
  }
}

function asText(value, type) {
  if (type === 'usd' && typeof value === 'number') return formatNumber(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function escapeToken(key) {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

// ---- errors beside their questions

/** Clears every error shown beside a question. */
export function clearErrors() {
  for (const el of host.querySelectorAll('.field-error')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const el of host.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    const describedBy = (el.getAttribute('aria-describedby') || '').split(' ').filter(id => !id.endsWith('-error'));
    if (describedBy.length) el.setAttribute('aria-describedby', describedBy.join(' '));
    else el.removeAttribute('aria-describedby');
  }
  for (const el of host.querySelectorAll('.has-error')) el.classList.remove('has-error');
}

/**
 * Shows an error beside the question its pointer names, or beside the nearest enclosing one.
 * Returns the id of the element to link to from the summary, or null when nothing on the page matches.
 */
export function showError(pointer, message) {
  let target = null;
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    target = byPointer(p, host);
    if (target || !p) break;
  }
  if (!target) return null;
  revealQuestion(target);
  const errorEl = document.getElementById(idFor(target.dataset.pointer, 'error'))
    || target.querySelector('.field-error');
  const shown = target.dataset.pointer === pointer ? message : whereInside(target, pointer) + ': ' + message;
  if (errorEl) {
    errorEl.hidden = false;
    errorEl.textContent = errorEl.textContent ? errorEl.textContent + ' ' + shown : shown;
  }
  const control = focusable(target);
  control.setAttribute('aria-invalid', 'true');
  if (errorEl) {
    const ids = new Set((control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
    ids.add(errorEl.id);
    control.setAttribute('aria-describedby', [...ids].join(' '));
  }
  (target.closest('.field') || target).classList.add('has-error');
  return control.id || null;
}

/** Where inside a question a problem lies: "Line 2" of a one-per-line answer, else the pointer itself. */
function whereInside(question, pointer) {
  const rest = pointer.slice(question.dataset.pointer.length);
  const line = question.dataset.kind === 'lines' && /^\/([0-9]+)$/.exec(rest);
  return line ? 'Line ' + (Number(line[1]) + 1) : pointer;
}

/** Opens the collapsed groups around a question, so an error or a finding's link can show it. */
export function revealQuestion(el) {
  for (let group = el.closest('details'); group; group = group.parentElement.closest('details')) group.open = true;
}

/** The element to focus for a question: the input itself, or the first choice of a group. */
export function focusable(el) {
  if (el.matches('input, select, textarea')) return el;
  return el.querySelector('input:checked, input, select, textarea, button') || el;
}

/** A readable name for a pointer: "Wallets › Wallet 2 › Value held (USD)". */
export function describePointer(pointer) {
  let el = null;
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    el = byPointer(p, host);
    if (el || !p) break;
  }
  if (!el) return pointer || 'the whole profile';
  const parts = [];
  for (let node = el; node && node !== host; node = node.parentElement) {
    if (node.dataset && node.dataset.label && !parts.includes(node.dataset.label)) parts.unshift(node.dataset.label);
  }
  const exact = el.dataset.pointer === pointer;
  return parts.join(' › ') + (exact ? '' : ' (' + pointer + ')');
}

function announce(text) {
  const status = document.getElementById('form-status');
  if (status) status.textContent = text;
}
