// How the trial answers' figures read: values with their intervals, effects of comparisons, frequencies of adverse
// events. Only what the answer gives is written; nothing is derived.

export const number = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
const ratio = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 3 });
const probability = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });

/** Biolink's and the registry's enum values in words: "hazard_ratio" → "hazard ratio", "ACTIVE_NOT_RECRUITING" → "active not recruiting". */
export const words = (value) => String(value).replaceAll('_', ' ').toLowerCase();

export const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** "0.8" → "80%": a confidence level as a fraction (or already as a percentage). */
const level = (value) => `${number.format(value <= 1 ? value * 100 : value)}%`;

/** "80% CI 0.65–0.98", or null without bounds. */
export function interval(lower, upper, ciLevel, format = number) {
  if (lower == null && upper == null) return null;
  const bounds = `${lower == null ? '?' : format.format(lower)}–${upper == null ? '?' : format.format(upper)}`;
  return `${ciLevel == null ? '' : `${level(ciLevel)} `}CI ${bounds}`;
}

const effectNames = { hazard_ratio: 'HR', odds_ratio: 'OR', relative_risk: 'RR' };

/** A comparison's statistics: "HR 0.80 (80% CI 0.65–0.98), p = 0.078 one-sided, α = 0.1", or null when it has none. */
export function effect(c) {
  const parts = [];
  if (c.effectSize != null) {
    const name = c.effectType ? effectNames[c.effectType] ?? words(c.effectType) : 'effect';
    const ci = interval(c.ciLower, c.ciUpper, c.ciLevel, ratio);
    parts.push(`${name} ${ratio.format(c.effectSize)}${ci ? ` (${ci})` : ''}`);
  }
  if (c.pValue != null) parts.push(`p = ${probability.format(c.pValue)}${c.pValueSidedness ? ` ${c.pValueSidedness}` : ''}`);
  if (c.alphaLevel != null) parts.push(`α = ${probability.format(c.alphaLevel)}`);
  return parts.length ? parts.join(', ') : null;
}

/** An outcome's figure: "6 months (95% CI 5.1–6.9), n = 77", "47 % of patients (criterion >= 50 % ...)". */
export function figure(o) {
  if (o.value == null) return '—';
  const ci = interval(o.ciLower, o.ciUpper, o.ciLevel);
  const criterion = o.threshold == null ? '' : ` (criterion ${o.comparator ?? ''} ${number.format(o.threshold)}${o.thresholdUnit ? ` ${o.thresholdUnit}` : ''})`;
  return `${number.format(o.value)}${o.unit ? ` ${o.unit}` : ''}${ci ? ` (${ci})` : ''}${criterion}`
    + (o.participants != null ? `, n = ${number.format(o.participants)}` : '')
    + (o.population ? `, ${o.population}` : '');
}

/** Patients with an event: "12/77 (15.6%)", "12 (15.6%)", "15.6%", "12", or null when none is given. */
export function frequency(patients, ofPatients, percent) {
  const share = percent == null ? '' : `${number.format(percent)}%`;
  if (patients == null) return share || null;
  const n = ofPatients == null ? number.format(patients) : `${number.format(patients)}/${number.format(ofPatients)}`;
  return share ? `${n} (${share})` : n;
}

/** "1 patient", "155 patients". */
export const patients = (n) => `${number.format(n)} ${n === 1 ? 'patient' : 'patients'}`;
