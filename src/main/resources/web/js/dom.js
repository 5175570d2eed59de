// Small DOM helpers: the page builds its questionnaire and results from data, without a framework.

/**
 * Creates an element. attrs: attributes (class, id, for, data-*, aria-*...); a value of null/false is
 * skipped, true sets an empty attribute. Event handlers go in attrs as on: {click: fn}.
 * children: strings (text, never parsed as HTML), nodes, arrays, or null.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'on') {
      for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    } else if (name === 'text') {
      el.textContent = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** A pointer such as /wallets/0/valueUsd as an id-safe string: f-wallets-0-valueUsd. */
export function idFor(pointer, suffix = '') {
  const base = 'f' + pointer.replace(/[^A-Za-z0-9]+/g, '-');
  return suffix ? base + '-' + suffix : base;
}

/** Escapes a value for use inside a CSS attribute selector. */
export function cssString(value) {
  return '"' + String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/** The element carrying exactly this data-pointer, or null. */
export function byPointer(pointer, root = document) {
  return root.querySelector('[data-pointer=' + cssString(pointer) + ']');
}

/**
 * The element for a pointer, or for its nearest parent that has one: a finding about
 * /firm/regions/1 lands on the regions question, one about /keyManagement on that section.
 */
export function nearestByPointer(pointer, root = document) {
  let p = pointer;
  while (true) {
    const el = byPointer(p, root);
    if (el) return el;
    if (p === '' || !p.includes('/')) return null;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}
