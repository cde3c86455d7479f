const contexts = new Map<string, string>([["B2", "Cardiology step-down unit"]]);

export async function loadWardContext(ward: string): Promise<string> {
  const context = contexts.get(ward);
  if (!context) throw new Error(`no context for ward ${ward}`);
  return context;
}
