export function titleCase(value: string): string {
  return value
    .split(" ")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

export function withPrefix(prefix: string, value: string): { prefix: string; text: string } {
  return { prefix, text: `${prefix}:${value}` };
}
