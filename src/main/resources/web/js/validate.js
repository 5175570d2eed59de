// Checks a profile against what the schema (and the server's own cross-field checks) require, before it
// is sent: the same rules, said in the questionnaire's words, each with the pointer of its question.
// The server stays the judge: whatever it still finds comes back as problem+json and is shown the same way.

import {flatFields, itemObject, PROFILE, REQUIRED_TOP} from './questions.js';

/** Every problem found, as {path, message}. */
export function validate(profile) {
  const errors = [];
  for (const name of REQUIRED_TOP) {
    if (profile[name] === undefined) {
      const spec = PROFILE.fields.find(f => f.name === name);
      // a section left wholly empty: name each of its required questions
      for (const field of flatFields(spec).filter(f => f.required)) {
        errors.push({path: '/' + name + '/' + field.name, message: 'Required.'});
      }
    }
  }
  checkObject(PROFILE, '', profile, errors, true);
  return errors;
}

function checkObject(spec, pointer, value, errors, isRoot = false) {
  if (value === undefined) return;
  for (const field of flatFields(spec)) {
    const v = value[field.name];
    const p = pointer + '/' + field.name;
    if (v === undefined) {
      // a required field inside an absent optional object is not asked for
      if (field.required && !(isRoot && REQUIRED_TOP.includes(field.name))) errors.push({path: p, message: 'Required.'});
      continue;
    }
    checkField(field, p, v, errors);
  }
  if (spec.check) errors.push(...spec.check(value, pointer));
}

function checkField(spec, pointer, value, errors) {
  switch (spec.type) {
    case 'object':
      checkObject(spec, pointer, value, errors);
      return;
    case 'list':
      if (value.length > spec.maxItems) errors.push({path: pointer, message: 'At most ' + spec.maxItems + '.'});
      value.forEach((item, i) => checkObject(spec.item, pointer + '/' + i, itemObject(spec.item, item), errors));
      return;
    case 'usd':
      checkNumber(spec, pointer, value, errors, false);
      return;
    case 'int':
      checkNumber(spec, pointer, value, errors, true);
      return;
    case 'sublimits':
      for (const [tier, amount] of Object.entries(value)) {
        checkNumber({min: 0, max: 1e15}, pointer + '/' + tier, amount, errors, false);
      }
      return;
    case 'multi':
      if (spec.maxItems && value.length > spec.maxItems) errors.push({path: pointer, message: 'At most ' + spec.maxItems + '.'});
      return;
    case 'lines':
      if (value.length > spec.maxItems) errors.push({path: pointer, message: 'At most ' + spec.maxItems + ' lines.'});
      value.forEach((line, i) => {
        if (line.length > spec.maxLength) {
          errors.push({path: pointer, message: 'Line ' + (i + 1) + ' is longer than ' + spec.maxLength + ' characters.'});
        }
      });
      return;
    case 'country':
      if (!/^[A-Z]{2}$/.test(value)) errors.push({path: pointer, message: 'Two capital letters: an ISO country code such as US, GB or SG.'});
      return;
    case 'date':
      if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) errors.push({path: pointer, message: 'A date, YYYY-MM-DD.'});
      return;
    case 'text': case 'textarea':
      if (spec.maxLength && value.length > spec.maxLength) {
        errors.push({path: pointer, message: 'At most ' + spec.maxLength + ' characters.'});
      }
      if (spec.pattern && !spec.pattern.test(value)) errors.push({path: pointer, message: spec.patternMessage});
      return;
    default:
  }
}

function checkNumber(spec, pointer, value, errors, integer) {
  if (typeof value !== 'number') return; // an unreadable entry is already reported where it was read
  if (integer && !Number.isInteger(value)) {
    errors.push({path: pointer, message: 'Enter a whole number.'});
  } else if (spec.min !== undefined && value < spec.min) {
    errors.push({path: pointer, message: spec.min === 0 ? 'Cannot be negative.' : 'At least ' + spec.min + '.'});
  } else if (spec.max !== undefined && value > spec.max) {
    errors.push({path: pointer, message: 'At most ' + spec.max.toLocaleString('en-US') + '.'});
  }
}
