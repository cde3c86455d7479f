export function formatTag(kind: string, value: string): string {
  return `${kind}=${value}`;
}

export default formatTag;
