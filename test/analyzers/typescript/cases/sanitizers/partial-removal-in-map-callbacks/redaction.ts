export function redactEmail(text: string): string {
  return text.replace(/[^\s@]+@[^\s@]+/g, "[email]");
}

export class Scrubber {
  scrub(text: string): string {
    return text.replace(/\S+@\S+|\+?\d[\d -]{6,}/g, "[redacted]");
  }
}
