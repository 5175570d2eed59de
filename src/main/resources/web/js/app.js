// The page: questionnaire in, advisory out, files both ways.

import {assess, brokerPack, optional, ProblemError} from './api.js';
import {clear, h, nearestByPointer} from './dom.js';
import {renderCoverage} from './coverage.js';
import {renderProgramme, renderScenarios} from './exposure.js';
import {offerDownload, parseProfileText, readFile, toJson, toYaml} from './files.js';
import {slug} from './format.js';
import {
  clearErrors, describePointer, fillProfile, focusable, readProfile, renderForm, revealQuestion, showError,
} from './form.js';
import {announcement, markQuestions, renderFindings, renderPlan, renderProviders, renderQuestions, renderVerdict}
  from './results.js';
import {renderRegulation} from './regulation.js';
import {applyPatch, renderPathToReady} from './improvements.js';
import {validate} from './validate.js';

const $ = id => document.getElementById(id);

const state = {
  /** The profile the advisory on show was made from: the report and the print header use it. */
  assessed: null,
  advisory: null,
  catalogue: null,
  busy: false,
};

function init() {
  renderForm($('questions'), markStale);
  $('profile-form').addEventListener('submit', event => {
    event.preventDefault();
    submit();
  });
  $('file-input').addEventListener('change', event => loadFile(event.target));
  $('start-over').addEventListener('click', startOver);
  $('download-yaml').addEventListener('click', () => downloadProfile('yaml'));
  $('download-json').addEventListener('click', () => downloadProfile('json'));
  $('download-report').addEventListener('click', () => downloadReport('download-report', 'text/markdown', 'md'));
  $('download-pdf').addEventListener('click', () => downloadReport('download-pdf', 'application/pdf', 'pdf'));
  $('print-report').addEventListener('click', () => window.print());
  document.addEventListener('click', followEvidence);
  loadReferenceData();
  document.body.classList.add('ready');
}

/** Names for provider ids and finding ids; the page works without them. */
async function loadReferenceData() {
  const [providers, rules] = await Promise.all([optional('/v1/providers'), optional('/v1/rules')]);
  if (providers) state.catalogue = providers.providers;
  if (rules) {
    const list = $('rule-ids');
    for (const r of rules.rules) list.append(h('option', {value: r.id}, r.title));
    $('ruleset-version').textContent = 'Rule set ' + rules.rulesetVersion.slice(0, 12);
  }
}

// ---- submitting

/** Reads the answers, checks them here, then asks the service. Returns true when an advisory is shown. */
async function submit() {
  if (state.busy) return false;
  const {profile, issues} = readProfile();
  const errors = issues.concat(validate(profile));
  showProblems(errors, errors.length ? 'Some answers need attention before the assessment can run.' : null);
  if (errors.length) return false;
  setBusy(true, 'Assessing…');
  try {
    const advisory = await assess(profile);
    showAdvisory(advisory, profile);
    return true;
  } catch (e) {
    if (e instanceof ProblemError) {
      const problem = e.problem;
      showProblems(problem.errors || [], problem.title + ': ' + problem.detail);
    } else {
      showProblems([], 'Something went wrong in the page: ' + e.message);
    }
    return false;
  } finally {
    setBusy(false);
  }
}

function setBusy(busy, text) {
  state.busy = busy;
  $('submit').disabled = busy;
  $('submit').setAttribute('aria-busy', String(busy));
  $('form-status').textContent = busy ? text : '';
}

/**
 * Shows errors beside their questions and in a summary at the top that links to each. A problem whose
 * pointer matches no question (a field the page does not ask about) is listed in the summary only.
 */
function showProblems(errors, headline) {
  clearErrors();
  const summary = $('error-summary');
  const list = $('error-list');
  clear(list);
  if (!headline && errors.length === 0) {
    summary.hidden = true;
    return;
  }
  $('error-headline').textContent = headline;
  for (const error of inPageOrder(errors)) {
    const targetId = showError(error.path, error.message);
    const where = describePointer(error.path);
    const location = error.line ? ' (line ' + error.line + ', column ' + error.column + ')' : '';
    list.append(h('li', {'data-pointer-error': error.path},
      targetId ? h('a', {href: '#' + targetId}, where) : h('span', {}, where),
      ': ' + error.message + location));
  }
  summary.hidden = false;
  summary.focus();
}

