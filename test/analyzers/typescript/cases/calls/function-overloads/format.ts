export function display(value: string): string;
export function display(value: number): string;
export function display(value: string | number): string {
  return typeof value === "number" ? value.toFixed(0) : value.trim().toLowerCase();
}

export interface Contact {
  kind: string;
  value: string;
}

export function contact(kind: "id", value: string): Contact;
export function contact(kind: "email", value: string, verified: boolean): Contact;
export function contact(kind: string, value: string, verified = false): Contact {
  return { kind: verified ? `${kind}:verified` : kind, value };
}
