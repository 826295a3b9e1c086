/** What the palette inserts: a value for most variables, a loop for lists (a list has no single value). */
export function snippetFor(variable: { name: string; type: string; fields: { name: string }[] }): string {
  if (variable.type === 'list') {
    const field = variable.fields[0]?.name;
    return `{% for item in ${variable.name} %}{{ ${field ? `item.${field}` : 'item'} }}{% endfor %}`;
  }
  return `{{ ${variable.name} }}`;
}

/** The API sends samples as JSON; show text as is, lists as their length, and keep it short. */
export function describeSample(sample: string, itemsLabel: (count: number) => string): string {
  let value: unknown = sample;
  try {
    value = JSON.parse(sample);
  } catch {
    // Not JSON: shown as it came.
  }
  const text = Array.isArray(value) ? itemsLabel(value.length) : String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
