// Calls to this service's own API: same origin, so the page needs nothing from outside.

export class ProblemError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'The request failed.');
    this.problem = problem;
  }
}

async function send(path, options) {
  let response;
  try {
    response = await fetch(path, options);
  } catch (e) {
    throw new ProblemError({title: 'No answer', detail: 'The service did not answer (' + e.message
        + '). Is it still running?'});
  }
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    const problem = type.includes('json')
      ? await response.json().catch(() => ({}))
      : {};
    throw new ProblemError({status: response.status, title: problem.title || response.statusText,
      detail: problem.detail || 'The service answered ' + response.status + '.', errors: problem.errors || []});
  }
  return response;
}

/** POST /v1/advisories: the advisory for a profile (JSON). */
export async function assess(profile) {
  const response = await send('/v1/advisories', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
    body: JSON.stringify(profile),
  });
  return response.json();
}

/**
 * POST /v1/advisories asking for the broker pack as `type` (text/markdown or application/pdf): the file
 * `assess --format markdown|pdf` writes, as a Blob. The server renders it; the page only offers it.
 */
export async function brokerPack(profile, type) {
  const response = await send('/v1/advisories', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Accept': type},
    body: JSON.stringify(profile),
  });
  return response.blob();
}

/** GET a JSON resource, or null when it cannot be had (the page works without it). */
export async function optional(path) {
  try {
    const response = await fetch(path, {headers: {'Accept': 'application/json'}});
    return response.ok ? response.json() : null;
  } catch (e) {
    return null;
  }
}
