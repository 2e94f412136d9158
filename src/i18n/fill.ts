/** Fills the `{name}` slots of an interface string: fill('比{place}多{amount}', { place: '朔州', amount: '575.2元' }). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`interface string “${template}” has a slot {${name}} that was not filled`);
    return value;
  });
}
