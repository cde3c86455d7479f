export interface UserSettings {
  email: string;
  phone: string;
  theme: "light" | "dark";
  language: string;
}
