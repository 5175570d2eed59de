// Profiles in and out as files: JSON or YAML read in the browser (js-yaml, served by this service),
// downloads made from in-page blobs, so nothing is stored anywhere but on the user's machine.

const yaml = () => {
  if (!window.jsyaml) throw new Error('The YAML reader did not load; use a JSON file or reload the page.');
  return window.jsyaml;
};

/** Parses a profile file's text. JSON first (it is also what most tools export), then YAML. */
export function parseProfileText(text) {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new Error('The file is empty.');
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed);
    } catch (e) {
      // JSON-looking but not JSON: YAML's flow style may still read it, and says where it fails if not
    }
  }
  let value;
  try {
    // the core schema keeps dates such as 2026-01-31 as text, as the server reads them
    value = yaml().load(trimmed, {schema: yaml().CORE_SCHEMA});
  } catch (e) {
    throw new Error('Not valid JSON or YAML: ' + (e.reason || e.message)
      + (e.mark ? ' (line ' + (e.mark.line + 1) + ', column ' + (e.mark.column + 1) + ')' : '') + '.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('The file does not hold a profile: expected fields such as firm and holdings at the top.');
  }
  return value;
}

export function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

export function toYaml(profile) {
  return yaml().dump(profile, {lineWidth: -1, noRefs: true, sortKeys: false});
}

export function toJson(profile) {
  return JSON.stringify(profile, null, 2) + '\n';
}

/**
 * Offers text (or a Blob, such as a PDF) as a file download. Returns the link, left in the page (visible, with the file name) so the
 * file can be fetched again and so what was produced can be checked.
 */
export function offerDownload(slot, text, fileName, type, label) {
  const old = slot.querySelector('a[data-file="' + fileName + '"]');
  if (old) {
    URL.revokeObjectURL(old.href);
    old.remove();
  }
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.dataset.file = fileName;
  link.className = 'download-link';
  link.textContent = label + ' (' + fileName + ')';
  slot.append(link);
  link.click();
  return link;
}
