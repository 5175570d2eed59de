// Reading and writing amounts and names the way people type and read them.

const USD = new Intl.NumberFormat('en-US', {maximumFractionDigits: 2});

/** 30000000 → "30,000,000". */
export function formatNumber(n) {
  return USD.format(n);
}

/** 30000000 → "30,000,000 USD" (the same form the advisory's details use). */
export function formatUsd(n) {
  return USD.format(n) + ' USD';
}

/** 30000000 → "$30M": for the compact labels of the coverage map. */
export function shortUsd(n) {
  const units = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [size, unit] of units) {
    if (n >= size) {
      const v = n / size;
      return '$' + (v >= 100 ? Math.round(v) : Number(v.toPrecision(3))) + unit;
    }
  }
  return '$' + Math.round(n);
}

const SUFFIXES = {k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9};

/**
 * Parses an amount as typed: "30000000", "30,000,000", "30 000 000", "$30m", "1.2bn", "500k".
 * Returns {empty: true} for a blank field, {value} for an amount, {error} for anything else.
 */
export function parseAmount(raw) {
  const text = String(raw ?? '').trim().toLowerCase().replace(/^\$\s*/, '').replace(/\s*usd$/, '');
  if (text === '') return {empty: true};
  const match = /^(-?[0-9][0-9,_ ]*(?:\.[0-9]+)?|-?\.[0-9]+)\s*([a-z]*)$/.exec(text);
  if (!match) return {error: 'Enter an amount in US dollars, e.g. 30000000 or 30m.'};
  const digits = match[1].replace(/[,_ ]/g, '');
  const unit = match[2];
  if (unit && !(unit in SUFFIXES)) return {error: 'Unknown unit "' + unit + '"; use k, m or bn, or type the digits.'};
  const value = Number(digits) * (unit ? SUFFIXES[unit] : 1);
  if (!Number.isFinite(value)) return {error: 'Enter an amount in US dollars.'};
  // 1.2bn is 1200000000 exactly, not 1199999999.9999998
  return {value: unit ? Math.round(value * 100) / 100 : value};
}

/** Parses a whole number; {empty}, {value} or {error}. */
export function parseInteger(raw) {
  const text = String(raw ?? '').trim();
  if (text === '') return {empty: true};
  if (!/^-?[0-9]+$/.test(text)) return {error: 'Enter a whole number.'};
  return {value: Number(text)};
}

/** "QUALIFIED_CUSTODIAN" → "Qualified custodian". */
export function humanize(code) {
  return capitalize(String(code).toLowerCase().replace(/_/g, ' '));
}

/** The text with its first character upper-case. */
export function capitalize(text) {
  const s = String(text || '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A file-name-safe slug of the firm's name. */
export function slug(text) {
  const s = String(text || '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 60) || 'custody-profile';
}
