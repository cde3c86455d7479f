export function wardLabel(ward: string): string {
  if (ward.length === 0) throw new Error("no ward");
  return ward.toUpperCase();
}
