/** Interleaves the literal parts with the formatted holes. */
export function line(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0];
  values.forEach((value, i) => {
    out += String(value) + strings[i + 1];
  });
  return out;
}

/** Keeps only the literal parts: the shape of the message, never its values. */
export function shape(strings: TemplateStringsArray, ..._values: unknown[]): string {
  return strings.join("?");
}
