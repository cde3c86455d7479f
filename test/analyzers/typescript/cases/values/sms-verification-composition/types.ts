export interface Member {
  id: string;
  phone: string;
  locale: "en" | "de";
}
