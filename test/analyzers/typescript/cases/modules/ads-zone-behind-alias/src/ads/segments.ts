const segments = new Map<string, Set<string>>();

export function addToSegment(segment: string, memberId: string): void {
  const members = segments.get(segment) ?? new Set<string>();
  members.add(memberId);
  segments.set(segment, members);
}

export function segmentSizes(): Record<string, number> {
  return Object.fromEntries([...segments].map(([name, members]) => [name, members.size]));
}
