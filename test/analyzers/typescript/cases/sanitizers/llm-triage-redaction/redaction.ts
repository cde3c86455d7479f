const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;
const PHONE = /\+?\d[\d\s-]{7,}\d/g;

export function scrubContactDetails(text: string): string {
  return text.replace(EMAIL, "[email]").replace(PHONE, "[phone]");
}

/** Keeps only the ICD-10 chapter letter of a diagnosis code. @sanitizer diagnosis */
export function coarsenDiagnosis(code: string): string {
  return code.charAt(0).toUpperCase();
}