/** Errors in the order their questions come on the page, so the summary reads top to bottom. */
function inPageOrder(errors) {
  const position = error => {
    const el = nearestByPointer(error.path, $('questions'));
    return el ? el : null;
  };
  return errors.map((error, index) => ({error, index, el: position(error)})).sort((a, b) => {
    if (a.el && b.el && a.el !== b.el) {
      return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
    if (!a.el !== !b.el) return a.el ? 1 : -1; // problems with no question (the whole file) first
    return a.index - b.index;
  }).map(e => e.error);
}

function showAdvisory(advisory, profile) {
  state.advisory = advisory;
  state.assessed = profile;
  $('results').hidden = false;
  $('nav-results').hidden = false;
  renderVerdict($('verdict'), advisory);
  renderFindings($('findings-body'), advisory, describePointer);
  renderQuestions($('questions-body'), advisory, describePointer);
  markQuestions($('questions'), advisory);
  renderScenarios($('scenarios-body'), advisory);
  renderProgramme($('programme-body'), advisory);
  renderRegulation($('regulation-body'), advisory);
  renderPlan($('plan-body'), advisory);
  renderPathToReady($('path-body'), advisory, applyImprovement);
  renderProviders($('providers-body'), advisory, state.catalogue);
  renderCoverage($('coverage-body'), advisory);
  clear($('download-links'));
  $('stale-note').hidden = true;
  const firm = (profile.firm && profile.firm.name) || 'Custody profile';
  $('print-firm').textContent = firm;
  $('print-date').textContent = new Date().toISOString().slice(0, 10);
  $('versions').textContent = 'Rule set ' + advisory.rulesetVersion.slice(0, 12) + ' · provider catalogue '
    + advisory.catalogVersion.slice(0, 12);
  $('results-status').textContent = announcement(advisory);
  $('results-title').focus();
}

/**
 * One improvement's patch (after those it requires), as the advisory gives it, on the profile the advisory was made
 * from; then assess again.
 */
async function applyImprovement(improvement) {
  // the improvements it builds on first, as the advisory names them
  const first = state.advisory.improvements.filter(i => improvement.requires.includes(i.lever));
  let patched = state.assessed;
  for (const i of first.concat([improvement])) patched = applyPatch(patched, i.patch);
  fillProfile(patched);
  if (await submit()) {
    $('results-status').textContent = 'Applied: ' + improvement.title + '. ' + $('results-status').textContent;
  }
}

/** After an edit, the advisory on show no longer matches the answers: say so, until the next assessment. */
function markStale() {
  if (state.advisory) $('stale-note').hidden = false;
}

// ---- files

async function loadFile(input) {
  const file = input.files && input.files[0];
  if (!file) return;
  const note = $('load-note');
  note.className = 'load-note';
  let profile;
  try {
    profile = parseProfileText(await readFile(file));
  } catch (e) {
    note.className = 'load-note error';
    note.textContent = file.name + ': ' + e.message;
    input.value = '';
    return;
  }
  const ignored = fillProfile(profile);
  input.value = '';
  note.textContent = 'Loaded ' + file.name + '.' + (ignored.length
    ? ' Not asked about here, so left out: ' + ignored.join(', ') + '.' : '') + ' Assessing it now…';
  const shown = await submit();
  note.textContent = 'Loaded ' + file.name + '.' + (ignored.length
    ? ' Not asked about here, so left out: ' + ignored.join(', ') + '.' : '')
    + (shown ? ' Its advisory is below; change any answer and assess again.' : ' See the problems listed.');
}

function fileBase() {
  const {profile} = readProfile();
  return slug(profile.firm && profile.firm.name);
}

function downloadProfile(format) {
  const {profile} = readProfile();
  const text = format === 'yaml' ? toYaml(profile) : toJson(profile);
  const type = format === 'yaml' ? 'application/yaml' : 'application/json';
  offerDownload($('profile-links'), text, fileBase() + '.profile.' + format, type, 'Profile as ' + format.toUpperCase());
}

/** The broker pack, rendered by the service from the profile the advisory on show was made from. */
async function downloadReport(buttonId, type, extension) {
  if (!state.assessed) return;
  const button = $(buttonId);
  button.disabled = true;
  try {
    const pack = await brokerPack(state.assessed, type);
    const name = slug(state.assessed.firm && state.assessed.firm.name) + '.custody-report.' + extension;
    offerDownload($('download-links'), pack, name, type, 'Broker pack (' + extension.toUpperCase() + ')');
  } catch (e) {
    $('download-links').append(h('p', {class: 'load-note error'}, 'The report could not be made: ' + e.message));
  } finally {
    button.disabled = false;
  }
}

function startOver() {
  if (!window.confirm('Clear every answer and the advisory, and start again?')) return;
  renderForm($('questions'), markStale);
  showProblems([], null);
  state.advisory = null;
  state.assessed = null;
  $('results').hidden = true;
  $('nav-results').hidden = true;
  $('load-note').textContent = '';
  clear($('profile-links'));
  $('section-firm-title').focus();
}

// ---- evidence and errors: from a finding or a problem back to the answer it is about

function followEvidence(event) {
  const link = event.target.closest('a.evidence-link, #error-list a');
  if (!link) return;
  event.preventDefault();
  const pointer = link.dataset.evidence || link.closest('[data-pointer-error]').dataset.pointerError;
  const target = nearestByPointer(pointer, $('questions'));
  if (!target) return;
  revealQuestion(target);
  const box = target.closest('.field, .row, .q-group') || target;
  box.scrollIntoView({block: 'center'});
  focusable(target).focus({preventScroll: true});
  box.classList.remove('highlight');
  // restarting the animation needs a style flush between removing and adding the class
  void box.offsetWidth;
  box.classList.add('highlight');
  box.addEventListener('animationend', () => box.classList.remove('highlight'), {once: true});
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
